using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// Opens the output folder for writing before the pages are rendered (<see cref="SiteWriter.Open"/>), so that
/// <see cref="Render.RenderPages"/> writes each page as it makes it. It refuses an output folder that must not be
/// replaced before anything is rendered or written.
/// </summary>
public sealed class OpenSite : IArchiveStage
{
    public string Name => "Open the site";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var site = SiteWriter.Open(context);
        (context.Products.Outputs, context.Products.Discard) = (site, site.Discard);
        return documents;
    }
}
