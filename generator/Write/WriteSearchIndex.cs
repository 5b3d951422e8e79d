using System.Collections.Immutable;
using Committee.Pipeline;
using Committee.Search;

namespace Committee.Write;

/// <summary>
/// Writes the search index's files as <see cref="Search.IndexForSearch"/> made them (in place, only those whose text
/// changed). A file is created in a folder under that folder's lock, and making a file on this machine's disk can take
/// long (ext4 without a journal passes over every inode deleted in the last hours before it reuses one): two threads
/// making files in one folder spent their time spinning on its lock (16% of a full build's samples in perf). So the
/// papers' files are a thousand to a folder (<see cref="Search.SearchIndexWriter.DocumentPath"/>), and two threads
/// write, each whole folders of its own. The other cores meanwhile render the listing files (<see cref="AtOnce"/>).
/// </summary>
public sealed class WriteSearchIndex : IArchiveStage
{
    public string Name => "Write the search index";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var site = context.Products.OpenedSite(context);
        var index = WriteSite.SearchIndex([.. documents.Where(d => d.HasPage)], context);
        var work = new List<Action>();
        // A full index's shards are made as they are written, on one thread (they share a folder), first: the longest job.
        if (index.Shards is { } shards)
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
            .GroupBy(file => SiteFolders.Of(file.Path), StringComparer.Ordinal)
            .Select(folder => (Action)(() =>
            {
                foreach (var (path, utf8) in folder) site.Write(path, utf8);
            })));
        // A full index's papers' files are made as they are written, a folder's worth at a time.
        if (index.Papers is { } papers)
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
