using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// Writes the search index's files as <see cref="Search.IndexForSearch"/> made them (in place, only those whose text
/// changed). On one thread: most of the index's 10,000 files are in one folder, and a file is created in a folder
/// under that folder's lock. With two threads creating files there, one spent its time spinning on the lock (16% of a
/// full build's samples in perf), as making a file on this machine's disk can take long (ext4 without a journal
/// passes over every inode deleted in the last hours before it reuses one). The cores meanwhile render the listing
/// files (<see cref="AtOnce"/>).
/// </summary>
public sealed class WriteSearchIndex : IArchiveStage
{
    public string Name => "Write the search index";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var site = context.Products.Site ??= SiteWriter.Open(context);
        foreach (var (path, utf8) in WriteSite.SearchIndex([.. documents.Where(d => d.HasPage)], context).Files) site.Write(path, utf8);
        return documents;
    }
}
