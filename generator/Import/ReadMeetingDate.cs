using System.Globalization;
using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>Reads a meeting date as councils print it: "5th January 2012", "23 November 2020", "Tuesday, 11 December 2012", "11/12/2012".</summary>
public static partial class ReadMeetingDate
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // 2013-01-23, and 2013/01/23 as old committee systems print it.
    [GeneratedRegex(@"\b(?<y>\d{4})(?<s>[-/])(?<m>\d{2})\k<s>(?<d>\d{2})\b")]
    private static partial Regex Iso();

    // Day first, as in the UK: 11/12/2012 is 11 December.
    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4}|\d{2})\b")]
    private static partial Regex Numeric();

    public static DateOnly? Read(string text, DateOnly? today = null) => Find(text, today)?.Date;

    /// <summary>The first date in <paramref name="text"/>, and where it is written.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text, DateOnly? today = null)
    {
        var found = new List<(DateOnly Date, int Index, int Length)>();
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            var match = regex.Match(text);
            if (match.Success && Month(match.Groups["m"].Value) is { } month && Make(match.Groups["y"].Value, month, match.Groups["d"].Value, today) is { } date) found.Add((date, match.Index, match.Length));
        }
        var iso = Iso().Match(text);
        if (iso.Success && Make(iso.Groups["y"].Value, Number(iso.Groups["m"].Value), iso.Groups["d"].Value, today) is { } isoDate) found.Add((isoDate, iso.Index, iso.Length));
        var numeric = Numeric().Match(text);
        if (numeric.Success && Make(numeric.Groups["y"].Value, Number(numeric.Groups["m"].Value), numeric.Groups["d"].Value, today) is { } numericDate) found.Add((numericDate, numeric.Index, numeric.Length));
        return found.Count == 0 ? null : found.MinBy(f => f.Index);
    }

    /// <summary>
    /// A two-digit year, kept in the past: the century that puts it no later than next year
    /// ("14.10.99" is 1999, "10.10.13" is 2013), since an archive holds papers of meetings already held or imminent.
    /// </summary>
    public static int FullYear(int year, DateOnly? today = null)
    {
        if (year >= 100) return year;
        var now = (today ?? DateOnly.FromDateTime(DateTime.Today)).Year;
        var century = now / 100 * 100;
        return century + year <= now + 1 ? century + year : century - 100 + year;
    }

    private static int? Month(string name)
    {
        var lower = name.ToLowerInvariant();
        var index = Array.FindIndex(Months, m => m == lower || (lower.Length >= 3 && m.StartsWith(lower, StringComparison.Ordinal)) || (lower == "sept" && m == "september"));
        return index < 0 ? null : index + 1;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static DateOnly? Make(string year, int? month, string day, DateOnly? today)
    {
        if (month is null) return null;
        var y = FullYear(Number(year), today);
        var d = Number(day);
        if (month is < 1 or > 12 || y < 1900 || d < 1 || d > DateTime.DaysInMonth(y, month.Value)) return null;
        return new DateOnly(y, month.Value, d);
    }
}
