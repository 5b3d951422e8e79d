using System.Globalization;
using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>The council's meetings page: every board's forthcoming meetings and those of the last year, by month.</summary>
internal static class MeetingPages
{
    /// <summary>How far back the meetings page lists past meetings; older ones are on each board's page.</summary>
    public const int RecentMonths = 12;

    public static void Add(ListingPages pages)
    {
        var (view, words) = (pages.View, pages.Words);
        pages.Page(Addresses.Meetings, "meetings", () =>
            {
                var today = pages.Context.Options.BuildDate;
                var since = today.AddMonths(-RecentMonths);
                var all = pages.AllMeetings.Value;
                return new MeetingsPage(view,
                    ByMonth(pages, all.Where(m => m.Date >= today)),
                    ByMonth(pages, all.Where(m => m.Date < today && m.Date >= since).Reverse()),
                    pages.Root + Addresses.Boards);
            },
            words["meetings_title"], words["meetings_description", ("council", view.Council)], "meetings", pages.Home);
    }

    private static List<MonthMeetings> ByMonth(ListingPages pages, IEnumerable<(string Board, DateOnly Date)> meetings) =>
    [
        .. meetings
            .GroupBy(m => (m.Date.Year, m.Date.Month))
            .Select(g => new MonthMeetings(
                new DateOnly(g.Key.Year, g.Key.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                [.. g.Select(m => pages.Summary(m.Board, m.Date))])),
    ];
}
