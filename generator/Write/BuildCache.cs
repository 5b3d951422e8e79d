using System.Security.Cryptography;
using System.Text;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// What the last <c>committee build</c> into an output folder wrote: a hash of everything every page depends
/// on (templates, settings, boards, types, options, the tool itself), a key of each report page's inputs,
/// a key of each listing file's inputs (<see cref="Render.ListingFile.Key"/>), a hash of each file written and the
/// last-write time of each folder of the site. Kept in <c>.committee/cache/</c> under the working folder, never in
/// the site (<see cref="BuildRecordFile"/>). With it, the next build re-renders only the reports and listing files
/// whose inputs changed and rewrites only the files whose text changed. Any change to the shared inputs makes the
/// cache unusable: a full build.
/// </summary>
/// <remarks>
/// The folders' times stand in for listing the site: a folder whose time is as recorded has had no file added,
/// removed or renamed since, so its files are the ones the record names and nothing stray is in it. Only the
/// folders whose time changed are looked into (<see cref="ChangedFolders"/>); at 10,000 reports that is a stat of
/// 13,000 folders instead of opening them and 24,000 files.
/// </remarks>
public sealed class BuildCache
{
    /// <param name="Reports">The key of each report page's inputs (<see cref="ReportKey"/>), by page path.</param>
    /// <param name="Files">A hash of each file the build left in the site (<see cref="Hash(ReadOnlySpan{byte})"/>), by path.</param>
    /// <param name="Listings">The key of each listing file's inputs, by path.</param>
    /// <param name="Folders">Each folder of the site ("" for its root) and its last-write time (UTC ticks) when the build ended.</param>
    /// <param name="Written">The files the build wrote.</param>
    /// <param name="Rendered">The report pages and listing files the build rendered (not the search index, which every build makes whole).</param>
    public sealed record Stored(
        string SiteKey, Dictionary<string, UInt128> Reports, Dictionary<string, UInt128> Files, Dictionary<string, UInt128> Listings,
        Dictionary<string, long> Folders, List<string> Written, List<string> Rendered);

    public string Path { get; }
    public string SiteKey { get; }
    public string Output { get; }

    /// <summary>The previous build's record, when it was made with the same site key and its output is still there.</summary>
    public Stored? Previous { get; }

    /// <summary>
    /// The previous build's folders whose time changed since (or that are gone): something in them was added, removed
    /// or renamed by someone else, so their files are checked one by one and their strays deleted. Empty without a record.
    /// </summary>
    public IReadOnlySet<string> ChangedFolders => changedFolders;

    private readonly HashSet<string> changedFolders;

    /// <summary>Looks a folder up by a part of a file's path, without making a string of it (once per report page).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> changedFolderSpans;

    /// <summary>Report page inputs of this build, by page path (filled in by the render stage).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, UInt128> Reports { get; } = new(StringComparer.Ordinal);

    /// <summary>Listing file keys of this build, by path (filled in by the write stage).</summary>
    public Dictionary<string, UInt128> Listings { get; } = new(StringComparer.Ordinal);

    /// <summary>The files this build wrote (output-relative, forward slashes); the counting tests read them.</summary>
    public List<string> Written { get; } = [];

    /// <summary>The report pages and listing files this build rendered, whether or not their text changed; the counting tests read them.</summary>
    public List<string> Rendered { get; } = [];

    private BuildCache(string path, string siteKey, string output, Stored? previous, HashSet<string> changedFolders)
    {
        Path = path;
        SiteKey = siteKey;
        Output = output;
        Previous = previous;
        this.changedFolders = changedFolders;
        changedFolderSpans = changedFolders.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Usable => Previous is not null;

    /// <summary>
    /// The last build's record into this output folder and its folders that changed since, as <see cref="Load"/> finds
    /// them: started before validation, so that reading the record and looking at the site's folders happen while the
    /// reports are checked rather than after. Reads only; whether the record counts is decided in <see cref="Load"/>.
    /// </summary>
    public static Task<(Stored Record, HashSet<string> ChangedFolders)?> Prefetch(BuildOptions options) =>
        Task.Run(() => LastRecord(RecordPath(options), System.IO.Path.GetFullPath(options.OutputDirectory)));

    /// <param name="prefetched">What <see cref="Prefetch"/> found, when the command started it for these options.</param>
    /// <param name="last">
    /// The cache of the last build in this process (<c>serve</c> keeps it between previews): its record, and the search
    /// index's state, are taken from memory instead of being read again, as long as their files are still the ones it
    /// wrote (same size and time). The site's folders are still looked at.
    /// </param>
    /// <param name="ownFolder">
    /// The output folder is this process's own (<c>serve</c>'s preview, under <c>.committee/</c>, removed when it stops):
    /// with the record from memory, only the folders the last build wrote in are looked into, not every folder's time
    /// (13,600 at 10,000 reports); nobody else writes there.
    /// </param>
    public static BuildCache Load(
        PipelineContext context, Task<(Stored Record, HashSet<string> ChangedFolders)?>? prefetched = null, BuildCache? last = null, bool ownFolder = false)
    {
        last?.WaitForSaves();
        var output = System.IO.Path.GetFullPath(context.Options.OutputDirectory);
        var path = RecordPath(context.Options);
        var siteKey = SiteKeyOf(context);
        var found = prefetched is not null ? prefetched.GetAwaiter().GetResult()
            : last is { saved: { } kept } && last.Path == path && last.Output == output && FileStampOf(path) is { } now && now.SameStat(kept.File)
                && File.Exists(System.IO.Path.Combine(output, WriteSite.Marker))
                ? (kept.Record, ownFolder ? SiteFolders.Untrusted(kept.Record.Folders) : SiteFolders.Changed(output, kept.Record.Folders))
                : LastRecord(path, output);
        var cache = found is { } previous && previous.Record.SiteKey == siteKey
            ? new BuildCache(path, siteKey, output, previous.Record, previous.ChangedFolders)
            : new BuildCache(path, siteKey, output, null, new HashSet<string>(StringComparer.Ordinal));
        cache.KeptSearchState = last?.Path == path ? last.KeptSearchState : null;
        cache.savesLater = ownFolder;
        cache.RecordFromMemory = prefetched is null && found is { } f && ReferenceEquals(f.Record, last?.saved?.Record);
        return cache;
    }

    /// <summary>True when the last build's record was taken from memory (<paramref name="last"/> of <see cref="Load"/>), not read.</summary>
    internal bool RecordFromMemory { get; private set; }

    /// <summary>True when the search index's state was taken from memory, not read (set by <see cref="Search.SearchIndexUpdate"/>).</summary>
    internal bool SearchStateFromMemory { get; set; }

    /// <summary>
    /// Save the record and the search index's state after the build rather than in it (<c>serve</c>'s own folder, see
    /// <see cref="Load"/>): the preview is shown while they are written, and the next build waits for them.
    /// </summary>
    private bool savesLater;

    private Task saving = Task.CompletedTask;

    /// <summary>Runs <paramref name="save"/> now, or (<see cref="savesLater"/>) after the saves before it, off the build's path.</summary>
    internal void Later(Action save)
    {
        if (!savesLater)
        {
            save();
            return;
        }
        saving = saving.ContinueWith(_ =>
        {
            try
            {
                save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only the next build's speed depends on it: without its record it builds in full.
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Waits until what this build saves after it is written (before the next build, and before stopping).</summary>
    public void WaitForSaves() => saving.GetAwaiter().GetResult();

    /// <summary>The record this cache saved and its file's size and time then, for the next build in this process.</summary>
    private (Stored Record, Read.FileStamp File)? saved;

    /// <summary>
    /// The search index's state as the last build in this process saved it (<see cref="Search.SearchIndexUpdate"/> keeps
    /// it here), with its file's size and time then: trusted only while the file is unchanged.
    /// </summary>
    internal (Search.SearchIndexState State, Read.FileStamp File)? KeptSearchState { get; set; }

    /// <summary>A file's size and last-write time, or null when it is not there.</summary>
    internal static Read.FileStamp? FileStampOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? Read.FileStamp.Of(info) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string RecordPath(BuildOptions options) => System.IO.Path.Combine(
        options.WorkingDirectory, ".committee", "cache", $"build-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(System.IO.Path.GetFullPath(options.OutputDirectory))))[..16]}.record");

    private static (Stored Record, HashSet<string> ChangedFolders)? LastRecord(string path, string output)
    {
        if (!File.Exists(path) || !File.Exists(System.IO.Path.Combine(output, WriteSite.Marker)) || BuildRecordFile.Read(path) is not { } stored) return null;
        return (stored, SiteFolders.Changed(output, stored.Folders));
    }

    /// <summary>The key of one report page's inputs: its text, address, quarter, neighbours and last change.</summary>
    // ReportKey, Unchanged and StillThere are optimised from the start: called once per report, a rebuild is over
    // before tiered compilation would optimise them.
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    // Formatted into a pooled buffer and hashed from there: no string per report (10,000 of them at every rebuild).
    public static UInt128 ReportKey(ReportDocument document) => HashOf(
        $"{document.SourcePath}\u001f{document.Stamp?.Hash}\u001f{document.Url}\u001f{document.Quarter?.StartYear}.{document.Quarter?.Quarter}\u001f{document.LastChanged?.DayNumber}\u001f" +
        $"{document.Previous?.Title}\u001f{document.Previous?.Url}\u001f{document.Next?.Title}\u001f{document.Next?.Url}\u001f{document.Report?.IsDraft}");

    /// <summary>The hash of text formatted into a pooled buffer, which is returned: the text never becomes a string.</summary>
    private static UInt128 HashOf(ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler key)
    {
        var hash = KeyHash.Of(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.Text));
        key.Clear();
        return hash;
    }

    /// <summary>True when the previous build wrote this report's page from the same inputs and it is still there.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public bool Unchanged(ReportDocument document, UInt128 key)
    {
        var page = document.Url + "index.html";
        Reports[page] = key;
        // The page on disk is the one the last build wrote from the same inputs: it is neither rendered nor read again.
        return Previous is not null && Previous.Reports.TryGetValue(page, out var before) && before == key
            && Previous.Files.ContainsKey(page) && StillThere(page);
    }

    /// <summary>
    /// The hash the previous build recorded for a listing file, when the key of its inputs is the same as then and
    /// the file is still there (it would render to the same text); else null, and the file must be rendered.
    /// </summary>
    public UInt128? UnchangedListing(string path, UInt128 key)
    {
        Listings[path] = key;
        if (Previous is null || !Previous.Listings.TryGetValue(path, out var before) || before != key) return null;
        if (!Previous.Files.TryGetValue(path, out var hash) || !StillThere(path)) return null;
        return hash;
    }

    /// <summary>A file the previous build left is still there: its folder is untouched since, or else the file is found.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public bool StillThere(string path)
    {
        if (changedFolders.Count == 0) return true;
        var slash = path.LastIndexOf('/');
        return !changedFolderSpans.Contains(slash < 0 ? [] : path.AsSpan(0, slash)) || File.Exists(System.IO.Path.Combine(Output, path));
    }

    /// <summary>Forgets the record before an in-place build starts, so a build that stops part-way is followed by a full one.</summary>
    public void Forget()
    {
        saved = null;
        if (File.Exists(Path)) File.Delete(Path);
    }

    /// <param name="files">A hash of every file in the site, by path.</param>
    /// <param name="folders">Every folder of the site and its time now.</param>
    public void Save(Dictionary<string, UInt128> files, Dictionary<string, long> folders)
    {
        var stored = new Stored(SiteKey, new Dictionary<string, UInt128>(Reports, StringComparer.Ordinal), files, Listings, folders,
            [.. Written.Order(StringComparer.Ordinal)], [.. Rendered.Order(StringComparer.Ordinal)]);
        Later(() =>
        {
            BuildRecordFile.Write(Path, stored);
            saved = FileStampOf(Path) is { } file ? (stored, file) : null;
        });
    }

    public static UInt128 Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    /// <summary>The first 128 bits of the SHA-256 of the bytes: a file's hash, or a key of inputs.</summary>
    public static UInt128 Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>Everything every page depends on: the tool, the options, the site sources (not node_modules, but the front-end files taken from it), boards and types.</summary>
    private static string SiteKeyOf(PipelineContext context)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\u001f"));
        Add(typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add($"{context.Options.IncludeDrafts}|{context.Options.BaseUrl}|{context.Options.Preview}|{context.Site.Settings.BaseUrl}");
        foreach (var folder in new[]
        {
            context.Options.SiteDirectory,
            System.IO.Path.Combine(context.Options.ContentDirectory, "boards"),
            System.IO.Path.Combine(context.Options.ContentDirectory, "types"),
        })
        {
            if (!Directory.Exists(folder)) { Add("missing " + folder); continue; }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}node_modules{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                Add(file);
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        // And the two front-end files the site's assets are made from, so that a rebuild with the same key need not make them.
        foreach (var file in FrontEndAssets.Sources(context.Options.SiteDirectory))
        {
            Add(file);
            if (File.Exists(file)) hash.AppendData(File.ReadAllBytes(file));
            else Add("missing");
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
