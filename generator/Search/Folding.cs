using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Committee.Search;

/// <summary>
/// The one way search folds a word, shared with the browser: lower case, Unicode's compatibility decomposition (NFKD)
/// with combining marks removed, and curly or modifier apostrophes made plain: ŵ → w, ŷ → y, é → e, ﬁ → fi, ’ → '.
/// The tool runs with invariant globalization (no ICU), where .NET cannot decompose characters, and a browser's
/// lower-casing and normalisation differ from .NET's at the edges; so both sides fold only with one table,
/// fold.txt (made by make-fold-table.mjs, shipped in the tool), which the index also writes for the browser as
/// search/fold.json. A combining mark is in the table, folding to nothing; a character not in the table stays as it is.
/// </summary>
public static class Folding
{
    private static readonly FrozenDictionary<char, string> Table = Load();

    /// <summary>Folded: every UTF-16 unit through the table (search.js folds the same way).</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Table.TryGetValue(c, out var folded)) kept.Append(folded);
            else kept.Append(c);
        }
        return kept.ToString();
    }

    /// <summary>The table as the browser reads it (search/fold.json): <c>{"drop":[[first, last], …],"from":"ÀÁ…","to":["a","a",…]}</c>:
    /// the runs of characters that fold to nothing (the combining marks, about 1,900, in 300 runs) as code point ranges,
    /// then every other character in code point order with what it folds to.</summary>
    public static byte[] Json() => SearchIndexWriter.Write(json =>
    {
        var entries = Table.Where(e => e.Value.Length > 0).OrderBy(e => e.Key).ToList();
        json.WriteStartObject();
        json.WriteStartArray("drop");
        var dropped = Table.Where(e => e.Value.Length == 0).Select(e => (int)e.Key).Order().ToList();
        for (var i = 0; i < dropped.Count;)
        {
            var first = dropped[i];
            while (i + 1 < dropped.Count && dropped[i + 1] == dropped[i] + 1) i++;
            json.WriteStartArray();
            json.WriteNumberValue(first);
            json.WriteNumberValue(dropped[i++]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteString("from", string.Concat(entries.Select(e => e.Key)));
        json.WriteStartArray("to");
        foreach (var entry in entries) json.WriteStringValue(entry.Value);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = typeof(Folding).Assembly.GetManifestResourceStream("Committee.Search.fold.txt")
            ?? throw new InvalidOperationException("The folding table (fold.txt) is not in the tool.");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var table = new Dictionary<char, string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var codes = line.Split(' ');
            table[(char)int.Parse(codes[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                string.Concat(codes.Skip(1).Select(code => (char)int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }
        return table.ToFrozenDictionary();
    }
}
