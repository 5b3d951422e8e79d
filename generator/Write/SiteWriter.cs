using System.Collections.Concurrent;
using System.Text;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// The site as this build writes it: always a fresh folder beside the output folder, marked as committee's own from the
/// start, which <see cref="WriteSite"/> puts in place of the old site in one step at the end (<see cref="OutputFolder.Publish"/>).
/// Nothing is ever written into the live site, so a reader sees the old site or the new one, never a mix, whenever
/// the build stops; and nothing already in the output folder (a link someone planted there, say) is ever written
/// through. Opened before the report pages are rendered (<see cref="OpenSite"/>), so that each page goes to disk as
/// soon as it is made instead of every page being held until the end.
/// </summary>
public sealed class SiteWriter : ISiteOutputs
{
    /// <summary>The output folder, in full.</summary>
    public string Output { get; }

    /// <summary>The fresh folder this build writes into, beside the output folder.</summary>
    public string Folder { get; }

    private readonly ConcurrentBag<string> written = [];

    /// <summary>The folders this build made, so each is made once rather than asked for again for every file in it.</summary>
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);

    private SiteWriter(string output, string folder) => (Output, Folder) = (output, folder);

    /// <summary>Checks the output folder may be replaced, removes what killed builds left, and makes the fresh folder.</summary>
    public static SiteWriter Open(PipelineContext context)
    {
        var output = Path.GetFullPath(context.Options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        OutputFolder.EnsureReplaceable(output, context);
        OutputFolder.RemoveLeftovers(output);
        var building = OutputFolder.Fresh(output);
        return new SiteWriter(output, building);
    }

    /// <summary>Writes one file of the site (path relative to it, forward slashes).</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        var full = WriteSite.Inside(Folder, path);
        MakeFolder(Path.GetDirectoryName(full)!);
        NewFile.Write(full, bytes);
        written.Add(path);
    }

    /// <summary>The files written so far.</summary>
    public IReadOnlyCollection<string> Written => written;

    public int Count => written.Count;

    /// <summary>Puts the fresh folder in place of the old site in one step (<see cref="OutputFolder.Publish"/>).</summary>
    public void Publish() => OutputFolder.Publish(Folder, Output);

    /// <summary>Removes the fresh folder of a build that stopped part-way; the live site was never touched.</summary>
    public void Discard()
    {
        if (Directory.Exists(Folder)) OutputFolder.Remove(Folder);
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
