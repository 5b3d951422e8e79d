using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Committee.Model;
using Committee.Pipeline;
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

/// <summary>A paper's file in the index (search/docs/&lt;n&gt;.json): what a result shows, and the text its excerpt is cut from.</summary>
public sealed record DocumentRow(
    string Url, string Title, string Board, string Date, string Quarter, string Year,
    IReadOnlyList<string> Wards, string Type, string Officer, bool Draft, string Text);

/// <summary>
/// Writes the search index under <c>search/</c>: small files the browser fetches as a query needs them, so the first
/// query of a 10,000-paper archive downloads a few hundred kilobytes at most.
/// <list type="bullet">
/// <item><c>manifest.json</c>: version, ranking parameters (with each field's average length), stop words, the word
/// prefixes that have a shard;</item>
/// <item><c>facets.json</c>: the filters' values with labels and counts; <c>columns.json</c>: each paper's board, year,
/// quarter, type and wards as one character per value, so filters and their counts work over every hit without loading
/// any paper's file;</item>
/// <item><c>shards/&lt;prefix&gt;.json</c>: the words (folded, unstemmed) starting with the prefix, each with its stem, and
/// the postings of those stems: <c>[document, weight, document − previous document, weight, …]</c>;</item>
/// <item><c>docs/&lt;n&gt;.json</c>: one paper's row and plain text, fetched only when it is shown.</item>
/// </list>
/// Papers are numbered by meeting date (then address), so "newest first" is "highest number first". A posting's weight is
/// the paper's BM25F term weight (k1 = 1.2, b = 0.75; title ×3, headings ×2, summary ×1.5, body ×1, each field normalised
/// by its average length, rounded to two significant figures); the browser multiplies it by the stem's inverse document
/// frequency, which it knows from the length of the list. So one changed paper changes only the shards of its words.
/// Same content, same bytes: sorted keys, invariant culture, no timestamps.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search/";
    public const int Version = 2;
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Weights are stored as integers: the weight × this.</summary>
    public const int Scale = 100;

    /// <summary>The fields and their boosts, in the order <see cref="Contribution.Lengths"/> holds them.</summary>
    public static readonly IReadOnlyList<(string Name, double Boost)> Fields = [("title", 3), ("headings", 2), ("summary", 1.5), ("body", 1)];

    /// <summary>A shard larger than this (bytes) is split by a longer prefix, up to <see cref="MaxPrefix"/> characters.</summary>
    public const int ShardLimit = 40_000;
    public const int MaxPrefix = 5;

    /// <summary>How the index's JSON is written. Its types' contracts are generated at compile time
    /// (<see cref="SearchIndexJson"/>), so the first build of a process does not work them out by reflection.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(SearchIndexJson.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The papers the index holds, in index order: by meeting date, then address.</summary>
    public static List<SearchDocument> Documents(IEnumerable<ReportDocument> published, bool includeDrafts) =>
    [
        .. published
            .Where(d => SearchDocument.IsSearchable(d, includeDrafts))
            .Select(SearchDocument.From)
            .OrderBy(d => d.Date, StringComparer.Ordinal)
            .ThenBy(d => d.Url, StringComparer.Ordinal),
    ];

    public static Facets FacetsOf(IReadOnlyList<SearchDocument> documents, Site site)
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

    /// <summary>Every file of the index, as (path under the site, JSON as UTF-8): bytes, not strings, since the papers'
    /// files hold all their text and are written as they are.</summary>
    public static List<(string Path, byte[] Utf8)> Render(IReadOnlyList<SearchDocument> documents, Site site) =>
        Render(documents, [.. documents.AsParallel().AsOrdered().Select(Contribution.Of)], site);

    public static List<(string Path, byte[] Utf8)> Render(IReadOnlyList<SearchDocument> documents, IReadOnlyList<Contribution> contributions, Site site)
    {
        var files = new List<(string, byte[])>(documents.Count + 1000);
        var averages = Averages([.. contributions.Select(c => c.Lengths)]);
        var postings = Postings.Of(contributions, averages);
        var words = Vocabulary(contributions);
        var plan = words.Keys.GroupBy(w => Prefix(w, 2), StringComparer.Ordinal).SelectMany(g => Shards.Plan(g.Key, [.. g], words, postings)).ToList();
        files.AddRange(Shards.Files(plan, words, postings));
        files.AddRange(documents.AsParallel().AsOrdered().Select((d, doc) => DocumentFile(doc, d)));
        files.AddRange(FilterFiles(documents, FacetsOf(documents, site)));
        files.Add((Folder + "manifest.json", Encoding.UTF8.GetBytes(Manifest(documents.Count, averages, plan.Select(p => p.Key)))));
        return files;
    }

    /// <summary>Every word of the papers → its stem, in word order.</summary>
    private static SortedDictionary<string, string> Vocabulary(IReadOnlyList<Contribution> contributions)
    {
        var seen = new bool[Terms.WordCount];
        var words = new List<int>();
        foreach (var contribution in contributions)
        {
            foreach (var word in contribution.Words)
            {
                if (seen[word]) continue;
                seen[word] = true;
                words.Add(word);
            }
        }
        return new SortedDictionary<string, string>(words.ToDictionary(Terms.Word, w => Terms.Stem(Terms.StemOf(w)), StringComparer.Ordinal), StringComparer.Ordinal);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? documentBuffer;

    public static (string Path, byte[] Utf8) DocumentFile(int doc, SearchDocument d)
    {
        var row = new DocumentRow(d.Url, d.Title, d.BoardId, d.Date, d.Quarter, d.Year, d.Wards, d.TypeId, d.Officer, d.Draft, d.Body);
        var buffer = documentBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, row, Json);
        }
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return (Folder + DocumentPath(doc), bytes);
    }

    /// <summary>facets.json and columns.json: small beside the rest, and made afresh on every build.</summary>
    public static IEnumerable<(string Path, byte[] Utf8)> FilterFiles(IReadOnlyList<SearchDocument> documents, Facets facets) =>
    [
        (Folder + "facets.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(facets, Json) + "\n")),
        (Folder + "columns.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Columns(documents, facets), Json) + "\n")),
    ];

    /// <summary>Where a paper's file is, under search/ (search.js works it out the same way).</summary>
    public static string DocumentPath(int doc) => $"docs/{doc.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>Each field's average length over the papers, to two significant figures, so that one paper more or less
    /// seldom changes it (and with it every weight in the index).</summary>
    public static double[] Averages(IReadOnlyList<int[]> lengths)
    {
        var averages = new double[Fields.Count];
        for (var f = 0; f < Fields.Count; f++)
        {
            var mean = lengths.Count == 0 ? 1.0 : lengths.Average(l => (double)l[f]);
            averages[f] = Math.Max(1.0, RoundSignificant(mean, 2));
        }
        return averages;
    }

    private static double RoundSignificant(double value, int digits)
    {
        if (value <= 0) return 0;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) + 1 - digits);
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }

    public static string Manifest(int documents, double[] averages, IEnumerable<string> shards)
    {
        var manifest = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["version"] = Version,
            ["documents"] = documents,
            ["docs"] = "docs/",
            ["facets"] = "facets.json",
            ["columns"] = "columns.json",
            ["ranking"] = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["model"] = "bm25f",
                ["k1"] = K1,
                ["b"] = B,
                ["scale"] = Scale,
                ["boosts"] = Fields.ToDictionary(f => f.Name, f => f.Boost),
                ["averages"] = Fields.Select((f, i) => (f.Name, averages[i])).ToDictionary(a => a.Name, a => a.Item2),
            },
            ["stopWords"] = Analyzer.StopWords,
            ["shards"] = shards.Order(StringComparer.Ordinal).ToList(),
        };
        return JsonSerializer.Serialize(manifest, Json) + "\n";
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

    /// <summary>Where the shard of a prefix is, under search/ (search.js works it out the same way).</summary>
    public static string ShardPath(string key) => $"shards/{FileName(key)}.json";

    public static int Runes(string text) => text.EnumerateRunes().Count();

    /// <summary>The first <paramref name="length"/> characters (Unicode scalar values, as JavaScript's Array.from counts them).</summary>
    public static string Prefix(string word, int length) => string.Concat(word.EnumerateRunes().Take(length).Select(r => r.ToString()));

    /// <summary>A prefix as a file name: a–z and 0–9 as they are, anything else as _hex_.</summary>
    public static string FileName(string key) => string.Concat(key.EnumerateRunes().Select(r =>
        r.Value is >= 'a' and <= 'z' or >= '0' and <= '9' ? ((char)r.Value).ToString() : $"_{r.Value:x}_"));
}

/// <summary>The types of the index's JSON files, for <see cref="SearchIndexWriter.Json"/>: the rows, the filters and the
/// manifest (a sorted map whose values are these types).</summary>
[JsonSerializable(typeof(DocumentRow))]
[JsonSerializable(typeof(Facets))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
[JsonSerializable(typeof(SortedDictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
internal sealed partial class SearchIndexJson : JsonSerializerContext;
