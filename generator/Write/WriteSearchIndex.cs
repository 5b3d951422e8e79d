using System.Collections.Immutable;
using Committee.Pipeline;

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
        var site = context.Products.Site ??= SiteWriter.Open(context);
        var folders = WriteSite.SearchIndex([.. documents.Where(d => d.HasPage)], context).Files
            .GroupBy(file => SiteFolders.Of(file.Path), StringComparer.Ordinal)
            .ToList();
        Parallel.ForEach(folders, new ParallelOptions { MaxDegreeOfParallelism = 2 }, folder =>
        {
            foreach (var (path, utf8) in folder) site.Write(path, utf8);
        });
        return documents;
    }
}
