using System.Text;
using System.Text.RegularExpressions;

namespace Committee.Model;

/// <summary>
/// Compares section titles the way a reader does: "4.0 POLICY IMPLICATIONS", "Policy implications:"
/// and "Policy & Implications" differ only in number, case, punctuation and "&amp;" versus "and".
/// </summary>
public static partial class SectionTitle
{
    // ASCII digits only: a number is read with int.Parse, which knows no others ("٣.٠" is part of the title).
    [GeneratedRegex(@"^\s*(?<number>[0-9]+(?:\.[0-9]+)*)\.?\s+(?<title>.*)$")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<title>.*\S)\s+(?<number>[0-9]+\.[0-9]+)\s*$")]
    private static partial Regex TrailingNumber();

    /// <summary>Splits "1.0 Purpose of report" into ("1.0", "Purpose of report").</summary>
    public static (string? Number, string Title) SplitNumber(string heading)
    {
        // Most titles have no number at all (those from report types never do), and then neither pattern can match.
        if (!HasDigit(heading)) return (null, heading.Trim());
        var lead = LeadingNumber().Match(heading);
        if (lead.Success) return (lead.Groups["number"].Value, lead.Groups["title"].Value.Trim());
        return (null, heading.Trim());
    }

    /// <summary>Finds a number written after the title, as in "IMPLICATIONS FOR THE COUNCIL'S PRIORITIES 6.0".</summary>
    public static (string Number, string Title)? TrailingNumberOf(string heading)
    {
        if (!HasDigit(heading)) return null;
        var trail = TrailingNumber().Match(heading);
        return trail.Success ? (trail.Groups["number"].Value, trail.Groups["title"].Value.Trim()) : null;
    }

    /// <summary>Lower case, "&amp;" as "and", no punctuation or numbers, single spaces.</summary>
    public static string Normalise(string title)
    {
        var (_, bare) = SplitNumber(title);
        var trailing = TrailingNumberOf(bare);
        if (trailing is { } t) bare = t.Title;
        // One pass: letters and digits lower-cased, "&" as the word "and", any run of other characters as one space.
        var text = new StringBuilder(bare.Length + 8);
        var gap = false;
        foreach (var original in bare)
        {
            if (original == '&')
            {
                if (text.Length > 0) text.Append(' ');
                text.Append("and");
                gap = true;
                continue;
            }
            var ch = char.ToLowerInvariant(original);
            if (char.IsLetter(ch) || char.IsDigit(ch))
            {
                if (gap && text.Length > 0) text.Append(' ');
                gap = false;
                text.Append(ch);
            }
            else if (ch == '\'' || ch == '\u2019') continue; // "council's" and "councils" are one word
            else gap = true;
        }
        return text.ToString();
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
