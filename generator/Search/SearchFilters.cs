using Committee.Model;
using Committee.Render;

namespace Committee.Search;

/// <summary>A value of a filter (a board, a financial year, …), what it is called and how many searchable papers have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>The filters of the search page: documents per board, financial year, quarter, ward and report type.</summary>
public sealed record Facets(
    IReadOnlyList<FacetValue> Board,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Quarter,
    IReadOnlyList<FacetValue> Ward,
    IReadOnlyList<FacetValue> Type);

/// <summary>
/// The search page's filters: their values with labels and counts (<c>facets.json</c>), and each paper's values as
/// one character per paper (<c>columns.json</c>), so filters and their counts work over every hit without loading any
/// paper's file.
/// </summary>
public static class SearchFilters
{
    /// <summary>The filters' values, with labels and counts, over the searchable papers.</summary>
    public static Facets Of(IReadOnlyList<SearchDocument> documents, Site site)
    {
        IReadOnlyList<FacetValue> Count(IEnumerable<string> values, Func<string, string> label, Func<IEnumerable<FacetValue>, IEnumerable<FacetValue>> order) =>
            [.. order(values.Where(v => v.Length > 0).GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetValue(g.Key, label(g.Key), g.Count())))];

        return new Facets(
            Count(documents.Select(d => d.BoardId), id => Syndication.BoardName(site, id), v => v.OrderBy(f => f.Label, StringComparer.Ordinal)),
            Count(documents.Select(d => d.Year), y => y, v => v.OrderByDescending(f => f.Value, StringComparer.Ordinal)),
            Count(documents.Select(d => d.Quarter), q => q, v => v.OrderByDescending(f => f.Value, StringComparer.Ordinal)),
            Count(documents.SelectMany(d => d.Wards), id => id == "all" ? "Borough-wide" : site.FindWard(id)?.Name ?? id,
                v => v.OrderBy(f => f.Value == "all" ? 0 : 1).ThenBy(f => f.Label, StringComparer.Ordinal)),
            Count(documents.Select(d => d.TypeId), id => site.Types.GetValueOrDefault(id)?.Name ?? id, v => v.OrderBy(f => f.Label, StringComparer.Ordinal)));
    }

    /// <summary>facets.json and columns.json: small beside the rest, made afresh whenever what they show changes.
    /// Written field by field, as the serializer would write them: its first use in a process is slow, and dearer
    /// than these files (figures: docs/performance.md, 'The search index's paper files are a thousand to a
    /// folder').</summary>
    public static IEnumerable<(string Path, byte[] Utf8)> Files(IReadOnlyList<SearchDocument> documents, Facets facets)
    {
        var facetsJson = SearchIndexWriter.Write(json =>
        {
            json.WriteStartObject();
            foreach (var (name, values) in new[] { ("board", facets.Board), ("year", facets.Year), ("quarter", facets.Quarter), ("ward", facets.Ward), ("type", facets.Type) })
            {
                json.WriteStartArray(name);
                foreach (var value in values)
                {
                    json.WriteStartObject();
                    json.WriteString("value", value.Value);
                    json.WriteString("label", value.Label);
                    json.WriteNumber("count", value.Count);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
        var columnsJson = SearchIndexWriter.Write(json =>
        {
            json.WriteStartObject();
            foreach (var (name, column) in Columns(documents, facets)) json.WriteString(name, column);
            json.WriteEndObject();
        });
        return [(SearchIndexWriter.Folder + "facets.json", facetsJson), (SearchIndexWriter.Folder + "columns.json", columnsJson)];
    }

    /// <summary>
    /// Each paper's filter values, a column per filter: one character per paper, the character standing for the value's
    /// place in facets.json (<see cref="Code"/>); wards, of which a paper may have several, are a run of characters per
    /// paper, the runs separated by commas.
    /// </summary>
    public static SortedDictionary<string, string> Columns(IReadOnlyList<SearchDocument> documents, Facets facets)
    {
        static Dictionary<string, int> Places(IReadOnlyList<FacetValue> values) =>
            values.Select((v, i) => (v.Value, i)).ToDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        var board = Places(facets.Board);
        var year = Places(facets.Year);
        var quarter = Places(facets.Quarter);
        var type = Places(facets.Type);
        var ward = Places(facets.Ward);
        string Column(Func<SearchDocument, string> value, Dictionary<string, int> places) =>
            string.Concat(documents.Select(d => places.TryGetValue(value(d), out var i) ? Code(i) : Code(places.Count)));
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["board"] = Column(d => d.BoardId, board),
            ["year"] = Column(d => d.Year, year),
            ["quarter"] = Column(d => d.Quarter, quarter),
            ["type"] = Column(d => d.TypeId, type),
            ["ward"] = string.Join(",", documents.Select(d => string.Concat(d.Wards.Select(w => Code(ward[w]))))),
        };
    }

    /// <summary>The character for a value's place: '0' onwards, skipping the backslash (which JSON escapes) and the
    /// characters from DEL to U+00A0 (escaped or invisible), so a place is always one character of a JSON string.</summary>
    public static char Code(int place)
    {
        var code = place + '0';
        if (code >= '\\') code++;
        if (code >= 0x7F) code += 0xA1 - 0x7F;
        return (char)code;
    }
}
