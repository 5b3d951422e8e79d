using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// Joins back what narrow columns in a PDF broke over lines, before a paper is read: a paragraph number alone on
/// its line ("1." / "Introduction", "1.1" / "Cabinet has asked …"), a label wrapped after a small word ("Reasons
/// for" / "Recommendations:"), a bracket closed on the next line ("Part 1 (Open to" / "the public)"), and, in text
/// copied with almost no blank lines, a line in capitals wrapped after a small word, a comma or a day's number
/// ("… WITHIN THE" / "COUNCIL", "SELECT COMMITTEE – 8" / "DECEMBER 2003") or before one or two words.
/// </summary>
public static partial class JoinWrappedLines
{
    /// <summary>No line takes in more than this many lines: beyond it, the lines are not one broken line.</summary>
    private const int MaxJoins = 3;

    public static ImmutableArray<string> Join(ImmutableArray<string> lines, out int joined)
    {
        var text = lines.Where(l => !CleanText.IsBlank(l)).ToList();
        // Lines a PDF wrapped: almost no blank lines, or (a Word file made line by line) each line a paragraph of its own.
        var alternating = text.Count >= 10 && text.Average(l => l.Length) <= 90 && Enumerable.Range(0, lines.Length - 1).All(i => CleanText.IsBlank(lines[i]) || CleanText.IsBlank(lines[i + 1]));
        var wrapped = alternating || (text.Count >= 10 && (lines.Length - text.Count) * 10 < text.Count);
        var result = new List<string>(lines);
        joined = 0;
        for (var i = 0; i < result.Count; i++)
        {
            // "1" / "Summary" / "1.1": a section's number alone (a page's looks the same, but no title and paragraph follow it).
            var (t1, t2) = (NextText(result, i), NextText(result, NextText(result, i)));
            if (wrapped && t2 >= 0 && Bare().IsMatch(result[i].Trim()) && CleanText.Plain(result[t1]) is { Length: > 0 and <= 60 } title && char.IsUpper(title[0]) && !title.EndsWith('.')
                && CleanText.Plain(result[t2]) is var first && (first.StartsWith(result[i].Trim() + ".1", StringComparison.Ordinal) || LoneLetter().IsMatch(first)))
            {
                result[i] = result[i].Trim() + " " + title;
                result.RemoveRange(i + 1, t1 - i);
                joined++;
            }
            for (var joins = 0; joins < MaxJoins && !CleanText.IsBlank(result[i]); joins++)
            {
                // The next line, or the one after a single blank line: a Word paragraph break, or a PDF's wider gap.
                var next = i + 1 < result.Count && !CleanText.IsBlank(result[i + 1]) ? i + 1 : i + 2 < result.Count && CleanText.IsBlank(result[i + 1]) && !CleanText.IsBlank(result[i + 2]) ? i + 2 : -1;
                if (next < 0) break;
                var before = Enumerable.Range(0, i).Reverse().Select(j => result[j]).FirstOrDefault(l => !CleanText.IsBlank(l)) ?? "";
                var gap = next - i - 1;
                var afterNext = NextText(result, next) is var k and >= 0 ? CleanText.Plain(result[k]) : "";
                if (!Joins(CleanText.Plain(result[i]), CleanText.Plain(result[next]), CleanText.Plain(before), afterNext, wrapped, gap == 0 || alternating)) break;
                result[i] = CleanText.Plain(result[i]) + " " + CleanText.Plain(result[next]);
                result.RemoveRange(i + 1, next - i);
                joined++;
            }
        }
        return [.. result];
    }

    /// <summary>The next line with text, over one blank line at most; -1 when there is none.</summary>
    private static int NextText(List<string> lines, int index)
    {
        if (index < 0) return -1;
        for (var j = index + 1; j < lines.Count && j <= index + 2; j++) if (!CleanText.IsBlank(lines[j])) return j;
        return -1;
    }

    private static bool Joins(string text, string next, string before, string afterNext, bool wrapped, bool adjacent)
    {
        var words = text.Split(' ').Length;
        var nextWords = next.Split(' ').Length;
        // Numbered cells left empty ("1." / "2.") are a list of blanks, not a number waiting for its text.
        if (LoneNumber().IsMatch(text)) return !LoneNumber().IsMatch(next) && !LoneNumber().IsMatch(before) && (char.IsLetter(next[0]) || (char.IsDigit(next[0]) && next.Any(char.IsLetter)));
        if (text.Count(c => c == '(') > text.Count(c => c == ')') && nextWords <= 5 && next.Contains(')') && !next.Contains('(')) return true;
        if (words <= 3 && !text.Contains(':') && SmallWordEnd().IsMatch(text) && nextWords <= 4 && (next.EndsWith(':') || next.EndsWith(';'))) return true;
        if (wrapped && adjacent && !text.Contains(':') && !next.Contains(':') && !".;!?".Contains(text[^1]) && char.IsUpper(text[0]))
        {
            // "Community and Environment" / "Board"; "Report of the" / "Assistant Director"; "Play Area" / "Development Programme".
            if (words <= 8 && CommitteeWord().IsMatch(next)) return true;
            if (words <= 4 && SmallWordEnd().IsMatch(text) && nextWords <= 6 && char.IsUpper(next[0])) return true;
            // "… Baldwins Lane Play Area, Croxley" / "Green": a name's last word wrapped onto a line of its own.
            if (words >= 6 && nextWords <= 2 && !text.EndsWith(',') && text.Split(' ')[^1] is var end && char.IsUpper(end[0]) && Short(next) && !".:;!?,".Contains(next[^1])) return true;
            // Not one of a column of such lines ("Quality of Life Implications" / "Natural Resource Use" / …).
            if (words is >= 2 and <= 4 && nextWords is >= 2 and <= 4 && Short(text) && Short(next) && !Short(before) && !Short(afterNext)) return true;
        }
        if (!wrapped || !adjacent || !CleanText.IsCapitals(text) || !CleanText.IsCapitals(next) || text.Contains(':') || next.Contains(':') || text.Length + next.Length > 120) return false;
        return SmallWordEnd().IsMatch(text) || text.EndsWith(',') || DayNumberEnd().IsMatch(text) || (nextWords <= 2 && words <= 5 && !text.Any(char.IsDigit));
    }

    // "1.", "1.1", "2.3.1": a paragraph's number ("1" alone is a page's).
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){1,2}\.?$|^\d{1,2}\.$")]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^\(?[a-h]\)?\.?$")]
    private static partial Regex LoneLetter();

    /// <summary>A short capitalised line with no digits or brackets: "Play Area", "Development Programme".</summary>
    private static bool Short(string text) => text.Length > 0 && text.Split(' ').Length <= 4 && Capitalised(text) && !text.Any(c => char.IsDigit(c) || c is '(' or ')' or ':' or ';');

    /// <summary>Every word of more than three letters with a capital, and not all in capitals: "Play Area".</summary>
    private static bool Capitalised(string text) => !CleanText.IsCapitals(text) && text.Split(' ').Where(w => w.Length > 3).All(w => char.IsUpper(w[0]));

    [GeneratedRegex(@"^(?:board|committee|sub-committee|panel|forum|cabinet|council|executive)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeWord();

    [GeneratedRegex(@"(?:^|\s)(?:of|for|to|and|the|in|on|with|within|by|from|at|&)$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallWordEnd();

    [GeneratedRegex(@"[–—-]\s*(?:[1-9]|[12]\d|3[01])$")]
    private static partial Regex DayNumberEnd();
}
