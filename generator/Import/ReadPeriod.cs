using System.Globalization;
using System.Text.RegularExpressions;
using Committee.Model;

namespace Committee.Import;

/// <summary>
/// The financial quarter a paper reports on, from its subject: "Quarter 2 of 2011/12", "Quarter 2 2020/21",
/// "Quarter Two", "second quarter", "Q2". With no year in the subject, it is the latest such quarter that
/// had ended by the meeting (a Quarter 2 report in December 2012 covers 2012/13 Q2).
/// </summary>
public static partial class ReadPeriod
{
    [GeneratedRegex(@"\bquarter\s+(?<n>[1-4]|one|two|three|four)\b|\b(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ(?<n>[1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?<y1>(?:19|20)\d{2})\s*[/-]\s*(?<y2>\d{4}|\d{2})\b")]
    private static partial Regex Year();

    public static (FinancialPeriod? Period, string? Note) Read(string subject, DateOnly? meeting, int startMonth)
    {
        var match = Quarter().Match(subject);
        if (!match.Success) return (null, null);
        var word = (match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["ordinal"].Value).ToLowerInvariant();
        var quarter = word switch
        {
            "1" or "one" or "first" or "1st" => 1,
            "2" or "two" or "second" or "2nd" => 2,
            "3" or "three" or "third" or "3rd" => 3,
            _ => 4,
        };
        var year = Year().Match(subject);
        if (year.Success)
        {
            var start = int.Parse(year.Groups["y1"].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(year.Groups["y2"].Value, CultureInfo.InvariantCulture) % 100;
            if ((start + 1) % 100 == end) return (new FinancialPeriod(start, quarter), null);
        }
        if (meeting is not { } date) return (null, $"the subject names quarter {quarter} but no year, and there is no meeting date to tell which");
        var candidate = new FinancialPeriod(FinancialPeriod.Of(date, startMonth).StartYear, quarter);
        if (candidate.LastDay(startMonth) >= date) candidate = candidate with { StartYear = candidate.StartYear - 1 };
        return (candidate, $"the subject names quarter {quarter} without a year; taken as {candidate}, the latest quarter {quarter} to end before the meeting");
    }
}
