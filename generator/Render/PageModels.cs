namespace Committee.Render;

// What the Liquid templates see. Members reach templates in snake_case (MeetingDate → meeting_date).
// No member is null: strict variables treat null as undefined, so an absent value is "" (test with != "").

/// <summary>The site-wide values every page shows. <paramref name="ContactUrl"/> is the council's contact page, else a
/// mailto: address, else "" (no contact link).</summary>
public sealed record SiteView(string Council, string Title, string Description, string BaseUrl, string Root, string Language, string Colour, string FeedUrl,
    string ContactUrl = "", string FaviconUrl = "")
{
    /// <summary>The council's own site search (<c>search_fallback_url</c>): where the header's search box sends the
    /// words when no JavaScript runs (the page's script points it at this site's search); none: this site's search page.</summary>
    public Listings.SearchFallback SearchFallback { get; init; } = Listings.SearchFallback.None;
}

/// <summary>
/// The page frame (<c>layout.liquid</c>): head, header, footer and the page's own content.
/// <paramref name="Area"/> is the navigation item to mark current: boards, meetings, quarters, wards or "".
/// <paramref name="RunningHeader"/> is what the printed page's header says beside the council's name ("Agenda item 7").
/// </summary>
public sealed record PageView(
    SiteView Site, string Title, string Description, string CanonicalUrl, PageContent Content, bool IsDraft,
    string Area, IReadOnlyList<NavLink> Breadcrumbs, string RunningHeader = "")
{
    /// <summary>The page's own print style (<see cref="Render.PrintStyle"/>): CSS, escaped, for the layout to write as it is.</summary>
    public string PrintStyle => Render.PrintStyle.Of(Site, CanonicalUrl, RunningHeader);
}

public sealed record WardView(string Id, string Name);

/// <summary>An entry in a report's contents list.</summary>
public sealed record ContentsEntry(string Id, string Title);

/// <summary>
/// A report's page (<c>report.liquid</c>), or an exempt report's notice (<c>exempt.liquid</c>). <paramref name="Status"/> is
/// "withdrawn" or "deferred" (else ""), with the paper's <paramref name="StatusReason"/>; <paramref name="Supplementary"/>
/// marks a late paper.
/// </summary>
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
    string AgendaItem,
    IReadOnlyList<ContentsEntry> Contents,
    PageContent Body,
    bool IsDraft,
    int ExemptParagraph,
    string Quarter,
    string QuarterUrl,
    string MeetingUrl,
    string BoardUrl,
    string Published,
    string PublishedIso,
    string LastChanged,
    string LastChangedIso,
    string HistoryUrl,
    NavLink Previous,
    NavLink Next,
    IReadOnlyList<AttachmentView> Attachments,
    string Status = "",
    string StatusReason = "",
    bool Supplementary = false)
{
    /// <summary>The paper's indicators by status, for the line above its body; none when it has no indicator table.</summary>
    public IndicatorCounts Indicators { get; init; } = IndicatorCounts.None;
}

/// <summary>
/// The page at a paper's old address (<c>redirect.liquid</c>, a whole page, not in the layout): it sends the reader to
/// <paramref name="Href"/> (the paper's address from the site's root, so a preview stays in the preview) at once, and links
/// to it for anyone whose browser does not follow; <paramref name="Url"/>, its full address, is the canonical one.
/// </summary>
public sealed record RedirectPage(SiteView Site, string Title, string Url, string Href);

/// <summary>The page for an address that does not exist (<c>not-found.liquid</c>).</summary>
public sealed record NotFoundView(SiteView Site);

/// <summary>The search page (<c>search.liquid</c>): the filters' values, and where to browse or search without JavaScript.</summary>
public sealed record SearchPage(
    SiteView Site, string ScriptUrl, string IndexUrl, string BoardsUrl, string QuartersUrl, string WardsUrl,
    IReadOnlyList<Search.FacetValue> Boards, IReadOnlyList<Search.FacetValue> Years, IReadOnlyList<Search.FacetValue> Quarters,
    IReadOnlyList<Search.FacetValue> Wards, IReadOnlyList<Search.FacetValue> Types, Listings.SearchFallback Fallback);

/// <summary>
/// The accessibility statement (<c>accessibility.liquid</c>) and the privacy notice (<c>privacy.liquid</c>), from
/// <c>site.yml</c>; "" where a setting is not given. <paramref name="Tested"/> is the date of the last accessibility test.
/// </summary>
public sealed record StatementPage(
    SiteView Site, string ContactEmail, string ContactPhone, string ContactUrl, string Tested, string TestedIso,
    IReadOnlyList<string> Issues, string PrivacyUrl, string AccessibilityUrl, string PrivacyPageUrl);

/// <summary>A public paper in an agenda pack: its id in the pack (<c>paper-&lt;slug&gt;</c>), its own page, its cover and
/// body (<paramref name="Report"/>), and <paramref name="Body"/>, what that body is made from (the memo's key).</summary>
public sealed record PackPaper(string Id, string Url, ReportView Report, Listings.PackBody Body);

/// <summary>
/// A meeting's agenda pack (<c>pack.liquid</c>): the meeting (its details and agenda, as its page has them) and every
/// public paper in agenda order.
/// </summary>
public sealed record PackPage(SiteView Site, MeetingPage Meeting, IReadOnlyList<PackPaper> Papers, string MeetingUrl);

public static class PageModels
{
    public static readonly Type[] Types =
    [
        typeof(SiteView), typeof(PageView), typeof(WardView), typeof(ContentsEntry), typeof(ReportView), typeof(AttachmentView), typeof(NotFoundView),
        typeof(ReportItem), typeof(NavLink), typeof(MeetingItem), typeof(QuarterMeetings), typeof(YearMeetings),
        typeof(BoardSummary), typeof(QuarterSummary), typeof(YearQuarters), typeof(BoardReports), typeof(WardSummary),
        typeof(HomePage), typeof(BoardsPage), typeof(BoardPage), typeof(MeetingPage), typeof(QuartersPage),
        typeof(QuarterPage), typeof(WardsPage), typeof(WardPage), typeof(BoroughWidePage), typeof(SearchPage), typeof(Search.FacetValue),
        typeof(MeetingDetails), typeof(AgendaEntry), typeof(MinuteEntry), typeof(MeetingSummary), typeof(MonthMeetings), typeof(MeetingsPage), typeof(RedirectPage),
        typeof(StatementPage), typeof(PackPaper), typeof(PackPage),
        typeof(Listings.SearchFallback), typeof(Listings.SearchFallbackField),
        typeof(RagView), typeof(DirectionView), typeof(IndicatorRowView), typeof(IndicatorCounts), typeof(BoardIndicators), typeof(IndicatorsPage), typeof(IndicatorPage),
    ];
}
