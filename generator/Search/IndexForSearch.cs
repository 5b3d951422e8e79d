using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Search;

/// <summary>
/// Makes the search index from the papers this build publishes and hands its files to the site's outputs. The papers'
/// files and the shards are made as they are handed over, so they are never all in memory at once. A file is created
/// in a folder under that folder's lock, so two threads making files in one folder wait on each other: the papers'
/// files are a thousand to a folder (<see cref="SearchIndexWriter.DocumentPath"/>), and two threads hand them over,
/// each whole folders of its own (docs/performance.md). The other cores meanwhile render the listing files
/// (<see cref="SideBySide"/>).
/// </summary>
public sealed class IndexForSearch : IArchiveStage
{
    public string Name => "Index for search";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        if (context.Templates is null || context.Products.Outputs is not { } outputs) return documents;
        ImmutableArray<ReportDocument> published = [.. documents.Where(d => d.HasPage)];
        // The search page itself (search/index.html) is a listing page, made with the others.
        if (context.Products.Later is { } later) later(p => p.StartsWith(SearchIndexWriter.Folder, StringComparison.Ordinal) && !p.EndsWith(".html", StringComparison.Ordinal), into => Write(published, context, into));
        else Write(published, context, outputs);
        return documents;
    }

    private static void Write(ImmutableArray<ReportDocument> published, PipelineContext context, ISiteOutputs outputs)
    {
        var index = SearchIndexFiles.Of(published, context);
        var work = new List<Action>
        {
            // The shards share a folder: one thread, first, as the longest job.
            () =>
            {
                for (var i = 0; i < index.Shards.Count; i++)
                {
                    var (path, utf8) = index.Shards.File(i);
                    outputs.Add(path, utf8);
                }
            },
            () =>
            {
                foreach (var (path, utf8) in index.Files) outputs.Add(path, utf8);
            },
        };
        for (var first = 0; first < index.Papers.Count; first += SearchIndexWriter.DocumentsPerFolder)
        {
            var (from, to) = (first, Math.Min(index.Papers.Count, first + SearchIndexWriter.DocumentsPerFolder));
            work.Add(() =>
            {
                for (var doc = from; doc < to; doc++)
                {
                    var (path, utf8) = SearchIndexWriter.DocumentFile(doc, index.Papers[doc]);
                    outputs.Add(path, utf8);
                }
            });
        }
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 2 }, hand => hand());
    }
}
