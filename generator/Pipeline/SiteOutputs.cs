namespace Committee.Pipeline;

/// <summary>
/// Where the stages that make the site's files hand them over, each as soon as it is made: the report pages, the
/// listing files, the search index and the assets. Those stages never touch the disk or an earlier site themselves;
/// the outputs decide where the files go: <see cref="Write.SiteWriter"/> writes a fresh folder and swaps it in at the
/// end; the preview (<see cref="Serve.PreviewSite"/>) keeps them in memory.
/// </summary>
public interface ISiteOutputs
{
    /// <summary>Takes one file of the site (path relative to it, forward slashes); the bytes may be reused once this returns.</summary>
    void Add(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Takes one file whose bytes are never changed after: outputs that keep files in memory keep this array
    /// rather than a copy (the preview's memo shares it between builds).</summary>
    void Add(string path, byte[] bytes) => Add(path, (ReadOnlySpan<byte>)bytes);

    /// <summary>How many files were handed over so far.</summary>
    int Count { get; }

    /// <summary>Every file is in: the site goes out whole, in place of the old one.</summary>
    void Publish();

    /// <summary>The build stopped part-way: what was handed over goes, and the old site stays.</summary>
    void Discard();
}
