using System.Collections.Immutable;

namespace Committee.Model;

/// <summary>A ward of the council, as listed in <c>site-src/site.yml</c>.</summary>
public sealed record Ward(string Id, string Name);

/// <summary>The site settings from <c>site-src/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Council,
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    int FinancialYearStartMonth,
    ImmutableArray<Ward> Wards,
    string Colour = "#1d70b8",
    int AttachmentLimitMb = 20)
{
    /// <summary>The largest attachment a paper may publish, in bytes (<c>attachment_limit_mb</c>).</summary>
    public long AttachmentLimitBytes => AttachmentLimitMb * 1024L * 1024L;

    public static SiteSettings Default { get; } = new("Council", "Committee papers", "", "https://example.org/", "en-GB", 4, []);
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
