using Committee.Model;
using Committee.Pipeline;
using Committee.Validate;

namespace Committee.Render.Listings;

/// <summary>
/// What the families of listing pages share (<see cref="SitePages"/>): the templates, the site's words and view, the
/// listed reports, the breadcrumbs, and the list of files being described. Each page is described as a
/// <see cref="ListingFile"/> whose model is built only when the page is rendered.
/// </summary>
internal sealed class ListingPages
{
    public ListedReports Listed { get; }
    public PipelineContext Context { get; }
    public Site Site => Context.Site;
    public Words Words => Context.Words;
    public SiteView View { get; }
    public string Root => View.Root;
    public int StartMonth => Site.Settings.FinancialYearStartMonth;
    public List<ListingFile> Files { get; } = [];

    public NavLink Home { get; }
    public NavLink BoardsCrumb { get; }
    public NavLink QuartersCrumb { get; }
    public NavLink WardsCrumb { get; }
    public NavLink MeetingsCrumb { get; }

    /// <summary>The quarters with papers, newest first.</summary>
    public List<FinancialPeriod> Quarters { get; }

    /// <summary>Each board's summary (its count and latest meeting), made once by whichever page needs it first.</summary>
    public Lazy<List<BoardSummary>> BoardSummaries { get; }

    /// <param name="meetingFiles">The meeting files by board and date, when the caller has them already (a build makes
    /// a pack's listing for each meeting: <see cref="MeetingPacks"/>); else made from the context.</param>
    public ListingPages(ListedReports listed, PipelineContext context, Dictionary<(string Board, DateOnly Date), Meetings.Meeting>? meetingFiles = null)
    {
        (Listed, Context) = (listed, context);
        View = Views.Site(context.Site.Settings);
        Home = new NavLink(Words["home"], Root);
        BoardsCrumb = new NavLink(Words["boards_crumb"], Root + Addresses.Boards);
        QuartersCrumb = new NavLink(Words["quarters_crumb"], Root + Addresses.Quarters);
        WardsCrumb = new NavLink(Words["wards_crumb"], Root + Addresses.Wards);
        MeetingsCrumb = new NavLink(Words["meetings_crumb"], Root + Addresses.Meetings);
        MeetingFiles = meetingFiles ?? MeetingFilesOf(context);
        AllMeetings = new(() => [.. listed.ByMeeting.Keys.Concat(MeetingFiles.Keys).Distinct()
            .OrderBy(m => m.Date).ThenBy(m => Site.Boards[m.Board].Name, StringComparer.Ordinal)]);
        Quarters = [.. listed.ByQuarter.Keys.OrderByDescending(q => q.StartYear).ThenByDescending(q => q.Quarter)];
        BoardSummaries = new(() => [.. Site.Boards.Values
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b =>
            {
                var papers = ListedReports.Of(listed.ByBoard, b.Id).Reports;
                var latest = papers.Count == 0 ? (DateOnly?)null : papers.Max(d => d.Report!.Date!.Value);
                return new BoardSummary(b.Id, b.Name, b.ShortName, b.Description, Root + Addresses.Board(b.Id), papers.Count, Views.LongDate(latest), Views.Iso(latest));
            })]);
    }

    /// <summary>Describes a page: its address (a folder, ending in '/'), template, model, title, description, area and breadcrumbs.</summary>
    public void Page(string path, string template, Func<object> model, string title, string description, string area, params NavLink[] breadcrumbs) =>
        _ = PrintedPage(path, template, model, title, description, area, "", breadcrumbs);

    /// <summary>A page as <see cref="Page"/> describes it, whose printed pages say <paramref name="runningHeader"/> at the top.</summary>
    public ListingFile PrintedPage(string path, string template, Func<object> model, string title, string description, string area, string runningHeader, params NavLink[] breadcrumbs)
    {
        var (templates, memo, file) = (Context.Templates!, Context.Memo, path + "index.html");
        var made = new Lazy<object>(model);
        var frame = new PageView(View, title, description, View.BaseUrl + path,
            PageContent.Written(body => templates.Render(template, made.Value, body)), false, area, breadcrumbs, runningHeader);
        var listing = new ListingFile(file, writer => templates.Render("layout", frame, writer))
        {
            Memo = memo,
            Key = memo is null ? null : () => memo.KeyOf(file, ("layout", frame), (template, made.Value)),
        };
        Files.Add(listing);
        return listing;
    }

    /// <summary>
    /// The pages of one listing: a single page, or, with more papers than <see cref="SitePages.SplitByYearAbove"/>, one
    /// page per financial year, the latest at the listing's own address (<see cref="YearSplit"/>).
    /// </summary>
    /// <param name="page">Describes one page: its address, its year (null when not split), its papers, the links to the other years.</param>
    public void ByYear(ListedReports.Group papers, string path, Action<string, int?, IReadOnlyList<ReportDocument>, List<NavLink>> page)
    {
        if (papers.Reports.Count <= SitePages.SplitByYearAbove)
        {
            page(path, null, papers.Reports, []);
            return;
        }
        var split = new YearSplit(papers, StartMonth, Root + path);
        foreach (var year in split.Years)
        {
            page(year == split.Latest ? path : path + YearSplit.Folder(year), year, split.Of(year).Reports, split.LinksBesides(year));
        }
    }


    /// <summary>A paper as the listings show it: one item a paper, shared by every listing that shows it, so the
    /// preview's memo writes it out once for all their keys (<see cref="Incremental.ViewModelJson.ItemOnceConverter"/>).</summary>
    public ReportItem Item(ReportDocument document) => items.GetOrAdd(document, d => Views.Paper(d, Site, Root));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ReportDocument, ReportItem> items = new(ReferenceEqualityComparer.Instance);

    public List<ReportItem> Items(IEnumerable<ReportDocument> documents) => [.. documents.Select(Item)];

    public QuarterSummary Quarter(FinancialPeriod q) =>
        new(q.ToString(), Addresses.QuarterTitle(q, StartMonth), Root + Addresses.Quarter(q), Listed.ByQuarter[q].Reports.Count);

    public MeetingItem Meeting(string boardId, DateOnly date) => new(
        boardId,
        Site.Boards[boardId].Name,
        Views.LongDate(date),
        Addresses.Iso(date),
        Root + Addresses.Meeting(boardId, date),
        Items(AgendaOrder.Sort(ListedReports.Of(Listed.ByMeeting, (boardId, date)).Reports)));

    /// <summary>The meeting files, by board and date.</summary>
    public Dictionary<(string Board, DateOnly Date), Meetings.Meeting> MeetingFiles { get; }

    public static Dictionary<(string Board, DateOnly Date), Meetings.Meeting> MeetingFilesOf(PipelineContext context) =>
        context.Meetings.ToDictionary(m => (m.BoardId, m.Date));

    /// <summary>Every meeting (of a paper or a meeting file), oldest first, then by board name.</summary>
    public Lazy<List<(string Board, DateOnly Date)>> AllMeetings { get; }

    /// <summary>The meetings on or after the build date, soonest first: of one board, or of all; at most <paramref name="take"/>.</summary>
    public List<MeetingSummary> Forthcoming(string? boardId, int take) => [.. AllMeetings.Value
        .Where(m => m.Date >= Context.Options.BuildDate && (boardId is null || m.Board == boardId))
        .Take(take)
        .Select(m => Summary(m.Board, m.Date))];

    /// <summary>A meeting in a list of meetings: board, date, time, venue and whether it is cancelled or postponed.</summary>
    public MeetingSummary Summary(string boardId, DateOnly date)
    {
        var file = MeetingFiles.GetValueOrDefault((boardId, date));
        return new MeetingSummary(
            Site.Boards[boardId].Name, Root + Addresses.Board(boardId), Views.LongDate(date), Views.Iso(date),
            file?.Time is { } t ? MeetingView.Time(t) : "", file?.Venue ?? "", Root + Addresses.Meeting(boardId, date),
            file?.Status.ToString().ToLowerInvariant() ?? "scheduled", file?.IsCancelled ?? false);
    }

    public static IEnumerable<ReportDocument> NewestFirst(IEnumerable<ReportDocument> documents) => documents
        .OrderByDescending(d => d.Report!.Date)
        .ThenBy(d => d.Report!.BoardId, StringComparer.Ordinal)
        .ThenBy(d => d.Report!.Item ?? ItemNumber.Last)
        .ThenBy(d => d.Report!.Title, StringComparer.Ordinal);
}
