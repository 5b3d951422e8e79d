using Committee.Model;
using Committee.Validate;

namespace Committee.Render.Listings;

/// <summary>The quarters: their index by financial year, and each quarter's papers by board.</summary>
internal static class QuarterPages
{
    public static void Add(ListingPages pages)
    {
        var (view, words, listed, root, quarters) = (pages.View, pages.Words, pages.Listed, pages.Root, pages.Quarters);
        pages.Page(Addresses.Quarters, "quarters",
            () => new QuartersPage(view, [.. quarters
                .GroupBy(q => q.StartYear)
                .Select(y => new YearQuarters(new FinancialPeriod(y.Key, 1).Year, [.. y.Select(pages.Quarter)]))]),
            words["quarters_title"], words["quarters_description", ("council", view.Council)], "quarters", pages.Home);
        for (var i = 0; i < quarters.Count; i++)
        {
            var period = quarters[i];
            var title = Addresses.QuarterTitle(period, pages.StartMonth);
            // Newest first: the previous quarter is the next entry.
            var previous = i < quarters.Count - 1 ? new NavLink(quarters[i + 1].ToString(), root + Addresses.Quarter(quarters[i + 1])) : new NavLink("", "");
            var next = i > 0 ? new NavLink(quarters[i - 1].ToString(), root + Addresses.Quarter(quarters[i - 1])) : new NavLink("", "");
            pages.Page(Addresses.Quarter(period), "quarter", () =>
                {
                    var boards = listed.ByQuarter[period].Reports
                        .GroupBy(d => d.Report!.BoardId, StringComparer.Ordinal)
                        .OrderBy(g => pages.Site.Boards[g.Key].Name, StringComparer.Ordinal)
                        .Select(g => new BoardReports(g.Key, pages.Site.Boards[g.Key].Name, root + Addresses.Board(g.Key), pages.Items(AgendaOrder.Sort(g))))
                        .ToList();
                    var reported = listed.Indicators.Value.ByQuarter.GetValueOrDefault(period) ?? [];
                    return new QuarterPage(view, pages.Quarter(period), boards, previous, next)
                    {
                        Indicators = [.. reported
                            .Select(p => IndicatorViews.Row(pages.Site.Indicators.ById[p.Reading.IndicatorId], p, words, root))
                            .OrderBy(r => r.Name, StringComparer.Ordinal)],
                        IndicatorCounts = IndicatorViews.Counts(reported.Select(p => p.Reading), root + Addresses.Indicators),
                    };
                },
                title, words["quarter_description", ("quarter", title)], "quarters", pages.Home, pages.QuartersCrumb);
        }
    }
}
