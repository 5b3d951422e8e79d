using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// Opens the site's outputs before the pages are rendered, so that <see cref="Render.RenderPages"/> hands over each
/// page as it makes it: the output folder (<see cref="SiteWriter.Open"/>, which refuses one that must not be replaced
/// before anything is rendered or written), or the outputs the caller asked for (the preview's, in memory).
/// </summary>
public sealed class OpenSite : IArchiveStage
{
    public string Name => "Open the site";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var site = context.Products.Open?.Invoke() ?? SiteWriter.Open(context);
        (context.Products.Outputs, context.Products.Discard) = (site, site.Discard);
        return documents;
    }
}
