using System.Globalization;

namespace Committee.Model;

/// <summary>
/// Every address in the site, relative to its root, in one place. Addresses are made only from a paper's
/// own board, date and slug, so a paper's address never changes when other content changes.
/// </summary>
public static class Addresses
{
    public const string Boards = "boards/";
    public const string Quarters = "quarters/";
    public const string Wards = "wards/";
    public const string Meetings = "meetings/";
    public const string Feed = "feed.xml";
    public const string Indicators = "indicators/";

    public static string Board(string boardId) => $"boards/{boardId}/";

    public static string Meeting(string boardId, DateOnly date) => $"boards/{boardId}/{Iso(date)}/";

    public static string Report(string boardId, DateOnly date, string slug) => $"boards/{boardId}/{Iso(date)}/{slug}/";

    public static string BoardFeed(string boardId) => $"boards/{boardId}/feed.xml";

    public static string BoardCalendar(string boardId) => $"boards/{boardId}/meetings.ics";

    public static string Quarter(FinancialPeriod period) => $"quarters/{period.StartYear}-{(period.StartYear + 1) % 100:D2}-q{period.Quarter}/";

    public static string Ward(string wardId) => $"wards/{wardId}/";

    /// <summary>Every borough-wide paper. "all" is what a paper writes for borough-wide, so no ward may have that id.</summary>
    public const string BoroughWide = "wards/all/";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2011/12 Q2 — July to September 2011".</summary>
    public static string QuarterTitle(FinancialPeriod period, int startMonth)
    {
        var first = period.FirstDay(startMonth);
        var last = period.LastDay(startMonth);
        var from = first.Year == last.Year ? first.ToString("MMMM", CultureInfo.InvariantCulture) : first.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return $"{period} — {from} to {last.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
    }
}
