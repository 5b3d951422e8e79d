using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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

/// <summary>A row of the document table (search/docs.json).</summary>
public sealed record DocumentRow(
    string Url, string Title, string Board, string Date, string Quarter, string Year,
    IReadOnlyList<string> Wards, string Type, string Officer, bool Draft, int Text);

/// <summary>
/// Writes the search index under <c>search/</c>: small files the browser fetches as a query needs them.
/// <list type="bullet">
/// <item><c>manifest.json</c>: version, ranking parameters, stop words, the word prefixes that have a shard, and the other files;</item>
/// <item><c>shards/&lt;prefix&gt;.json</c>: the words (folded, unstemmed) starting with the prefix, each with its stem, and the
/// postings of those stems: <c>[document, score × 1000, …]</c>;</item>
/// <item><c>docs.json</c>: the document table; <c>facets.json</c>: the filters with counts;</item>
/// <item><c>text/&lt;n&gt;.json</c>: each paper's plain text, for excerpts, several papers to a file.</item>
/// </list>
/// Scores are precomputed BM25 (k1 = 1.2, b = 0.75) summed over fields with boosts (title ×3, headings ×2,
/// summary ×1.5, body ×1), each field with its own length normalisation; the browser adds the scores of a query's words.
/// Same content, same bytes: sorted keys, invariant culture, no timestamps.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search/";
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>The fields and their boosts, in the order <see cref="FieldTexts"/> gives their text.</summary>
    public static readonly IReadOnlyList<(string Name, double Boost)> Fields = [("title", 3), ("headings", 2), ("summary", 1.5), ("body", 1)];

    /// <summary>A shard larger than this (bytes) is split by a longer prefix, up to <see cref="MaxPrefix"/> characters.</summary>
    public const int ShardLimit = 40_000;
    public const int MaxPrefix = 5;

    /// <summary>A text file holds papers until it reaches this many bytes.</summary>
    public const int TextGroupLimit = 32_000;

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    private static string[] FieldTexts(SearchDocument d) => [d.Title, d.Headings, d.Summary, d.Body];

    /// <summary>The papers the index holds, in a fixed order (by address).</summary>
    public static List<SearchDocument> Documents(IEnumerable<ReportDocument> published, bool includeDrafts) =>
    [
        .. published
            .Where(d => SearchDocument.IsSearchable(d, includeDrafts))
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .Select(SearchDocument.From),
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

    /// <summary>Every file of the index, as (path under the site, JSON text).</summary>
    public static IEnumerable<(string Path, string Json)> Render(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var documents = Documents(published, context.Options.IncludeDrafts);
        return Render(documents, context.Site);
    }

    public static List<(string Path, string Json)> Render(IReadOnlyList<SearchDocument> documents, Site site)
    {
        var files = new List<(string, string)>();
        var stems = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        // Analyse every field of every paper (in parallel; the order of the results is kept).
        var analysed = documents.AsParallel().AsOrdered().Select(d => FieldTexts(d).Select(text =>
        {
            var tokens = Analyzer.Tokens(text);
            foreach (var t in tokens) stems.TryAdd(t.Surface, t.Stem);
            return (Length: tokens.Count, Tf: tokens.GroupBy(t => t.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        }).ToArray()).ToList();

        var n = documents.Count;
        var averages = Fields.Select((_, f) => n == 0 ? 1.0 : Math.Max(1.0, analysed.Average(a => (double)a[f].Length))).ToArray();
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var stemDocs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 0; doc < n; doc++)
        {
            foreach (var stem in analysed[doc].SelectMany(f => f.Tf.Keys).Distinct(StringComparer.Ordinal))
            {
                (stemDocs.TryGetValue(stem, out var list) ? list : stemDocs[stem] = []).Add(doc);
            }
        }
        foreach (var (stem, docs) in stemDocs)
        {
            var df = docs.Count;
            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            var list = new List<int>(docs.Count * 2);
            foreach (var doc in docs)
            {
                var score = 0.0;
                for (var f = 0; f < Fields.Count; f++)
                {
                    if (!analysed[doc][f].Tf.TryGetValue(stem, out var tf)) continue;
                    var norm = K1 * (1 - B + B * analysed[doc][f].Length / averages[f]);
                    score += Fields[f].Boost * tf * (K1 + 1) / (tf + norm);
                }
                list.Add(doc);
                list.Add(Math.Max(1, (int)Math.Round(idf * score * 1000, MidpointRounding.AwayFromZero)));
            }
            postings[stem] = list;
        }

        // Shards of the vocabulary by the prefix of the surface word.
        var words = new SortedDictionary<string, string>(stems, StringComparer.Ordinal);
        var shards = new SortedSet<string>(StringComparer.Ordinal);
        void AddShard(string key, List<string> group)
        {
            var text = ShardJson(group, words, postings);
            if (text.Length > ShardLimit && Runes(key) < MaxPrefix && group.Any(w => Runes(w) > Runes(key)))
            {
                var depth = Runes(key) + 1;
                var keep = group.Where(w => Runes(w) < depth).ToList();
                if (keep.Count > 0) AddShard(key, keep);
                foreach (var sub in group.Where(w => Runes(w) >= depth).GroupBy(w => Prefix(w, depth), StringComparer.Ordinal)) AddShard(sub.Key, [.. sub]);
                return;
            }
            shards.Add(key);
            files.Add((Folder + ShardPath(key), text));
        }
        foreach (var group in words.Keys.GroupBy(w => Prefix(w, 2), StringComparer.Ordinal)) AddShard(group.Key, [.. group]);

        // Plain text for excerpts, grouped.
        var groupOf = new int[n];
        var current = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var size = 0;
        var groups = 0;
        void Flush()
        {
            if (current.Count == 0) return;
            files.Add((Folder + $"text/{groups}.json", JsonSerializer.Serialize(current, Json) + "\n"));
            groups++;
            current = new SortedDictionary<string, string>(StringComparer.Ordinal);
            size = 0;
        }
        for (var doc = 0; doc < n; doc++)
        {
            groupOf[doc] = groups;
            current[doc.ToString(CultureInfo.InvariantCulture)] = documents[doc].Body;
            size += Encoding.UTF8.GetByteCount(documents[doc].Body);
            if (size >= TextGroupLimit) Flush();
        }
        Flush();

        var rows = documents.Select((d, i) => new DocumentRow(d.Url, d.Title, d.BoardId, d.Date, d.Quarter, d.Year, d.Wards, d.TypeId, d.Officer, d.Draft, groupOf[i])).ToList();
        files.Add((Folder + "docs.json", JsonSerializer.Serialize(rows, Json) + "\n"));
        files.Add((Folder + "facets.json", JsonSerializer.Serialize(FacetsOf(documents, site), Json) + "\n"));

        var manifest = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["version"] = 1,
            ["documents"] = n,
            ["docs"] = "docs.json",
            ["facets"] = "facets.json",
            ["textFiles"] = groups,
            ["ranking"] = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["model"] = "bm25f-precomputed",
                ["k1"] = K1,
                ["b"] = B,
                ["scale"] = 1000,
                ["boosts"] = Fields.ToDictionary(f => f.Name, f => f.Boost),
            },
            ["stopWords"] = Analyzer.StopWords,
            ["shards"] = shards,
        };
        files.Add((Folder + "manifest.json", JsonSerializer.Serialize(manifest, Json) + "\n"));
        return files;
    }

    private static string ShardJson(List<string> group, SortedDictionary<string, string> words, SortedDictionary<string, List<int>> postings)
    {
        var shardWords = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shardPostings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var word in group)
        {
            var stem = words[word];
            shardWords[word] = stem;
            shardPostings[stem] = postings[stem];
        }
        return JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal) { ["postings"] = shardPostings, ["words"] = shardWords }, Json) + "\n";
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
