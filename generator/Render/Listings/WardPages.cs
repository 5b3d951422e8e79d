using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>The wards: their index, the borough-wide papers and each ward's papers (by financial year when long).</summary>
internal static class WardPages
{
    /// <summary>How many borough-wide papers a ward's page lists before linking to them all.</summary>
    public const int LatestBoroughWide = 10;

    public static void Add(ListingPages pages)
    {
        var (view, words, listed, root) = (pages.View, pages.Words, pages.Listed, pages.Root);
        var boroughWideUrl = root + Addresses.BoroughWide;
        var wards = pages.Site.Settings.Wards
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .Select(w => (Ward: w, Papers: ListedReports.Of(listed.ByWard, w.Id)))
            .ToList();
        WardSummary Summary(Ward ward, ListedReports.Group papers) => new(ward.Id, ward.Name, root + Addresses.Ward(ward.Id), papers.Reports.Count);
        pages.Page(Addresses.Wards, "wards",
            () => new WardsPage(view, [.. wards.Select(w => Summary(w.Ward, w.Papers))], listed.BoroughWide.Reports.Count, boroughWideUrl),
            words["wards_title"], words["wards_description", ("council", view.Council)], "wards", pages.Home);

        var boroughWideDescription = words["borough_wide_description", ("council", view.Council)];
        pages.ByYear(listed.BoroughWide, Addresses.BoroughWide, (path, year, papers, otherYears) =>
            pages.Page(path, "borough-wide",
                () => new BoroughWidePage(view, pages.Items(ListingPages.NewestFirst(papers)), year is { } y ? YearSplit.Title(y) : "", otherYears),
                path == Addresses.BoroughWide ? words["borough_wide_title"] : words["borough_wide_year_title", ("year", YearSplit.Title(year!.Value))],
                boroughWideDescription, "wards", pages.Home, pages.WardsCrumb));

        // A ward page shows only the latest borough-wide papers: a large archive has thousands, the same on every ward's page.
        var latestBoroughWide = ListingPages.NewestFirst(listed.BoroughWide.Reports).Take(LatestBoroughWide).ToList();
        foreach (var (ward, wardPapers) in wards)
        {
            var description = words["ward_description", ("ward", ward.Name)];
            var own = Addresses.Ward(ward.Id);
            pages.ByYear(wardPapers, own, (path, year, papers, otherYears) =>
            {
                var yearTitle = year is { } y ? YearSplit.Title(y) : "";
                var items = pages.Items(ListingPages.NewestFirst(papers));
                if (path == own)
                {
                    pages.Page(path, "ward",
                        () => new WardPage(view, Summary(ward, wardPapers), items, pages.Items(latestBoroughWide), listed.BoroughWide.Reports.Count, boroughWideUrl, yearTitle, otherYears, true),
                        words["ward_title", ("ward", ward.Name)], description, "wards", pages.Home, pages.WardsCrumb);
                    return;
                }
                // The latest borough-wide papers are on the ward's own page, not on its earlier years'.
                pages.Page(path, "ward",
                    () => new WardPage(view, Summary(ward, wardPapers), items, [], 0, boroughWideUrl, yearTitle, otherYears, false),
                    words["ward_year_title", ("ward", ward.Name), ("year", yearTitle)], description, "wards", pages.Home, pages.WardsCrumb,
                    new NavLink(ward.Name, root + own));
            });
        }
    }
}
