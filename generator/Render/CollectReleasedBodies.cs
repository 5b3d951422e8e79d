using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// After <see cref="RenderPages"/>, when it let go of many bodies, has the collector take them back at once, so the
/// search index and the listing files that come next reuse their memory. Without it the bodies sit among the reports'
/// other data in the oldest generation until a full collection happens to come, and the index and listings take fresh
/// memory instead, and a large build peaks markedly higher; the build's time is the same within the noise. Touching
/// fresh memory costs something on any machine, and much on a virtual one (figures: docs/performance.md, 'Released
/// bodies are collected at once').
/// </summary>
/// <remarks>
/// A full collection costs time in proportion to what is still live, so it is made only when the bodies freed are
/// many: not in a small archive, or a preview of a few papers, whose first generation alone is larger than its bodies.
/// </remarks>
public sealed class CollectReleasedBodies : IArchiveStage
{
    /// <summary>Fewer bytes of bodies than this are left to the collector's own pace.</summary>
    public const long Threshold = 256L * 1024 * 1024;

    public string Name => "Collect the rendered bodies";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        if (ShouldCollect(context.Products.ReleasedBodies))
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        return documents;
    }

    public static bool ShouldCollect(long released) => released >= Threshold;
}
