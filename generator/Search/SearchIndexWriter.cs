using System.Buffers;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Committee.Model;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Search;

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
/// <item><c>words/&lt;initial&gt;.json</c>: the words of the papers by first letter, each with the number of papers that
/// have it, for spelling suggestions (<see cref="Spelling"/>); <c>fold.json</c>: the folding table (<see cref="Folding"/>);</item>
/// <item><c>docs/&lt;n ÷ 1000&gt;/&lt;n&gt;.json</c>: one paper's row and plain text, fetched only when it is shown; a
/// thousand to a folder, because making a file in a folder of 100,000 is slow, and two threads can then each write
/// their own folders (figures: docs/performance.md, 'The search index's paper files are a thousand to a
/// folder').</item>
/// </list>
/// Papers are numbered by meeting date (then address), so "newest first" is "highest number first". A posting's weight is
/// the paper's BM25F term weight (k1 = 1.2, b = 0.75; title ×3, headings ×2, summary and details ×1.5, body ×1, each field normalised
/// by its average length, rounded to two significant figures); the browser multiplies it by the stem's inverse document
/// frequency, which it knows from the length of the list. So one changed paper changes only the shards of its words.
/// Same content, same bytes: sorted keys, invariant culture, no timestamps.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search/";
    public const int Version = 4;
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Weights are stored as integers: the weight × this.</summary>
    public const int Scale = 100;

    /// <summary>The fields and their boosts, in the order <see cref="Contribution.Lengths"/> holds them.</summary>
    public static readonly IReadOnlyList<(string Name, double Boost)> Fields = [("title", 3), ("headings", 2), ("summary", 1.5), ("details", 1.5), ("body", 1)];

    /// <summary>A shard larger than this (bytes) is split by a longer prefix, up to <see cref="MaxPrefix"/> characters.</summary>
    public const int ShardLimit = 40_000;
    public const int MaxPrefix = 5;

    /// <summary>How the index's JSON is written (every file field by field with <see cref="Utf8JsonWriter"/> and this
    /// encoder, which leaves non-ASCII letters as they are).</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    /// <summary>The papers the index holds, in index order: by meeting date, then address.</summary>
    // AggressiveOptimization here and on the other methods that run once per paper, per word or per stem: a build runs
    // each of them thousands of times soon after first calling it, before tiered compilation (which waits for the
    // runtime's call-counting delay to pass) would replace its unoptimised first version; it also leaves the JIT fewer
    // methods to compile twice (figures: docs/performance.md, 'Optimised from the start').
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static List<SearchDocument> Documents(IEnumerable<ReportDocument> published, bool includeDrafts, Site? site = null)
    {
        var documents = new List<SearchDocument>();
        foreach (var document in published)
        {
            if (SearchDocument.IsSearchable(document, includeDrafts)) documents.Add(SearchDocument.From(document, site));
        }
        // Addresses are unique, so the order is total.
        documents.Sort(IndexOrder);
        return documents;
    }

    /// <summary>The index's order: by meeting date, then address (unique, so the order is total).</summary>
    public static int IndexOrder(SearchDocument a, SearchDocument b) =>
        string.CompareOrdinal(a.Date, b.Date) is var byDate and not 0 ? byDate : string.CompareOrdinal(a.Url, b.Url);

    /// <summary>Every file of the index, as (path under the site, JSON as UTF-8): bytes, not strings, since the papers'
    /// files hold all their text and are written as they are.</summary>
    public static List<(string Path, byte[] Utf8)> Render(IReadOnlyList<SearchDocument> documents, Site site) =>
        Render(documents, Analysed.Of(documents), site);

    /// <param name="withPapers">With each paper's file; without, the caller makes them as it writes them
    /// (<see cref="SearchIndexFiles.Papers"/>).</param>
    public static List<(string Path, byte[] Utf8)> Render(IReadOnlyList<SearchDocument> documents, Analysed analysed, Site site, bool withPapers = true)
    {
        var (rest, shards) = RenderPlanned(documents, analysed, site);
        var files = new List<(string, byte[])>(shards.Count + (withPapers ? documents.Count : 0) + rest.Count);
        files.AddRange(Shards.Files(shards));
        if (withPapers)
        {
            var papers = new (string, byte[])[documents.Count];
            Parallel.For(0, documents.Count, doc => papers[doc] = DocumentFile(doc, documents[doc]));
            files.AddRange(papers);
        }
        files.AddRange(rest);
        return files;
    }

    /// <summary>The index's files but the papers' and the shards': the filter files and the manifest; and the shards,
    /// planned, each to be made as it is written.</summary>
    public static (List<(string Path, byte[] Utf8)> Files, Shards.Planned Shards) RenderPlanned(IReadOnlyList<SearchDocument> documents, Analysed analysed, Site site)
    {
        var contributions = analysed.Contributions;
        var averages = Averages([.. contributions.Select(c => c.Lengths)]);
        var postings = Postings.Of(contributions, averages);
        var (sorted, words) = Vocabulary(analysed.Papers);
        var plan = sorted.GroupBy(w => Prefix(w, 2), StringComparer.Ordinal).SelectMany(g => Shards.Plan(g.Key, [.. g], words, postings)).ToList();
        var shards = new Shards.Planned(plan, words, postings);
        List<(string, byte[])> files = [.. SearchFilters.Files(documents, SearchFilters.Of(documents, site))];
        var spelling = Spelling.Files(analysed.Papers);
        files.AddRange(spelling.Select(f => (Folder + f.Path, f.Utf8)));
        files.Add((Folder + Spelling.FoldPath, Folding.Json()));
        files.Add((Folder + "manifest.json", Encoding.UTF8.GetBytes(Manifest(documents.Count, averages, shards.Keys, spelling.Select(f => f.Initial)))));
        return (files, shards);
    }

    /// <summary>Every word of the papers, in order, and each word's stem.</summary>
    private static (List<string> Sorted, Dictionary<string, string> Stems) Vocabulary(int[] papers)
    {
        var sorted = new List<string>();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var word = 0; word < papers.Length; word++)
        {
            if (papers[word] == 0) continue;
            sorted.Add(Terms.Word(word));
            stems[Terms.Word(word)] = Terms.Stem(Terms.StemOf(word));
        }
        sorted.Sort(StringComparer.Ordinal);
        return (sorted, stems);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? documentBuffer;

    /// <summary>A paper's file (search/docs/&lt;n&gt;.json): what a result shows (url, title, board, date, quarter, year,
    /// wards, type, officer, draft) and the text its excerpt is cut from.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static (string Path, byte[] Utf8) DocumentFile(int doc, SearchDocument d)
    {
        var buffer = documentBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteString("url", d.Url);
            json.WriteString("title", d.Title);
            json.WriteString("summary", d.Summary);
            json.WriteString("board", d.BoardId);
            json.WriteString("date", d.Date);
            json.WriteString("quarter", d.Quarter);
            json.WriteString("year", d.Year);
            json.WriteStartArray("wards");
            foreach (var ward in d.Wards) json.WriteStringValue(ward);
            json.WriteEndArray();
            json.WriteString("type", d.TypeId);
            json.WriteString("officer", d.Officer);
            json.WriteBoolean("draft", d.Draft);
            json.WriteString("text", d.Text.BodyUtf8);
            json.WriteEndObject();
        }
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return (Folder + DocumentPath(doc), bytes);
    }

    /// <summary>JSON as <see cref="Json"/> writes it, and a newline.</summary>
    internal static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            write(json);
        }
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>How many papers' files share a folder under search/docs/ (the manifest's <c>docsPerFolder</c>).</summary>
    public const int DocumentsPerFolder = 1000;

    /// <summary>Where a paper's file is, under search/ (search.js works it out the same way, from the manifest).</summary>
    public static string DocumentPath(int doc) =>
        $"docs/{(doc / DocumentsPerFolder).ToString(CultureInfo.InvariantCulture)}/{doc.ToString(CultureInfo.InvariantCulture)}.json";

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

    /// <summary>The manifest, its keys in ordinal order at each level except the fields (in <see cref="Fields"/> order).
    /// Written field by field: it is small, and serialising a map of mixed values is slow the first time in a
    /// process.</summary>
    public static string Manifest(int documents, double[] averages, IEnumerable<string> shards, IEnumerable<string> vocabulary)
    {
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("columns", "columns.json");
            json.WriteString("docs", "docs/");
            json.WriteNumber("docsPerFolder", DocumentsPerFolder);
            json.WriteNumber("documents", documents);
            json.WriteString("facets", "facets.json");
            json.WriteString("fold", Spelling.FoldPath);
            json.WriteStartObject("ranking");
            json.WriteStartObject("averages");
            for (var f = 0; f < Fields.Count; f++) json.WriteNumber(Fields[f].Name, averages[f]);
            json.WriteEndObject();
            json.WriteNumber("b", B);
            json.WriteStartObject("boosts");
            foreach (var (name, boost) in Fields) json.WriteNumber(name, boost);
            json.WriteEndObject();
            json.WriteNumber("k1", K1);
            json.WriteString("model", "bm25f");
            json.WriteNumber("scale", Scale);
            json.WriteEndObject();
            json.WriteStartArray("shards");
            foreach (var shard in shards.Order(StringComparer.Ordinal)) json.WriteStringValue(shard);
            json.WriteEndArray();
            json.WriteStartArray("stopWords");
            foreach (var word in Analyzer.StopWords) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("vocabulary");
            foreach (var initial in vocabulary) json.WriteStringValue(initial);
            json.WriteEndArray();
            json.WriteNumber("version", Version);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Where the shard of a prefix is, under search/ (search.js works it out the same way).</summary>
    public static string ShardPath(string key) => $"shards/{FileName(key)}.json";

    public static int Runes(string text) => HasSurrogates(text) ? text.EnumerateRunes().Count() : text.Length;

    // Words are made of letters, marks and digits tested one UTF-16 unit at a time, so they have no surrogates, and a
    // character is a Unicode scalar value: the quick path of Runes and Prefix.
    private static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>The first <paramref name="length"/> characters (Unicode scalar values, as JavaScript's Array.from counts them).</summary>
    public static string Prefix(string word, int length) =>
        !HasSurrogates(word) ? (word.Length <= length ? word : word[..length]) : string.Concat(word.EnumerateRunes().Take(length).Select(r => r.ToString()));

    /// <summary>A prefix as a file name: a–z and 0–9 as they are, anything else as _hex_.</summary>
    public static string FileName(string key) => string.Concat(key.EnumerateRunes().Select(r =>
        r.Value is >= 'a' and <= 'z' or >= '0' and <= '9' ? ((char)r.Value).ToString() : $"_{r.Value:x}_"));
}
