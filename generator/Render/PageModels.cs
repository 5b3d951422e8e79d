namespace Committee.Render;

// What the Liquid templates see. Members reach templates in snake_case (MeetingDate → meeting_date).
// No member is null: strict variables treat null as undefined, so an absent value is "" (test with != "").

/// <summary>The site-wide values every page shows.</summary>
public sealed record SiteView(string Council, string Title, string Description, string BaseUrl, string Root, string Language, string Colour, string FeedUrl);

/// <summary>
/// The page frame (<c>layout.liquid</c>): head, header, footer and the page's own content.
/// <paramref name="Area"/> is the navigation item to mark current: boards, quarters, wards or "".
/// </summary>
public sealed record PageView(
    SiteView Site, string Title, string Description, string CanonicalUrl, PageContent Content, bool IsDraft,
    string Area, IReadOnlyList<NavLink> Breadcrumbs);

public sealed record WardView(string Id, string Name);

/// <summary>An entry in a report's contents list.</summary>
public sealed record ContentsEntry(string Id, string Title);

/// <summary>A report's page (<c>report.liquid</c>), or an exempt report's notice (<c>exempt.liquid</c>).</summary>
public sealed record ReportView(
    SiteView Site,
    string Title,
    string BoardId,
    string BoardName,
    string MeetingDate,
    string MeetingDateIso,
    string Officer,
    string Portfolio,
    string Contact,
    string Summary,
    bool AllWards,
    IReadOnlyList<WardView> Wards,
    string Period,
    string TypeName,
    IReadOnlyList<ContentsEntry> Contents,
    string Body,
    bool IsDraft,
    int ExemptParagraph,
    string Quarter,
    string QuarterUrl,
    string MeetingUrl,
    string BoardUrl,
    string LastChanged,
    string LastChangedIso,
    NavLink Previous,
    NavLink Next,
    IReadOnlyList<AttachmentView> Attachments)
{
    /// <summary>The paper's indicators by status, for the line above its body; none when it has no indicator table.</summary>
    public IndicatorCounts Indicators { get; init; } = IndicatorCounts.None;
}

/// <summary>The page for an address that does not exist (<c>not-found.liquid</c>).</summary>
public sealed record NotFoundView(SiteView Site);

/// <summary>The search page (<c>search.liquid</c>): the filters' values and where to browse without JavaScript.</summary>
public sealed record SearchPage(
    SiteView Site, string ScriptUrl, string IndexUrl, string BoardsUrl, string QuartersUrl, string WardsUrl,
    IReadOnlyList<Search.FacetValue> Boards, IReadOnlyList<Search.FacetValue> Years, IReadOnlyList<Search.FacetValue> Quarters,
    IReadOnlyList<Search.FacetValue> Wards, IReadOnlyList<Search.FacetValue> Types);

public static class PageModels
{
    public static readonly Type[] Types =
    [
        typeof(SiteView), typeof(PageView), typeof(WardView), typeof(ContentsEntry), typeof(ReportView), typeof(AttachmentView), typeof(NotFoundView),
        typeof(ReportItem), typeof(NavLink), typeof(MeetingItem), typeof(QuarterMeetings), typeof(YearMeetings),
        typeof(BoardSummary), typeof(QuarterSummary), typeof(YearQuarters), typeof(BoardReports), typeof(WardSummary),
        typeof(HomePage), typeof(BoardsPage), typeof(BoardPage), typeof(MeetingPage), typeof(QuartersPage),
        typeof(QuarterPage), typeof(WardsPage), typeof(WardPage), typeof(BoroughWidePage), typeof(SearchPage), typeof(Search.FacetValue),
        typeof(MeetingDetails), typeof(AgendaEntry), typeof(MinuteEntry), typeof(MeetingSummary), typeof(MonthMeetings), typeof(MeetingsPage),
        typeof(RagView), typeof(DirectionView), typeof(IndicatorRowView), typeof(IndicatorCounts), typeof(BoardIndicators), typeof(IndicatorsPage), typeof(IndicatorPage),
    ];
}
