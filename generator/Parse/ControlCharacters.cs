using System.Buffers;
using Committee.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Invisible characters a front matter value must not carry onto a page: C0 and C1 control characters (but tab and line
/// breaks) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). They usually come
/// pasted in from another document; an override in a title would reverse the text after it wherever the title is shown
/// (the page, listings, feeds, search results), so they are warned about and taken out of every value decoded.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Scrambling = SearchValues.Create(
        [
            .. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
            .. Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c),
            .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069",
        ]);

    public static bool Any(string text) => text.AsSpan().ContainsAny(Scrambling);

    /// <summary>The text without the characters; the same string when it has none (nearly always).</summary>
    public static string Strip(string text)
    {
        if (!Any(text)) return text;
        return string.Create(text.Length - Count(text), text, (span, from) =>
        {
            var at = 0;
            foreach (var c in from)
            {
                if (!Scrambling.Contains(c)) span[at++] = c;
            }
        });
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (Scrambling.Contains(c)) count++;
        }
        return count;
    }

    /// <summary>A warning at each front matter value (in lists and nested fields too) holding such a character.</summary>
    public static void Check(YamlFields fields)
    {
        foreach (var (key, _, value) in fields.Entries)
        {
            foreach (var scalar in Scalars(value))
            {
                if (scalar.Value is { } text && text.AsSpan().IndexOfAny(Scrambling) is var at and >= 0)
                {
                    fields.Report(fields.At(Rules.ControlCharacter, scalar, key, $"U+{(int)text[at]:X4}"));
                }
            }
        }
    }

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Scalars(c.Value)),
        _ => [],
    };
}
