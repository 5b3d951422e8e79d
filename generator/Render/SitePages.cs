using Committee.Model;
using Committee.Pipeline;
using Committee.Validate;

namespace Committee.Render;

/// <summary>
/// The pages that list papers rather than show one: home, boards, each board, each meeting, quarters,
/// each quarter, wards, each ward, and the "page not found" page. Each returns (path, html).
/// </summary>
public static class SitePages
{
    public static IEnumerable<(string Path, string Html)> Render(IReadOnlyList<ReportDocument> listed, PipelineContext context)
    {
        var templates = context.Templates!;
        var site = context.Site;
        var view = Views.Site(site.Settings);
        var startMonth = site.Settings.FinancialYearStartMonth;
        var root = view.Root;

        string Page(string template, object model, string title, string description, string path, string area, params NavLink[] breadcrumbs) =>
            templates.Render("layout", new PageView(view, title, description, view.BaseUrl + path, templates.Render(template, model), false, area, breadcrumbs));

        var home = new NavLink("Home", root);
        var boardsCrumb = new NavLink("Boards", root + Addresses.Boards);
        var quartersCrumb = new NavLink("Quarters", root + Addresses.Quarters);
        var wardsCrumb = new NavLink("Wards", root + Addresses.Wards);

        // Newest first everywhere a person browses; agenda order within a meeting.
        var meetings = listed
            .GroupBy(d => (d.Report!.BoardId, Date: d.Report.Date!.Value))
            .OrderByDescending(g => g.Key.Date)
            .ThenBy(g => g.Key.BoardId, StringComparer.Ordinal)
            .Select(g => new MeetingItem(
                g.Key.BoardId,
                site.Boards[g.Key.BoardId].Name,
                Views.LongDate(g.Key.Date),
                Addresses.Iso(g.Key.Date),
                root + Addresses.Meeting(g.Key.BoardId, g.Key.Date),
                [.. AgendaOrder.Sort(g).Select(d => Views.Paper(d, site))]))
            .ToList();

        var boardSummaries = site.Boards.Values
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b =>
            {
                var latest = meetings.FirstOrDefault(m => m.BoardId == b.Id);
                return new BoardSummary(b.Id, b.Name, b.ShortName, b.Description, root + Addresses.Board(b.Id),
                    listed.Count(d => d.Report!.BoardId == b.Id), latest?.Date ?? "", latest?.DateIso ?? "");
            })
            .ToList();

        var quarters = listed
            .GroupBy(d => d.Quarter!.Value)
            .OrderByDescending(g => g.Key.StartYear).ThenByDescending(g => g.Key.Quarter)
            .Select(g => (Period: g.Key, Summary: new QuarterSummary(g.Key.ToString(), Addresses.QuarterTitle(g.Key, startMonth), root + Addresses.Quarter(g.Key), g.Count()), Papers: g.ToList()))
            .ToList();

        // Home
        var latestPapers = listed
            .OrderByDescending(d => d.Report!.Date).ThenBy(d => d.Report!.Item ?? int.MaxValue).ThenBy(d => d.Report!.Title, StringComparer.Ordinal)
            .Take(10)
            .Select(d => Views.Paper(d, site))
            .ToList();
        yield return ("index.html", Page("home", new HomePage(view, latestPapers, boardSummaries, [.. quarters.Take(4).Select(q => q.Summary)]),
            view.Title, string.IsNullOrEmpty(view.Description) ? $"Committee papers of {view.Council}." : view.Description, "", ""));

        // Boards
        yield return (Addresses.Boards + "index.html", Page("boards", new BoardsPage(view, boardSummaries),
            "Boards and committees", $"The boards and committees of {view.Council} and their papers.", Addresses.Boards, "boards", home));

        foreach (var board in boardSummaries)
        {
            var years = meetings
                .Where(m => m.BoardId == board.Id)
                .GroupBy(m => FinancialPeriod.Of(DateOnly.Parse(m.DateIso, System.Globalization.CultureInfo.InvariantCulture), startMonth))
                .GroupBy(q => q.Key.StartYear)
                .OrderByDescending(y => y.Key)
                .Select(y => new YearMeetings(
                    new FinancialPeriod(y.Key, 1).Year,
                    [.. y.OrderByDescending(q => q.Key.Quarter).Select(q => new QuarterMeetings(q.Key.ToString(), Addresses.QuarterTitle(q.Key, startMonth), root + Addresses.Quarter(q.Key), [.. q]))]))
                .ToList();
            yield return (Addresses.Board(board.Id) + "index.html", Page("board",
                new BoardPage(view, board, root + Addresses.BoardFeed(board.Id), root + Addresses.BoardCalendar(board.Id), years),
                board.Name, string.IsNullOrEmpty(board.Description) ? $"Papers of the {board.Name}." : board.Description,
                Addresses.Board(board.Id), "boards", home, boardsCrumb));
        }

        // Meetings: previous and next meeting of the same board.
        foreach (var boardMeetings in meetings.GroupBy(m => m.BoardId))
        {
            var inOrder = boardMeetings.OrderBy(m => m.DateIso, StringComparer.Ordinal).ToList();
            for (var i = 0; i < inOrder.Count; i++)
            {
                var meeting = inOrder[i];
                var previous = i > 0 ? new NavLink($"{inOrder[i - 1].Date} meeting", inOrder[i - 1].Url) : new NavLink("", "");
                var next = i < inOrder.Count - 1 ? new NavLink($"{inOrder[i + 1].Date} meeting", inOrder[i + 1].Url) : new NavLink("", "");
                var path = meeting.Url[root.Length..];
                yield return (path + "index.html", Page("meeting", new MeetingPage(view, meeting, root + Addresses.Board(meeting.BoardId), previous, next),
                    $"{meeting.BoardName}, {meeting.Date}", $"Papers considered at the meeting of the {meeting.BoardName} on {meeting.Date}.",
                    path, "boards", home, boardsCrumb, new NavLink(meeting.BoardName, root + Addresses.Board(meeting.BoardId))));
            }
        }

        // Quarters
        var byYear = quarters
            .GroupBy(q => q.Period.StartYear)
            .Select(y => new YearQuarters(new FinancialPeriod(y.Key, 1).Year, [.. y.Select(q => q.Summary)]))
            .ToList();
        yield return (Addresses.Quarters + "index.html", Page("quarters", new QuartersPage(view, byYear),
            "Papers by quarter", $"Papers of {view.Council} by financial year and quarter.", Addresses.Quarters, "quarters", home));
        for (var i = 0; i < quarters.Count; i++)
        {
            var (period, summary, papers) = quarters[i];
            var boards = papers
                .GroupBy(d => d.Report!.BoardId)
                .OrderBy(g => site.Boards[g.Key].Name, StringComparer.Ordinal)
                .Select(g => new BoardPapers(g.Key, site.Boards[g.Key].Name, root + Addresses.Board(g.Key), [.. AgendaOrder.Sort(g).Select(d => Views.Paper(d, site))]))
                .ToList();
            // quarters is newest first: the previous quarter is the next entry.
            var previous = i < quarters.Count - 1 ? new NavLink(quarters[i + 1].Summary.Label, quarters[i + 1].Summary.Url) : new NavLink("", "");
            var next = i > 0 ? new NavLink(quarters[i - 1].Summary.Label, quarters[i - 1].Summary.Url) : new NavLink("", "");
            yield return (Addresses.Quarter(period) + "index.html", Page("quarter", new QuarterPage(view, summary, boards, previous, next),
                summary.Title, $"Every board's papers for {summary.Title}.", Addresses.Quarter(period), "quarters", home, quartersCrumb));
        }

        // Wards
        var boroughWide = listed.Where(d => d.Report!.AllWards).ToList();
        var wardSummaries = site.Settings.Wards
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .Select(w => new WardSummary(w.Id, w.Name, root + Addresses.Ward(w.Id), listed.Count(d => d.Report!.Wards.Contains(w.Id))))
            .ToList();
        var boroughWideUrl = root + Addresses.BoroughWide;
        yield return (Addresses.Wards + "index.html", Page("wards", new WardsPage(view, wardSummaries, boroughWide.Count, boroughWideUrl),
            "Papers by ward", $"Papers of {view.Council} by the ward they affect.", Addresses.Wards, "wards", home));
        var boroughWideItems = NewestFirst(boroughWide).Select(d => Views.Paper(d, site)).ToList();
        yield return (Addresses.BoroughWide + "index.html", Page("borough-wide", new BoroughWidePage(view, boroughWideItems),
            "Borough-wide papers", $"Committee papers of {view.Council} that affect every ward.", Addresses.BoroughWide, "wards", home, wardsCrumb));
        // A ward page shows only the latest borough-wide papers: a large archive has thousands, the same on every ward's page.
        var latestBoroughWide = boroughWideItems.Take(LatestBoroughWide).ToList();
        foreach (var ward in wardSummaries)
        {
            var papers = NewestFirst(listed.Where(d => d.Report!.Wards.Contains(ward.Id))).Select(d => Views.Paper(d, site)).ToList();
            yield return (Addresses.Ward(ward.Id) + "index.html", Page("ward", new WardPage(view, ward, papers, latestBoroughWide, boroughWideItems.Count, boroughWideUrl),
                $"Papers affecting {ward.Name}", $"Committee papers that name the {ward.Name} ward, and borough-wide papers.",
                Addresses.Ward(ward.Id), "wards", home, wardsCrumb));
        }

        // Search: the page is the same for every query; search.js reads the query from the address.
        var facets = Search.SearchIndexWriter.FacetsOf(Search.SearchIndexWriter.Documents(listed, context.Options.IncludeDrafts), site);
        yield return (Search.SearchIndexWriter.Folder + "index.html", Page("search",
            new SearchPage(view, root + "assets/search.js", root + Search.SearchIndexWriter.Folder, root + Addresses.Boards, root + Addresses.Quarters, root + Addresses.Wards,
                facets.Board, facets.Year, facets.Quarter, facets.Ward, facets.Type),
            "Search papers", $"Search the committee papers of {view.Council}.", Search.SearchIndexWriter.Folder, "", home));

        var notFound = templates.Render("not-found", new NotFoundView(view));
        yield return ("404.html", templates.Render("layout", new PageView(view, "Page not found", "The page you asked for is not here.", view.BaseUrl + "404.html", notFound, false, "", [home])));
    }

    /// <summary>How many borough-wide papers a ward's page lists before linking to them all.</summary>
    public const int LatestBoroughWide = 10;

    private static IEnumerable<ReportDocument> NewestFirst(IEnumerable<ReportDocument> documents) => documents
        .OrderByDescending(d => d.Report!.Date)
        .ThenBy(d => d.Report!.BoardId, StringComparer.Ordinal)
        .ThenBy(d => d.Report!.Item ?? int.MaxValue)
        .ThenBy(d => d.Report!.Title, StringComparer.Ordinal);
}
