using System.Text.RegularExpressions;

namespace Committee.Meetings;

/// <summary>
/// A decision of a meeting: a minute's resolution, from the line that starts it ("**Resolved:**", "Decision:",
/// "Agreed:") to the end of the minute, as written, without emphasis marks.
/// </summary>
/// <param name="Item">The item's number as the minute's heading gives it ("7", "7a"), or "".</param>
public sealed record Decision(string BoardId, DateOnly Date, string Item, string Title, string Text);

public static partial class Decisions
{
    /// <summary>The decisions in a meeting's minutes, in order; a minute without a resolution (apologies, say) has none.</summary>
    public static IEnumerable<Decision> Of(Meeting meeting)
    {
        foreach (var minute in meeting.Minutes)
        {
            var lines = minute.Text.Split('\n');
            var start = Array.FindIndex(lines, l => Resolution().IsMatch(l));
            if (start < 0) continue;
            var text = string.Join('\n', lines[start..].Select(l => l.Trim().Replace("**", "").Replace("__", ""))).Trim();
            var heading = NumberedHeading().Match(minute.Heading);
            yield return heading.Success
                ? new Decision(meeting.BoardId, meeting.Date, heading.Groups["item"].Value, heading.Groups["title"].Value.Trim(), text)
                : new Decision(meeting.BoardId, meeting.Date, "", minute.Heading, text);
        }
    }

    /// <summary>The words that start a resolution in councils' minutes, bold or not.</summary>
    [GeneratedRegex(@"^\s*(\*\*|__)?\s*(resolved|decision|decided|agreed|recommended to council|recommendation to council)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"^(?<item>\d{1,3}[a-z]?)[.)]?\s+(?<title>.+)$")]
    private static partial Regex NumberedHeading();
}
