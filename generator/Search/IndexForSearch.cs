using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Search;

/// <summary>
/// Makes the search index from the papers this build publishes, and leaves its files for
/// <see cref="Write.WriteSearchIndex"/>: its own stage, so a build shows what indexing costs.
/// </summary>
public sealed class IndexForSearch : IArchiveStage
{
    public string Name => "Index for search";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        if (context.Templates is null) return documents;
        context.Products.SearchIndex = SearchIndexFiles.Of([.. documents.Where(d => d.HasPage)], context);
        return documents;
    }
}
