using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// Before the pages are rendered, counts each meeting's papers, so that <see cref="RenderPages"/> can make a meeting's
/// agenda pack as soon as its last paper's page is made (<see cref="Listings.MeetingPacks"/>).
/// </summary>
public sealed class PlanPacks : IArchiveStage
{
    public string Name => "Count each meeting's papers for its agenda pack";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        context.Products.Packs = Listings.MeetingPacks.For(documents, context);
        return documents;
    }
}
