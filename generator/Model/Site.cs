using System.Collections.Immutable;

namespace Committee.Model;

/// <summary>A ward of the council, as listed in <c>site-src/site.yml</c>.</summary>
public sealed record Ward(string Id, string Name);

/// <summary>The site settings from <c>site-src/site.yml</c>.</summary>
/// <param name="Favicon">The favicon's address from the site's root: the council's own (<c>site-src/assets/favicon.svg</c>,
/// <c>.png</c> or <c>.ico</c>), else one made from <paramref name="Colour"/>.</param>
/// <param name="SearchFallbackUrl">The council's own site search, <c>{query}</c> standing for the words
/// (<c>search_fallback_url</c>): offered on the search page where JavaScript does not run.</param>
public sealed record SiteSettings(
    string Council,
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    int FinancialYearStartMonth,
    ImmutableArray<Ward> Wards,
    string Colour = "#1d70b8",
    int AttachmentLimitMb = 20,
    PublicInformation? Public = null,
    string Favicon = "favicon.svg",
    string? SearchFallbackUrl = null)
{
    /// <summary>The contact details, accessibility and privacy settings and source repository; all optional.</summary>
    public PublicInformation Information => Public ?? PublicInformation.None;

    /// <summary>The largest attachment a paper may publish, in bytes (<c>attachment_limit_mb</c>).</summary>
    public long AttachmentLimitBytes => AttachmentLimitMb * 1024L * 1024L;

    public static SiteSettings Default { get; } = new("Council", "Committee papers", "", "https://example.org/", "en-GB", 4, []);
}

/// <summary>
/// What a public-sector site must tell its readers (<c>site.yml</c>: <c>contact</c>, <c>accessibility</c>,
/// <c>privacy_url</c>, <c>repository_url</c>): how to reach the council, when the site was last tested for
/// accessibility and what is known not to meet WCAG 2.2 AA, and where each paper's history can be read.
/// </summary>
public sealed record PublicInformation(
    string ContactEmail,
    string ContactPhone,
    string ContactUrl,
    DateOnly? AccessibilityTested,
    ImmutableArray<string> AccessibilityIssues,
    string PrivacyUrl,
    string RepositoryUrl,
    string HistoryUrl)
{
    public static PublicInformation None { get; } = new("", "", "", null, [], "", "", "");

    /// <summary>The address of a file's history on the forge (<c>history_url</c>, its <c>{path}</c> filled in), or "".</summary>
    public string History(string path) => HistoryUrl.Length == 0 ? "" : HistoryUrl.Replace("{path}", path, StringComparison.Ordinal);
}

/// <summary>A board or committee that receives reports (<c>content/boards/&lt;id&gt;.yml</c>).</summary>
public sealed record Board(string Id, string Name, string ShortName, string TypeId, string Description, string SourceFile);

/// <summary>
/// Everything a report is checked and rendered against: the settings, the boards and the report types.
/// Read once at start-up; immutable afterwards, so stages may share it across threads.
/// </summary>
public sealed record Site(
    SiteSettings Settings,
    ImmutableDictionary<string, Board> Boards,
    ImmutableDictionary<string, ReportType> Types,
    string ContentDirectory,
    string SiteDirectory)
{
    public Ward? FindWard(string id) => Settings.Wards.FirstOrDefault(w => w.Id == id);

    /// <summary>The performance indicators papers report (<c>content/indicators/</c>); empty when there are none.</summary>
    public Indicators.IndicatorCatalogue Indicators { get; init; } = Committee.Indicators.IndicatorCatalogue.Empty;
}
