namespace Committee.Render;

/// <summary>
/// A file the site makes from many reports rather than one: a listing page, a feed, a calendar, the open data,
/// the sitemap. It is described before it is made (where it goes, how to make it), so the files can be rendered in
/// parallel.
/// </summary>
/// <remarks>
/// A page is rendered into the thread's <see cref="PageBuffer"/> and written from there, as report pages are: a large
/// archive's listing pages are large, and rendering each to a string and then to a byte array made three large copies
/// of it (two bytes a character), each in the large object heap, which is only collected with the whole heap. So the
/// listings cost several times their size in fresh memory, and touching fresh memory is dear (figures:
/// docs/performance.md, 'Pages are written as they are rendered').
/// </remarks>
public sealed class ListingFile
{
    /// <summary>Where the file goes, relative to the site's root.</summary>
    public string Path { get; }

    // Let go once the file is made: what they hold (an agenda pack's model holds every paper's text) would otherwise
    // live until the last listing file is made, as each file's closures reach the others'.
    private Action<TextWriter>? write;
    private Func<byte[]>? bytes;

    /// <summary>A file written as text (UTF-8 without a byte order mark) into a writer as it is made.</summary>
    public ListingFile(string path, Action<TextWriter> write) => (Path, this.write) = (path, write);

    /// <summary>A file made as bytes (UTF-8) in one piece.</summary>
    public ListingFile(string path, Func<byte[]> bytes) => (Path, this.bytes) = (path, bytes);

    /// <summary>No other page shows it and it is costly to make at every save (an agenda pack): the preview makes it
    /// when it is asked for. A build makes every file.</summary>
    public bool OnDemand { get; set; }

    /// <summary>The preview's memo, where the file is found again when its key is unchanged (with <see cref="Key"/>).</summary>
    public Incremental.BuildMemo? Memo { get; init; }

    /// <summary>The key of what the file is made from (<see cref="Incremental.BuildMemo.KeyOf"/>); null: made each time.</summary>
    public Func<UInt128?>? Key { get; init; }

    /// <summary>A file made as one string, written as UTF-8 without a byte order mark.</summary>
    public ListingFile(string path, Func<string> text) : this(path, writer => writer.Write(text())) { }

    /// <summary>Hands the file to the site's outputs: found in the preview's memo when its key is there, else made.</summary>
    public void AddTo(Pipeline.ISiteOutputs outputs)
    {
        if (Memo is { } memo && Key is { } key) outputs.Add(Path, memo.File(key(), Render));
        else outputs.Add(Path, Render());
    }

    /// <summary>
    /// Makes the file's bytes (UTF-8); called once, possibly on another thread. Text is made in this thread's
    /// <see cref="PageBuffer"/>, so the bytes are valid only until the thread renders its next page or file.
    /// </summary>
    public ReadOnlySpan<byte> Render()
    {
        var (make, bytes) = (Interlocked.Exchange(ref write, null), Interlocked.Exchange(ref this.bytes, null));
        if (bytes is not null) return bytes();
        if (make is null) throw new InvalidOperationException($"{Path} was made twice: a listing file is made once.");
        var buffer = PageBuffer.Start();
        try
        {
            make(buffer.Writer);
            return buffer.Bytes;
        }
        catch
        {
            PageBuffer.Drop();
            throw;
        }
    }
}
