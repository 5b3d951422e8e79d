using System.Globalization;
using System.Text.RegularExpressions;

namespace Committee.Model;

/// <summary>
/// A quarter of a council's financial year, written "2011/12 Q2". With the usual April start,
/// Q1 is April to June and "2011/12 Q2" is July to September 2011.
/// </summary>
public readonly partial record struct FinancialPeriod(int StartYear, int Quarter)
{
    // ASCII digits only: int.Parse reads no others ("٢٠٢٤/٢٥ Q2" is not a period).
    [GeneratedRegex(@"^(?<y1>[0-9]{4})/(?<y2>[0-9]{2})\s+Q(?<q>[1-4])$")]
    private static partial Regex Pattern();

    /// <summary>Reads "2011/12 Q2"; null when the text is not in that form or the years are not consecutive.</summary>
    public static FinancialPeriod? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return null;
        var startYear = int.Parse(match.Groups["y1"].Value, CultureInfo.InvariantCulture);
        var endYear = int.Parse(match.Groups["y2"].Value, CultureInfo.InvariantCulture);
        if ((startYear + 1) % 100 != endYear) return null;
        return new FinancialPeriod(startYear, int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The quarter a date falls in, for a financial year starting in <paramref name="startMonth"/>.</summary>
    public static FinancialPeriod Of(DateOnly date, int startMonth)
    {
        var monthsIn = (date.Month - startMonth + 12) % 12;
        var startYear = date.Month >= startMonth ? date.Year : date.Year - 1;
        return new FinancialPeriod(startYear, monthsIn / 3 + 1);
    }

    public DateOnly FirstDay(int startMonth) => new DateOnly(StartYear, startMonth, 1).AddMonths((Quarter - 1) * 3);

    public DateOnly LastDay(int startMonth) => FirstDay(startMonth).AddMonths(3).AddDays(-1);

    public FinancialPeriod Previous => Quarter == 1 ? new(StartYear - 1, 4) : new(StartYear, Quarter - 1);

    /// <summary>"2011/12", as councils write a financial year.</summary>
    public string Year => $"{StartYear}/{(StartYear + 1) % 100:D2}";

    public override string ToString() => $"{Year} Q{Quarter}";
}
