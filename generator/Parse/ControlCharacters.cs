using System.Buffers;
using Committee.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Invisible characters a front matter value must not carry onto a page: C0 and C1 control characters (but tab and line
/// breaks), the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and U+FFFE and U+FFFF. They usually come
/// pasted in from another document; an override in a title would reverse the text after it wherever the title is shown
/// (the page, listings, feeds, search results), so they are warned about and taken out of every value decoded.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Scrambling = SearchValues.Create(
        [
            .. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
            .. Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c),
            .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFFFE\uFFFF",
        ]);

    /// <summary>
    /// What no paper's text may hold, whatever part of it: the control characters other than tab and line breaks (a
    /// vertical tab or a U+0001 left by copying from another program), and U+FFFE and U+FFFF, which are not characters
    /// at all. The feeds and the sitemap are XML, which refuses them.
    /// </summary>
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>
    /// The first such character in a paper's body (after its front matter, whose values are warned about and cleaned
    /// instead, <see cref="Check"/>), as a finding at its line and column; null for the usual paper.
    /// </summary>
    public static Diagnostic? FindInBody(string text, string file)
    {
        var at = text.AsSpan(BodyStart(text)).IndexOfAny(Refused);
        if (at < 0) return null;
        at += BodyStart(text);
        var (line, column) = TextLimits.Position(text, at);
        return Rules.ControlCharacterInText.At(file, line, column, $"U+{(int)text[at]:X4}");
    }

    /// <summary>Where the body starts: after the front matter's closing '---' line, or 0 when there is none.</summary>
    private static int BodyStart(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return 0;
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0) return 0;
        var end = text.IndexOf('\n', close + 4);
        return end < 0 ? text.Length : end + 1;
    }

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
