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
            for (var joins = 0; joins < MaxJoins && !CleanText.IsBlank(result[i]); joins++)
            {
                // The next line, or the one after a single blank line: a Word paragraph break, or a PDF's wider gap.
                var next = i + 1 < result.Count && !CleanText.IsBlank(result[i + 1]) ? i + 1 : i + 2 < result.Count && CleanText.IsBlank(result[i + 1]) && !CleanText.IsBlank(result[i + 2]) ? i + 2 : -1;
                if (next < 0) break;
                var before = Enumerable.Range(0, i).Reverse().Select(j => result[j]).FirstOrDefault(l => !CleanText.IsBlank(l)) ?? "";
                var gap = next - i - 1;
                if (!Joins(CleanText.Plain(result[i]), CleanText.Plain(result[next]), CleanText.Plain(before), wrapped, gap == 0 || alternating)) break;
                result[i] = CleanText.Plain(result[i]) + " " + CleanText.Plain(result[next]);
                result.RemoveRange(i + 1, next - i);
                joined++;
            }
        }
        return [.. result];
    }

    private static bool Joins(string text, string next, string before, bool wrapped, bool adjacent)
    {
        var words = text.Split(' ').Length;
        var nextWords = next.Split(' ').Length;
        // Numbered cells left empty ("1." / "2.") are a list of blanks, not a number waiting for its text.
        if (LoneNumber().IsMatch(text)) return !LoneNumber().IsMatch(next) && !LoneNumber().IsMatch(before) && char.IsLetter(next[0]);
        if (text.Count(c => c == '(') > text.Count(c => c == ')') && nextWords <= 5 && next.Contains(')') && !next.Contains('(')) return true;
        if (words <= 3 && !text.Contains(':') && SmallWordEnd().IsMatch(text) && nextWords <= 4 && (next.EndsWith(':') || next.EndsWith(';'))) return true;
        if (!wrapped || !adjacent || !CleanText.IsCapitals(text) || !CleanText.IsCapitals(next) || text.Contains(':') || next.Contains(':') || text.Length + next.Length > 120) return false;
        return SmallWordEnd().IsMatch(text) || text.EndsWith(',') || DayNumberEnd().IsMatch(text) || (nextWords <= 2 && words <= 5 && !text.Any(char.IsDigit));
    }

    // "1.", "1.1", "2.3.1": a paragraph's number ("1" alone is a page's).
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){1,2}\.?$|^\d{1,2}\.$")]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"(?:^|\s)(?:of|for|to|and|the|in|on|with|within|by|from|at|&)$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallWordEnd();

    [GeneratedRegex(@"[–—-]\s*(?:[1-9]|[12]\d|3[01])$")]
    private static partial Regex DayNumberEnd();
}
