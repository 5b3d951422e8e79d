using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// After <see cref="RenderPages"/>, when it let go of many bodies, has the collector take them back at once, so the
/// search index and the listing files that come next reuse their memory. Without it the bodies sit among the reports'
/// other data in the oldest generation until a full collection happens to come, and the index and listings take fresh
/// memory instead: at 100,000 reports (0.6 GB of bodies) the build peaked at 3.0-3.1 GB instead of 2.4-2.5 GB. Its
/// time moved within the noise (23.5-27.2 s against 24.1-27.6 s in the same hour; the collection itself takes about
/// 0.55 s). Touching fresh memory is dear on this project's virtual machine (1-1.5 s a gigabyte beyond the first few),
/// and costs something anywhere.
/// </summary>
/// <remarks>
/// A full collection costs time in proportion to what is still live, so it is made only when the bodies freed are
/// many: not in a rebuild, which renders a few pages, nor in a small archive, whose first generation alone is larger
/// than its bodies (at 10,000 reports they are about 60 MB).
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
