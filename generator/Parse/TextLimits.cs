using System.Buffers;
using Committee.Diagnostics;

namespace Committee.Parse;

/// <summary>
/// Limits checked on a paper's text before Markdig reads it, because past them Markdig itself is the problem: a line
/// of a million '|' is a table row of a million cells, whose memory is out of all proportion to the paper, and each
/// bare address ("https://…", "www.…") makes Markdig look back over every inline before it in its paragraph, so its
/// time grows with the square of their number; nesting deeper than any paper's costs Markdig time that grows faster
/// still (figures: docs/performance.md, 'Limits on a paper's text'). No paper comes near these limits; a file that
/// does is refused with a finding at the line that passes it.
/// </summary>
public static class TextLimits
{
    /// <summary>The most columns a table may have: a printed page shows a dozen.</summary>
    public const int MaxColumns = 50;

    /// <summary>The most links a paper may have; the longest real papers have a few dozen.</summary>
    public const int MaxLinks = 2000;

    // What starts a bare address Markdig turns into a link (its autolink extension), in any case: counting a few that
    // are not links only brings the limit nearer.
    private static readonly SearchValues<string> LinkStarts =
        SearchValues.Create(["http://", "https://", "ftp://", "mailto:", "tel:", "www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first finding about a limit the text passes, or null (the usual case, found with two vectorised scans).</summary>
    public static Diagnostic? Check(string text, string file) => TooDeep(text, file) ?? TooWide(text, file) ?? TooManyLinks(text, file);

    /// <summary>
    /// The first line opening a list or quote that may be nested more than twice <see cref="ParseMarkdown.MaxNesting"/>
    /// blocks deep. Markdig's time grows with the cube of such nesting; up to this bound it is quick, and
    /// <see cref="ParseMarkdown"/> then finds what is nested too deeply.
    /// </summary>
    private static Diagnostic? TooDeep(string text, string file)
    {
        var all = text.AsSpan();
        var line = 1;
        foreach (var range in all.Split('\n'))
        {
            if (NestingBound(all[range]) > 2 * ParseMarkdown.MaxNesting) return Rules.TooDeep.At(file, line, 1, ParseMarkdown.MaxNesting);
            line++;
        }
        return null;
    }

    /// <summary>
    /// At most how deep the blocks a line opens are nested, or 0 when it opens none: each list marker ("- ", "1. ") opens
    /// two blocks (the list and its item) and each '>' one, and each column of indentation before or between them may
    /// continue one block opened above (a list item's text is indented at least two columns past its parent's).
    /// </summary>
    private static int NestingBound(ReadOnlySpan<char> line)
    {
        var (at, bound, opens) = (0, 0, false);
        while (true)
        {
            for (; at < line.Length && line[at] is ' ' or '\t'; at++) bound += line[at] == '\t' ? 4 : 1;
            if (at >= line.Length) break;
            var digits = at;
            while (digits < line.Length && digits - at < 10 && char.IsAsciiDigit(line[digits])) digits++;
            if (line[at] == '>') (at, bound) = (at + 1, bound + 1);
            else if (line[at] is '-' or '*' or '+' && at + 1 < line.Length && line[at + 1] is ' ' or '\t') (at, bound) = (at + 1, bound + 2);
            else if (digits > at && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t') (at, bound) = (digits + 1, bound + 2);
            else break;
            opens = true;
        }
        return opens ? bound : 0;
    }

    /// <summary>The first line with more '|' separators than a table of <see cref="MaxColumns"/> columns has ("| a | b |" has 3).</summary>
    private static Diagnostic? TooWide(string text, string file)
    {
        var all = text.AsSpan();
        if (all.Count('|') <= MaxColumns + 1) return null;
        var line = 1;
        foreach (var range in all.Split('\n'))
        {
            var row = all[range];
            if (row.Count('|') > MaxColumns + 1 && Separators(row) is var separators and > MaxColumns + 1)
            {
                return Rules.TableTooWide.At(file, line, 1, separators, MaxColumns);
            }
            line++;
        }
        return null;
    }

    /// <summary>The '|' in a line that are not written '\|' (a '|' that is text, not a separator).</summary>
    private static int Separators(ReadOnlySpan<char> row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) count++;
        }
        return count;
    }

    /// <summary>Where the text starts its (<see cref="MaxLinks"/> + 1)th address, if it has that many.</summary>
    private static Diagnostic? TooManyLinks(string text, string file)
    {
        var all = text.AsSpan();
        var (count, at) = (0, 0);
        while (true)
        {
            var found = all[at..].IndexOfAny(LinkStarts);
            if (found < 0) return null;
            at += found;
            // "https://www.…" is one address, not two.
            var isWww = all[at] is 'w' or 'W';
            if (!(isWww && at >= 2 && all[(at - 2)..at] is "//") && ++count > MaxLinks)
            {
                var (line, column) = Position(all, at);
                return Rules.TooManyLinks.At(file, line, column, MaxLinks);
            }
            at += 4;
        }
    }

    /// <summary>The 1-based line and column of an offset in the text.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<char> text, int offset)
    {
        var before = text[..offset];
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, offset - lineStart + 1);
    }
}
