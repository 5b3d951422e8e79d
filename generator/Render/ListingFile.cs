namespace Committee.Render;

/// <summary>
/// A file the site makes from many reports rather than one: a listing page, a feed, a calendar, the open data,
/// the sitemap. It is described before it is made (where it goes, a key of what it shows, how to make it), so an
/// incremental build can compare the key with the last build's and render only the files whose key changed;
/// the others stay on disk as they are.
/// </summary>
/// <remarks>
/// A page is rendered into the thread's <see cref="PageBuffer"/> and written from there, as report pages are: at
/// 100,000 reports a listing page runs to 1.4 MB, and rendering each to a string and then to a byte array made three
/// large copies of it (two bytes a character), each in the large object heap, which is only collected with the whole
/// heap: the listings' 260 MB of text cost 1.3 GB of fresh memory, and on this project's virtual machine touching fresh
/// memory costs about 2.5 s a gigabyte.
/// </remarks>
public sealed class ListingFile
{
    /// <summary>Where the file goes, relative to the site's root.</summary>
    public string Path { get; }

    /// <summary>
    /// Stands for everything the file shows besides what the build cache's site key already covers (the templates,
    /// settings, boards, types, options and the tool itself): the groups of reports it lists
    /// (<see cref="ListedReports.Group"/>) and anything else it shows, such as the neighbouring meetings. Two builds
    /// that give a file the same key must render it to the same text.
    /// </summary>
    public UInt128 Key { get; }

    private readonly Action<TextWriter>? write;
    private readonly Func<byte[]>? bytes;

    /// <summary>A file written as text (UTF-8 without a byte order mark) into a writer as it is made.</summary>
    public ListingFile(string path, UInt128 key, Action<TextWriter> write) => (Path, Key, this.write) = (path, key, write);

    /// <summary>A file made as bytes (UTF-8) in one piece.</summary>
    public ListingFile(string path, UInt128 key, Func<byte[]> bytes) => (Path, Key, this.bytes) = (path, key, bytes);

    /// <summary>A file made as one string, written as UTF-8 without a byte order mark.</summary>
    public ListingFile(string path, UInt128 key, Func<string> text) : this(path, key, writer => writer.Write(text())) { }

    /// <summary>
    /// Makes the file's bytes (UTF-8); called at most once, possibly on another thread. Text is made in this thread's
    /// <see cref="PageBuffer"/>, so the bytes are valid only until the thread renders its next page or file.
    /// </summary>
    public ReadOnlySpan<byte> Render()
    {
        if (bytes is not null) return bytes();
        var buffer = PageBuffer.Start();
        try
        {
            write!(buffer.Writer);
            return buffer.Bytes;
        }
        catch
        {
            PageBuffer.Drop();
            throw;
        }
    }

    /// <summary>A key made of these parts (strings, groups, counts), joined and hashed.</summary>
    public static UInt128 KeyOf(params object?[] parts) => Write.KeyHash.Of(string.Join('\u001f', parts));
}
