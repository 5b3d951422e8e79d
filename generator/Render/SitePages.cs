using Committee.Model;
using Committee.Pipeline;
using Committee.Validate;

namespace Committee.Render;

/// <summary>
/// The pages that list papers rather than show one: home, boards, each board, each meeting, quarters,
/// each quarter, wards, each ward, borough-wide, search and "page not found". Each is described as a
/// <see cref="ListingFile"/>, whose model is built only when the page is rendered.
/// </summary>
public static class SitePages
{
    /// <summary>How many papers home lists, newest first.</summary>
    public const int LatestPapers = 10;

    /// <summary>How many borough-wide papers a ward's page lists before linking to them all.</summary>
    public const int LatestBoroughWide = 10;

    /// <summary>
    /// A board's, a ward's or the borough-wide listing of more papers than this is split by financial year: its page
    /// lists the latest year's papers and links to a page for each earlier year (<c>…/2011-12/</c>). A listing of every
    /// paper a board ever had is too long to read on a phone (700 KB at 2,000 papers), and an edit to one paper would
    /// render it all again; split, an edit renders only its year's page.
    /// </summary>
    public const int SplitByYearAbove = 300;

    public static List<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var templates = context.Templates!;
        var site = context.Site;
        var view = Views.Site(site.Settings);
        var startMonth = site.Settings.FinancialYearStartMonth;
        var root = view.Root;
        var files = new List<ListingFile>();

        void Page(string path, string template, Func<object> model, string title, string description, string area, params NavLink[] breadcrumbs) =>
            files.Add(new ListingFile(path + "index.html", writer =>
                templates.Render("layout", new PageView(view, title, description, view.BaseUrl + path,
                    PageContent.Written(body => templates.Render(template, model(), body)), false, area, breadcrumbs), writer)));

        PaperItem Item(ReportDocument document) => Views.Paper(document, site, root);
        List<PaperItem> Items(IEnumerable<ReportDocument> documents) => [.. documents.Select(Item)];

        var home = new NavLink("Home", root);
        var boardsCrumb = new NavLink("Boards", root + Addresses.Boards);
        var quartersCrumb = new NavLink("Quarters", root + Addresses.Quarters);
        var wardsCrumb = new NavLink("Wards", root + Addresses.Wards);

        // Shared by several pages, made once by whichever is rendered first.
        var boardSummaries = new Lazy<List<BoardSummary>>(() => [.. site.Boards.Values
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b =>
            {
                var papers = ListedReports.Of(listed.ByBoard, b.Id).Reports;
                var latest = papers.Count == 0 ? (DateOnly?)null : papers.Max(d => d.Report!.Date!.Value);
                return new BoardSummary(b.Id, b.Name, b.ShortName, b.Description, root + Addresses.Board(b.Id), papers.Count, Views.LongDate(latest), Views.Iso(latest));
            })]);
        // Newest first.
        var quarters = listed.ByQuarter.Keys.OrderByDescending(q => q.StartYear).ThenByDescending(q => q.Quarter).ToList();
        QuarterSummary Quarter(FinancialPeriod q) =>
            new(q.ToString(), Addresses.QuarterTitle(q, startMonth), root + Addresses.Quarter(q), listed.ByQuarter[q].Reports.Count);

        // Home: the latest papers, the boards and the recent quarters (with their counts, which the places stand for).
        var latest = listed.All
            .OrderByDescending(d => d.Report!.Date).ThenBy(d => d.Report!.Item ?? int.MaxValue).ThenBy(d => d.Report!.Title, StringComparer.Ordinal)
            .Take(LatestPapers)
            .ToList();
        Page("", "home",
            () => new HomePage(view, Items(latest), boardSummaries.Value, [.. quarters.Take(4).Select(Quarter)]),
            view.Title, string.IsNullOrEmpty(view.Description) ? $"Committee papers of {view.Council}." : view.Description, "");

        // Boards
        Page(Addresses.Boards, "boards", () => new BoardsPage(view, boardSummaries.Value),
            "Boards and committees", $"The boards and committees of {view.Council} and their papers.", "boards", home);

        MeetingItem Meeting(string boardId, DateOnly date) => new(
            boardId,
            site.Boards[boardId].Name,
            Views.LongDate(date),
            Addresses.Iso(date),
            root + Addresses.Meeting(boardId, date),
            Items(AgendaOrder.Sort(listed.ByMeeting[(boardId, date)].Reports)));
        // Each board's meeting dates, oldest first.
        var meetingDates = listed.ByMeeting.Keys
            .GroupBy(m => m.Board, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Date).Order().ToList(), StringComparer.Ordinal);

        foreach (var board in site.Boards.Values.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            var dates = meetingDates.GetValueOrDefault(board.Id) ?? [];
            var papers = ListedReports.Of(listed.ByBoard, board.Id);
            var description = string.IsNullOrEmpty(board.Description) ? $"Papers of the {board.Name}." : board.Description;
            var boardCrumb = new NavLink(board.Name, root + Addresses.Board(board.Id));
            BoardPage BoardPage(IEnumerable<DateOnly> shown, List<NavLink> otherYears)
            {
                // Newest first: financial years, their quarters, their meetings.
                var years = shown.Reverse()
                    .Select(date => (Date: date, Meeting: Meeting(board.Id, date)))
                    .GroupBy(m => FinancialPeriod.Of(m.Date, startMonth))
                    .GroupBy(q => q.Key.StartYear)
                    .OrderByDescending(y => y.Key)
                    .Select(y => new YearMeetings(
                        new FinancialPeriod(y.Key, 1).Year,
                        [.. y.OrderByDescending(q => q.Key.Quarter).Select(q => new QuarterMeetings(q.Key.ToString(), Addresses.QuarterTitle(q.Key, startMonth), root + Addresses.Quarter(q.Key), [.. q.Select(m => m.Meeting)]))]))
                    .ToList();
                var summary = boardSummaries.Value.Single(b => b.Id == board.Id);
                return new BoardPage(view, summary, root + Addresses.BoardFeed(board.Id), root + Addresses.BoardCalendar(board.Id), years, otherYears);
            }
            if (papers.Reports.Count <= SplitByYearAbove)
            {
                Page(Addresses.Board(board.Id), "board", () => BoardPage(dates, []),
                    board.Name, description, "boards", home, boardsCrumb);
            }
            else
            {
                var split = new YearSplit(listed, papers, startMonth, root + Addresses.Board(board.Id));
                foreach (var year in split.Years)
                {
                    var shown = dates.Where(d => FinancialPeriod.Of(d, startMonth).StartYear == year).ToList();
                    if (year == split.Latest)
                    {
                        Page(Addresses.Board(board.Id), "board", () => BoardPage(shown, split.LinksBesides(year)),
                            board.Name, description, "boards", home, boardsCrumb);
                    }
                    else
                    {
                        Page(Addresses.Board(board.Id) + YearSplit.Folder(year), "board",
                            () => BoardPage(shown, split.LinksBesides(year)),
                            $"{board.Name}, financial year {YearSplit.Title(year)}", description, "boards", home, boardsCrumb, boardCrumb);
                    }
                }
            }

            // Its meetings, each with the previous and next meeting of the board.
            NavLink Link(DateOnly? date) => date is { } d ? new NavLink($"{Views.LongDate(d)} meeting", root + Addresses.Meeting(board.Id, d)) : new NavLink("", "");
            for (var i = 0; i < dates.Count; i++)
            {
                var date = dates[i];
                DateOnly? previous = i > 0 ? dates[i - 1] : null;
                DateOnly? next = i < dates.Count - 1 ? dates[i + 1] : null;
                var longDate = Views.LongDate(date);
                Page(Addresses.Meeting(board.Id, date), "meeting",
                    () => new MeetingPage(view, Meeting(board.Id, date), boardCrumb.Url, Link(previous), Link(next)),
                    $"{board.Name}, {longDate}", $"Papers considered at the meeting of the {board.Name} on {longDate}.",
                    "boards", home, boardsCrumb, boardCrumb);
            }
        }

        // Quarters
        Page(Addresses.Quarters, "quarters",
            () => new QuartersPage(view, [.. quarters
                .GroupBy(q => q.StartYear)
                .Select(y => new YearQuarters(new FinancialPeriod(y.Key, 1).Year, [.. y.Select(Quarter)]))]),
            "Papers by quarter", $"Papers of {view.Council} by financial year and quarter.", "quarters", home);
        for (var i = 0; i < quarters.Count; i++)
        {
            var period = quarters[i];
            var title = Addresses.QuarterTitle(period, startMonth);
            // quarters is newest first: the previous quarter is the next entry.
            var previous = i < quarters.Count - 1 ? new NavLink(quarters[i + 1].ToString(), root + Addresses.Quarter(quarters[i + 1])) : new NavLink("", "");
            var next = i > 0 ? new NavLink(quarters[i - 1].ToString(), root + Addresses.Quarter(quarters[i - 1])) : new NavLink("", "");
            Page(Addresses.Quarter(period), "quarter", () =>
                {
                    var boards = listed.ByQuarter[period].Reports
                        .GroupBy(d => d.Report!.BoardId, StringComparer.Ordinal)
                        .OrderBy(g => site.Boards[g.Key].Name, StringComparer.Ordinal)
                        .Select(g => new BoardPapers(g.Key, site.Boards[g.Key].Name, root + Addresses.Board(g.Key), Items(AgendaOrder.Sort(g))))
                        .ToList();
                    return new QuarterPage(view, Quarter(period), boards, previous, next);
                },
                title, $"Every board's papers for {title}.", "quarters", home, quartersCrumb);
        }

        // Wards
        var boroughWideUrl = root + Addresses.BoroughWide;
        var wards = site.Settings.Wards
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .Select(w => (Ward: w, Papers: ListedReports.Of(listed.ByWard, w.Id)))
            .ToList();
        WardSummary WardSummary(Ward ward, ListedReports.Group papers) => new(ward.Id, ward.Name, root + Addresses.Ward(ward.Id), papers.Reports.Count);
        Page(Addresses.Wards, "wards",
            () => new WardsPage(view, [.. wards.Select(w => WardSummary(w.Ward, w.Papers))], listed.BoroughWide.Reports.Count, boroughWideUrl),
            "Papers by ward", $"Papers of {view.Council} by the ward they affect.", "wards", home);
        const string boroughWideDescription = "Committee papers of {0} that affect every ward.";
        if (listed.BoroughWide.Reports.Count <= SplitByYearAbove)
        {
            Page(Addresses.BoroughWide, "borough-wide",
                () => new BoroughWidePage(view, Items(NewestFirst(listed.BoroughWide.Reports)), "", []),
                "Borough-wide papers", string.Format(System.Globalization.CultureInfo.InvariantCulture, boroughWideDescription, view.Council), "wards", home, wardsCrumb);
        }
        else
        {
            var split = new YearSplit(listed, listed.BoroughWide, startMonth, boroughWideUrl);
            foreach (var year in split.Years)
            {
                var latestYear = year == split.Latest;
                Page(latestYear ? Addresses.BoroughWide : Addresses.BoroughWide + YearSplit.Folder(year), "borough-wide",
                    () => new BoroughWidePage(view, Items(NewestFirst(split.Of(year).Reports)), YearSplit.Title(year), split.LinksBesides(year)),
                    latestYear ? "Borough-wide papers" : $"Borough-wide papers, financial year {YearSplit.Title(year)}",
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, boroughWideDescription, view.Council), "wards", home, wardsCrumb);
            }
        }
        // A ward page shows only the latest borough-wide papers: a large archive has thousands, the same on every ward's page.
        var latestBoroughWide = NewestFirst(listed.BoroughWide.Reports).Take(LatestBoroughWide).ToList();
        foreach (var (ward, papers) in wards)
        {
            var title = $"Papers affecting {ward.Name}";
            var description = $"Committee papers that name the {ward.Name} ward, and borough-wide papers.";
            if (papers.Reports.Count <= SplitByYearAbove)
            {
                Page(Addresses.Ward(ward.Id), "ward",
                    () => new WardPage(view, WardSummary(ward, papers), Items(NewestFirst(papers.Reports)), Items(latestBoroughWide), listed.BoroughWide.Reports.Count, boroughWideUrl, "", [], true),
                    title, description, "wards", home, wardsCrumb);
                continue;
            }
            // The latest borough-wide papers are on the ward's own page, not on its earlier years'.
            var split = new YearSplit(listed, papers, startMonth, root + Addresses.Ward(ward.Id));
            foreach (var year in split.Years)
            {
                if (year == split.Latest)
                {
                    Page(Addresses.Ward(ward.Id), "ward",
                        () => new WardPage(view, WardSummary(ward, papers), Items(NewestFirst(split.Of(year).Reports)), Items(latestBoroughWide), listed.BoroughWide.Reports.Count, boroughWideUrl,
                            YearSplit.Title(year), split.LinksBesides(year), true),
                        title, description, "wards", home, wardsCrumb);
                }
                else
                {
                    Page(Addresses.Ward(ward.Id) + YearSplit.Folder(year), "ward",
                        () => new WardPage(view, WardSummary(ward, papers), Items(NewestFirst(split.Of(year).Reports)), [], 0, boroughWideUrl,
                            YearSplit.Title(year), split.LinksBesides(year), false),
                        $"{title}, financial year {YearSplit.Title(year)}", description, "wards", home, wardsCrumb, new NavLink(ward.Name, root + Addresses.Ward(ward.Id)));
                }
            }
        }

        // Search: the page is the same for every query; search.js reads the query from the address. Its filters
        // count papers by board, year, quarter, ward and type, which the places hold (a new filter must be added there).
        Page(Search.SearchIndexWriter.Folder, "search", () =>
            {
                var facets = Search.SearchFilters.Of(Search.SearchIndexWriter.Documents(listed.All, context.Options.IncludeDrafts), site);
                return new SearchPage(view, root + "assets/search.js", root + Search.SearchIndexWriter.Folder, root + Addresses.Boards, root + Addresses.Quarters, root + Addresses.Wards,
                    facets.Board, facets.Year, facets.Quarter, facets.Ward, facets.Type);
            },
            "Search papers", $"Search the committee papers of {view.Council}.", "", home);

        files.Add(new ListingFile("404.html", writer =>
            templates.Render("layout", new PageView(view, "Page not found", "The page you asked for is not here.", view.BaseUrl + "404.html",
                templates.Render("not-found", new NotFoundView(view)), false, "", [home]), writer)));
        return files;
    }

    private static IEnumerable<ReportDocument> NewestFirst(IEnumerable<ReportDocument> documents) => documents
        .OrderByDescending(d => d.Report!.Date)
        .ThenBy(d => d.Report!.BoardId, StringComparer.Ordinal)
        .ThenBy(d => d.Report!.Item ?? int.MaxValue)
        .ThenBy(d => d.Report!.Title, StringComparer.Ordinal);
}
