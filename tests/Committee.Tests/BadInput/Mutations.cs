using System.Text;
using CsCheck;

namespace Committee.Tests.BadInput;

/// <summary>
/// Random changes to a paper, made with CsCheck's generators: lines and characters inserted, deleted and duplicated, and
/// the tokens that once crashed or stalled committee (Arabic-Indic digits, extreme dates and numbers, deep nesting,
/// control characters, comments, long runs of '*', '[', '>' and '|'), sometimes repeated thousands of times.
/// </summary>
public static class Mutations
{
    /// <summary>What a change inserts: each once broke something, or is the kind of character that does.</summary>
    public static readonly string[] Nasty =
    [
        "\u0663", "\u0662\u0660\u0662\u0663", "\u0663.\u0662 ", "\u06F3.\u06F2 ", "99999999999", "2147483648.0 ", "3.99999999999 ",
        "0001-01-01", "9999-12-31", "0000/01 Q1", "9999/00 Q4", "2024/25 Q5", "date: 0001-01-01", "period: 0000/01 Q1",
        "*", "**", "_", "__", "[", "]", "](https://example.org)", "![", "> ", "- ", "1. ", "  ", "    ", "\t", "|", "| a ", "|---",
        "`", "```", "~~~", "<!--", "-->", "<b>", "<script>", "&#0;", "&#x110000;", "&amp;", "\\", "---", "## ", "# ", "### 3.2 ",
        "https://", "www.", "https://intranet/x", "javascript:alert(1)", "mailto:", "[x]: ", "[^1]", "{", "}", ":", "'", "\"", "&a ", "*a ",
        "\u0000", "\u0001", "\u0008", "\u001b", "\u007f", "\u0085", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffd", "\r", "\r\n", "\n",
        "\ud83d\ude00", "\ud800", "\udc00", "\u0301", "\u00a0",
    ];

    /// <summary>One change, at a place given as a fraction of the text so it fits any paper.</summary>
    public sealed record Change(int Kind, double Where, int Token, int Times, int Span)
    {
        public override string ToString() => Kind switch
        {
            0 => $"insert '{Escape(Nasty[Token])}' x{Times} at {Where:P0}",
            1 => $"insert '{Escape(Nasty[Token])}' x{Times} at the start of the line at {Where:P0}",
            2 => $"delete {Span} characters at {Where:P0}",
            3 => $"duplicate the line at {Where:P0} x{Times}",
            4 => $"delete {Span} lines at {Where:P0}",
            _ => $"repeat {Span} characters at {Where:P0} x{Times}",
        };
    }

    // Mostly short runs; now and then a run long enough to nest past every limit.
    private static readonly Gen<int> Times = Gen.Frequency((12, Gen.Int[1, 8]), (3, Gen.Int[9, 300]), (1, Gen.Int[301, 60_000]));

    private static readonly Gen<Change> OneChange =
        Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, Nasty.Length - 1], Times, Gen.Int[1, 40])
            .Select((kind, where, token, times, span) => new Change(kind, where, token, times, span));

    /// <summary>One to four changes.</summary>
    public static readonly Gen<Change[]> Changes = OneChange.Array[1, 4];

    public static string Apply(string text, IEnumerable<Change> changes)
    {
        foreach (var change in changes) text = Apply(text, change);
        return text;
    }

    private static string Apply(string text, Change change)
    {
        var at = Math.Min(text.Length, (int)(change.Where * text.Length));
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end + 1 : text.Length;
        switch (change.Kind)
        {
            case 0:
                return text.Insert(at, Repeat(Mutations.Nasty[change.Token], change.Times));
            case 1:
                return text.Insert(lineStart, Repeat(Mutations.Nasty[change.Token], change.Times));
            case 2:
                return text.Remove(at, Math.Min(change.Span, text.Length - at));
            case 3:
                return text.Insert(lineEnd, Repeat(EndLine(text[lineStart..lineEnd]), Math.Min(change.Times, 2000)));
            case 4:
                var stop = lineEnd;
                for (var n = 1; n < change.Span && stop < text.Length; n++) stop = text.IndexOf('\n', stop) is var e and >= 0 ? e + 1 : text.Length;
                return text.Remove(lineStart, stop - lineStart);
            default:
                return text.Insert(at, Repeat(text.Substring(at, Math.Min(change.Span, text.Length - at)), change.Times));
        }
    }

    private static string EndLine(string line) => line.EndsWith('\n') ? line : line + "\n";

    private static string Repeat(string text, int times)
    {
        // Past the 4 MB a paper may have, a change only tests the size check: keep to it.
        var capped = text.Length == 0 ? 0 : Math.Min(times, 3_000_000 / text.Length);
        return new StringBuilder(text.Length * capped).Insert(0, text, capped).ToString();
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
