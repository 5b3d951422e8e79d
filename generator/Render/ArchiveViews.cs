namespace Committee.Render;

// The listing pages' models. As with PageModels, no member is null: absent text is "".

/// <summary>
/// A paper in a list: enough to find and open it. <paramref name="Item"/> is its agenda item as printed ("7a") or "";
/// <paramref name="Status"/> is "withdrawn" or "deferred" for a paper not taken at its meeting, else "";
/// <paramref name="Supplementary"/> marks a late paper.
/// </summary>
public sealed record ReportItem(
    string Title, string Url, string BoardId, string BoardName, string MeetingDate, string MeetingDateIso,
    string Quarter, string Summary, string Item, bool IsDraft, bool IsExempt, string Status = "", bool Supplementary = false);

/// <summary>A link with a label, for breadcrumbs and previous/next navigation; an empty Url means "none".</summary>
public sealed record NavLink(string Title, string Url);

/// <summary>A meeting: a board on a date, with its papers in agenda order.</summary>
public sealed record MeetingItem(string BoardId, string BoardName, string Date, string DateIso, string Url, IReadOnlyList<ReportItem> Papers);

public sealed record QuarterMeetings(string Label, string Title, string Url, IReadOnlyList<MeetingItem> Meetings);

public sealed record YearMeetings(string Year, IReadOnlyList<QuarterMeetings> Quarters);

public sealed record BoardSummary(string Id, string Name, string ShortName, string Description, string Url, int PaperCount, string LatestMeeting, string LatestMeetingIso);

public sealed record QuarterSummary(string Label, string Title, string Url, int PaperCount);

public sealed record YearQuarters(string Year, IReadOnlyList<QuarterSummary> Quarters);

public sealed record BoardReports(string BoardId, string BoardName, string BoardUrl, IReadOnlyList<ReportItem> Papers);

public sealed record WardSummary(string Id, string Name, string Url, int PaperCount);

public sealed record HomePage(SiteView Site, IReadOnlyList<ReportItem> Latest, IReadOnlyList<BoardSummary> Boards, IReadOnlyList<QuarterSummary> RecentQuarters,
    IReadOnlyList<MeetingSummary> Forthcoming, string MeetingsUrl);

/// <summary>A meeting in a list of meetings; <paramref name="Time"/> and <paramref name="Venue"/> are "" without a meeting file.</summary>
public sealed record MeetingSummary(string BoardName, string BoardUrl, string Date, string DateIso, string Time, string Venue, string Url, string Status, bool IsCancelled);

/// <summary>The meetings of one month, for the meetings page.</summary>
public sealed record MonthMeetings(string Month, IReadOnlyList<MeetingSummary> Meetings);

/// <summary>The council's meetings page (<c>meetings.liquid</c>): the forthcoming meetings and the last year's, by month.</summary>
public sealed record MeetingsPage(SiteView Site, IReadOnlyList<MonthMeetings> Forthcoming, IReadOnlyList<MonthMeetings> Recent, string BoardsUrl);

public sealed record BoardsPage(SiteView Site, IReadOnlyList<BoardSummary> Boards);

/// <summary>A board's page, or one financial year of it (<c>board.liquid</c>); <paramref name="OtherYears"/> links the board's other years' pages when its listing is split by year.</summary>
public sealed record BoardPage(SiteView Site, BoardSummary Board, string FeedUrl, string CalendarUrl, IReadOnlyList<YearMeetings> Years, IReadOnlyList<NavLink> OtherYears,
    IReadOnlyList<MeetingSummary> Forthcoming);

/// <summary>
/// A meeting's page (<c>meeting.liquid</c>): its details and, from its meeting file, its agenda, Part 2 and minutes;
/// <paramref name="Papers"/> are its papers not on the agenda (all of them when it has none).
/// </summary>
public sealed record MeetingPage(
    SiteView Site, MeetingItem Meeting, string BoardUrl, NavLink Previous, NavLink Next, MeetingDetails Details,
    IReadOnlyList<AgendaEntry> Agenda, IReadOnlyList<AgendaEntry> Part2, IReadOnlyList<MinuteEntry> Minutes, IReadOnlyList<ReportItem> Papers);

/// <summary>
/// A meeting's details from its file; "" where not given. <paramref name="Status"/> is scheduled, held, cancelled or
/// postponed; <paramref name="IsCancelled"/> for either of the last two, which the page says prominently.
/// </summary>
public sealed record MeetingDetails(
    string Time, string TimeIso, string Venue, string Status, bool IsCancelled, string Chair, string Webcast,
    string AgendaPublished, string AgendaPublishedIso, bool HasFile);

/// <summary>
/// An agenda item: a standard item's text (<paramref name="Html"/>, rendered from Markdown), or a paper (its title and
/// address, or "" when it has no page in this build). An exempt paper shows its title and exemption paragraph only.
/// </summary>
public sealed record AgendaEntry(
    string Number, string Html, bool IsPaper, string Title, string Url, string Summary, bool IsDraft, bool IsExempt, int ExemptParagraph,
    string Status = "", bool Supplementary = false);

/// <summary>The minute of one item: its heading and decision (rendered from Markdown).</summary>
public sealed record MinuteEntry(string Heading, string Html);

public sealed record QuartersPage(SiteView Site, IReadOnlyList<YearQuarters> Years);

public sealed record QuarterPage(SiteView Site, QuarterSummary Quarter, IReadOnlyList<BoardReports> Boards, NavLink Previous, NavLink Next)
{
    /// <summary>Every indicator reported for the quarter, with its figures and status; empty when none was.</summary>
    public IReadOnlyList<IndicatorRowView> Indicators { get; init; } = [];

    public IndicatorCounts IndicatorCounts { get; init; } = IndicatorCounts.None;
}

public sealed record WardsPage(SiteView Site, IReadOnlyList<WardSummary> Wards, int BoroughWideCount, string BoroughWideUrl);

/// <summary>
/// A ward's page: the papers naming it, and the latest borough-wide papers with a link to them all. When its listing is
/// split by year, <paramref name="Year"/> is the financial year listed ("" otherwise) and <paramref name="OtherYears"/>
/// links the other years' pages, which do not show the borough-wide papers (<paramref name="ShowsBoroughWide"/>).
/// </summary>
public sealed record WardPage(
    SiteView Site, WardSummary Ward, IReadOnlyList<ReportItem> Papers, IReadOnlyList<ReportItem> BoroughWide, int BoroughWideCount, string BoroughWideUrl,
    string Year, IReadOnlyList<NavLink> OtherYears, bool ShowsBoroughWide);

/// <summary>Every borough-wide paper, newest first (<c>borough-wide.liquid</c>), or one financial year's when there are many (see <see cref="WardPage"/>).</summary>
public sealed record BoroughWidePage(SiteView Site, IReadOnlyList<ReportItem> Papers, string Year, IReadOnlyList<NavLink> OtherYears);
