namespace Committee.Pipeline;

/// <summary>
/// Where the stages that make the site's files hand them over, each as soon as it is made: the report pages, the
/// listing files and the search index. Those stages never touch the disk or an earlier site themselves; the write
/// stages decide where the files go (<see cref="Write.SiteWriter"/>: a fresh folder, swapped in at the end).
/// </summary>
public interface ISiteOutputs
{
    /// <summary>Takes one file of the site (path relative to it, forward slashes); the bytes may be reused once this returns.</summary>
    void Add(string path, ReadOnlySpan<byte> bytes);

    /// <summary>How many files were handed over so far.</summary>
    int Count { get; }
}
