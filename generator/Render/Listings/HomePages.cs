using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>Home: the latest papers, the boards and the recent quarters.</summary>
internal static class HomePages
{
    /// <summary>How many papers home lists, newest first.</summary>
    public const int LatestPapers = 10;

    /// <summary>How many forthcoming meetings home and a board's page list, soonest first.</summary>
    public const int ForthcomingMeetings = 5;

    public static void Add(ListingPages pages)
    {
        var view = pages.View;
        var latest = pages.Listed.All
            .OrderByDescending(d => d.Report!.Date).ThenBy(d => d.Report!.Item ?? ItemNumber.Last).ThenBy(d => d.Report!.Title, StringComparer.Ordinal)
            .Take(LatestPapers)
            .ToList();
        pages.Page("", "home",
            () => new HomePage(view, pages.Items(latest), pages.BoardSummaries.Value, [.. pages.Quarters.Take(4).Select(pages.Quarter)],
                pages.Forthcoming(null, ForthcomingMeetings), pages.Root + Model.Addresses.Meetings),
            view.Title, string.IsNullOrEmpty(view.Description) ? pages.Words["home_description", ("council", view.Council)] : view.Description, "");
    }
}
