using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// Renders every file made from many reports: listing pages, feeds, calendars, open data and the sitemap
/// (<see cref="ListingFile"/>), each handed to the site's outputs as it is made. It needs the pages rendered (a report whose page failed is listed
/// nowhere) but not the search index, so it runs beside <see cref="Search.IndexForSearch"/> (<see cref="SideBySide"/>).
/// </summary>
public sealed class RenderListings : IArchiveStage
{
    public string Name => "Render listing files";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        if (context.Products.Outputs is not { } outputs) return documents;
        var listings = ListingFiles([.. documents.Where(d => d.HasPage)], context);
        if (context.Products.Later is { } later)
        {
            // The preview makes its pages now, and its feeds, calendars, open data, sitemap and agenda packs when first
            // asked for: no page shows them, and they are made from every paper at each save.
            var data = listings.Where(f => f.OnDemand || !f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
            var paths = data.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            later(paths.Contains, into => Parallel.ForEach(data, file => file.AddTo(into)));
            listings = [.. listings.Where(f => !paths.Contains(f.Path))];
        }
        Parallel.ForEach(listings, file => file.AddTo(outputs));
        return documents;
    }

    /// <summary>
    /// Every file made from many reports, described but not yet rendered: listing pages, feeds, calendars,
    /// open data and the sitemap. Not the report pages, the assets or the search index.
    /// </summary>
    private static List<ListingFile> ListingFiles(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var listed = new ListedReports(published);
        var pages = SitePages.Files(listed, context);
        return
        [
            .. pages,
            .. Feeds.Files(listed, context),
            .. Calendars.Files(listed, context),
            .. OpenData.Files(listed, context),
            .. IndicatorData.Files(listed, context),
            // A build makes the agenda packs with the pages (Listings.MeetingPacks); the sitemap lists them all the same.
            .. Sitemap.Files(listed, [.. pages.Select(p => p.Path), .. context.Products.Packs is null ? [] : Listings.PackPages.Paths(listed)], context),
            .. Meetings.AliasPages.Files(published, context),
            .. Meetings.DecisionData.Files(context),
        ];
    }
}
