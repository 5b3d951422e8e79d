using System.Collections.Concurrent;
using System.Text;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// The site as this build writes it. Opened before the report pages are rendered (<see cref="OpenSite"/>), so that
/// each page goes to disk as soon as it is made, while the other core renders the next, instead of every page being
/// held until the write stage: the disk's work overlaps the templates', and the pages' text (2.8 GB at 100,000
/// reports) is never all in memory at once. A full build writes into a fresh folder beside the output folder, which
/// <see cref="WriteSite"/> swaps in at the end (<see cref="Discard"/> removes it when the build stops part-way, so the
/// previous site stays as it was); an incremental build writes into the site itself, only the files whose text
/// changed, each atomically. Either way it keeps the hash of every file it makes, for the build's record.
/// </summary>
public sealed class SiteWriter
{
    /// <summary>The output folder, in full.</summary>
    public string Output { get; }

    /// <summary>Where files go now: the output folder itself when writing in place, else the fresh folder beside it.</summary>
    public string Folder { get; }

    /// <summary>An incremental build (a usable <see cref="BuildCache"/> and a site to update): files are replaced in place.</summary>
    public bool InPlace { get; }

    /// <summary>The previous build's record, when writing in place; null else (a full build or no record kept).</summary>
    public BuildCache? Cache { get; }

    private readonly Dictionary<string, UInt128> previous;
    private readonly bool hashing;
    private readonly Dictionary<string, UInt128> hashes;
    private readonly ConcurrentBag<string> written = [];
    private readonly ConcurrentBag<string> rendered = [];

    /// <summary>The folders this build made or found, so each is made once rather than asked for again for every file in it.</summary>
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);

    private SiteWriter(string output, string folder, BuildCache? cache, bool inPlace)
    {
        Output = output;
        Folder = folder;
        InPlace = inPlace;
        Cache = cache;
        hashing = cache is not null;
        previous = inPlace ? cache!.Previous!.Files : new Dictionary<string, UInt128>(StringComparer.Ordinal);
        hashes = new Dictionary<string, UInt128>(inPlace ? previous.Count : 0, StringComparer.Ordinal);
    }

    /// <summary>
    /// Checks the output folder may be replaced, then opens it in place (a usable cache and the site is there: the
    /// record is forgotten first, so a build that stops part-way is followed by a full one) or makes a fresh folder
    /// beside it.
    /// </summary>
    public static SiteWriter Open(PipelineContext context)
    {
        var output = Path.GetFullPath(context.Options.OutputDirectory);
        OutputFolder.EnsureReplaceable(output, context);
        if (context.Cache is { Usable: true } cache && Directory.Exists(output))
        {
            cache.Forget();
            return new SiteWriter(output, output, cache, inPlace: true);
        }
        var building = $"{output.TrimEnd(Path.DirectorySeparatorChar)}.building-{Environment.ProcessId}";
        if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
        Directory.CreateDirectory(building);
        return new SiteWriter(output, building, context.Cache, inPlace: false);
    }

    /// <summary>Writes a file the build rendered (a report page, a listing file), counted as rendered whether or not its text changed.</summary>
    public void WriteRendered(string path, ReadOnlySpan<byte> bytes)
    {
        Write(path, bytes);
        rendered.Add(path);
    }

    /// <summary>
    /// Writes one file of the site (path relative to it, forward slashes). In place, a file whose text is the one the
    /// last build left is not written again.
    /// </summary>
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        if (InPlace)
        {
            var hash = BuildCache.Hash(bytes);
            Record(path, hash);
            if (previous.TryGetValue(path, out var old) && old == hash && Cache!.StillThere(path)) return;
            WriteSite.WriteFileAtomically(Folder, path, bytes);
        }
        else
        {
            WriteNew(path, bytes);
            if (hashing) Record(path, BuildCache.Hash(bytes));
        }
        written.Add(path);
    }

    /// <summary>Records the hash of a file the site keeps as it is (or that was copied there), for the build's record.</summary>
    public void Record(string path, UInt128 hash)
    {
        lock (hashes) hashes[path] = hash;
    }

    /// <summary>Every file's hash recorded so far, by path. Call once the writing is done.</summary>
    public Dictionary<string, UInt128> Hashes => hashes;

    /// <summary>The files written so far.</summary>
    public IReadOnlyCollection<string> Written => written;

    /// <summary>The files rendered so far (report pages and listing files).</summary>
    public IReadOnlyCollection<string> Rendered => rendered;

    /// <summary>Notes a file that was put in the site another way (copied or moved there).</summary>
    public void Wrote(string path) => written.Add(path);

    /// <summary>Removes the fresh folder of a full build that stopped part-way; the site in place is left to the next build.</summary>
    public void Discard()
    {
        if (!InPlace && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    /// <summary>
    /// Writes a file into the fresh folder with as few system calls as it takes (<see cref="NewFile"/>), its folder made
    /// once rather than asked for again for every file in it.
    /// </summary>
    private void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        var full = WriteSite.Inside(Folder, path);
        MakeFolder(Path.GetDirectoryName(full)!);
        NewFile.Write(full, bytes);
    }

    /// <summary>Makes a folder of the fresh site, its parents first: one call each, none for a folder made already.</summary>
    private void MakeFolder(string folder)
    {
        if (folders.ContainsKey(folder)) return;
        if (Path.GetDirectoryName(folder) is { } parent && parent.Length > Folder.Length) MakeFolder(parent);
        Directory.CreateDirectory(folder);
        folders.TryAdd(folder, true);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Text as the site's files hold it: UTF-8 without a byte order mark.</summary>
    public static byte[] Utf8(string text) => Utf8NoBom.GetBytes(text);
}
