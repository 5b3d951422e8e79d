using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Committee.Search;

/// <summary>
/// Accents removed as the browser removes them from a query (site-src/assets/search.js: NFD, combining marks dropped,
/// NFC): ŵ → w, ŷ → y, é → e. The tool runs with invariant globalization (no ICU), where .NET cannot decompose
/// characters, so the decompositions come from a table made from the Unicode character database (fold.txt, shipped
/// in the tool): one character to what it folds to, for every character that folds to something else.
/// </summary>
public static class Folding
{
    private static readonly FrozenDictionary<char, string> Table = Load();

    /// <summary>Lower case, accents removed, a typographic apostrophe made plain.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        if (IsPlain(lower)) return lower;
        var kept = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (c == '’') kept.Append('\'');
            // What a letter folds to is lower-cased too: İ (U+0130), which invariant casing leaves, folds to I, then i.
            else if (Table.TryGetValue(c, out var folded)) kept.Append(folded.ToLowerInvariant());
            else kept.Append(c);
        }
        return kept.ToString();
    }

    /// <summary>ASCII without a typographic apostrophe: nothing to fold (nearly every word).</summary>
    private static bool IsPlain(string text) => System.Text.Ascii.IsValid(text);

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
