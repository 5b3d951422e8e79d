using System.Collections.Immutable;
using Committee.Pipeline;
using Committee.Search;

namespace Committee.Write;

/// <summary>
/// Writes the search index's files as <see cref="Search.IndexForSearch"/> made them. A file is created in a folder
/// under that folder's lock, so two threads making files in one folder wait on each other: the papers' files are a
/// thousand to a folder (<see cref="Search.SearchIndexWriter.DocumentPath"/>), and two threads write, each whole
/// folders of its own (docs/performance.md has the figures). The other cores meanwhile render the listing files
/// (<see cref="AtOnce"/>).
/// </summary>
public sealed class WriteSearchIndex : IArchiveStage
{
    public string Name => "Write the search index";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var site = context.Products.OpenedSite(context);
        var index = context.Products.SearchIndex ??= SearchIndexFiles.Of([.. documents.Where(d => d.HasPage)], context);
        var work = new List<Action>();
        // The shards are made as they are written, on one thread (they share a folder), first: the longest job.
        var shards = index.Shards;
        {
            work.Add(() =>
            {
                for (var i = 0; i < shards.Count; i++)
                {
                    var (path, utf8) = shards.File(i);
                    site.Write(path, utf8);
                }
            });
        }
        work.AddRange(index.Files
            .GroupBy(file => Path.GetDirectoryName(file.Path), StringComparer.Ordinal)
            .Select(folder => (Action)(() =>
            {
                foreach (var (path, utf8) in folder) site.Write(path, utf8);
            })));
        // The papers' files are made as they are written, a folder's worth at a time.
        var papers = index.Papers;
        {
            for (var first = 0; first < papers.Count; first += SearchIndexWriter.DocumentsPerFolder)
            {
                var (from, to) = (first, Math.Min(papers.Count, first + SearchIndexWriter.DocumentsPerFolder));
                work.Add(() =>
                {
                    for (var doc = from; doc < to; doc++)
                    {
                        var (path, utf8) = SearchIndexWriter.DocumentFile(doc, papers[doc]);
                        site.Write(path, utf8);
                    }
                });
            }
        }
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 2 }, write => write());
        return documents;
    }
}
