using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Committee.Read;

namespace Committee.Pipeline;

/// <summary>
/// The memo of validated reports: for each report file, what the per-report stages found last time (the decoded
/// report, its type, whether it parsed, its search text and its findings), kept in <c>.committee/cache/</c> under
/// the working folder between runs. A report whose file is unchanged is recalled from it instead of being read,
/// parsed and checked again; the archive-wide stages still see every report, so collisions and neighbours stay right.
/// <para>
/// The whole memo counts only while the inputs every report is checked against are the same: committee itself,
/// <c>site.yml</c>, the boards and the report types (see <see cref="KeyOf"/>). A file is unchanged when its size and
/// last-write time are (a stat, as Git's index does), or, when they are not, its bytes hash the same. The text of
/// an exempt report is never in the memo: its search text is null, the memo keeps no report body, and the words of
/// a report that has just become exempt are removed from it (see <see cref="ReportMemoFile"/>).
/// </para>
/// </summary>
public sealed class ReportMemo
{
    /// <summary>
    /// A file written this close before the run that recorded it may change again without its size or time
    /// changing (file systems keep times to a second or two), so it is recalled only if its bytes still match.
    /// </summary>
    private static readonly long RacyTicks = TimeSpan.FromSeconds(2).Ticks;

    private readonly bool withSearchText;
    private ReportMemoFile.Contents? previous;
    private string? key;
    private long startedTicks;
    private List<(string Path, ReportMemoFile.Entry Entry, Search.SearchText? Text)>? pending;
    private int recalled, recalledByContent;

    /// <summary>The memo file as this memo last read or wrote it (size and time), when it keeps it between runs.</summary>
    private FileStamp? previousFile;

    private ReportMemo(string path, bool withSearchText, bool keep)
    {
        Path = path;
        this.withSearchText = withSearchText;
        this.keep = keep;
    }

    private readonly bool keep;

    /// <summary>Where the memo of this content folder is kept: one per content folder, so two archives do not evict each other.</summary>
    public string Path { get; }

    /// <summary>Reports recalled from the memo this run, not read or checked again.</summary>
    public int Recalled => recalled;

    /// <summary>Of those, the reports whose size or time had changed (or that were written just before the last run), recalled because their bytes had not.</summary>
    public int RecalledByContent => recalledByContent;

    /// <summary>Reports read, parsed and checked this run.</summary>
    public int Checked { get; private set; }

    /// <summary>True when this run wrote the memo (nothing is written when every report was recalled as it was).</summary>
    public bool Saved { get; private set; }

    /// <summary>
    /// A memo for a run over <paramref name="options"/>' content. <paramref name="withSearchText"/>: recall each report's
    /// search text too (a build needs it for the search index; <c>validate</c> does not, and skips decoding it).
    /// </summary>
    /// <param name="keep">
    /// Keep the memo in memory between runs (<c>committee serve</c>, which builds again at each save): the next run
    /// recalls from what this one saved instead of reading and decoding the file again, as long as the file is still
    /// the one it wrote (same size and time; a <c>build</c> run meanwhile makes it read the file).
    /// </param>
    public static ReportMemo For(BuildOptions options, bool withSearchText, bool keep = false)
    {
        var content = System.IO.Path.GetFullPath(options.ContentDirectory);
        var name = $"reports-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16]}.memo";
        var memo = new ReportMemo(System.IO.Path.Combine(options.WorkingDirectory, ".committee", "cache", name), withSearchText, keep);
        // The file is read and decoded while the run reads the site and its templates and lists the reports (a rebuild at
        // 10,000 reports: 6 MB, 15-25 ms); Load takes what it found, and decides whether it counts.
        memo.reading = Task.Run(memo.ReadFile);
        return memo;
    }

    /// <summary>The memo's file being read ahead of <see cref="Load"/>, started by <see cref="For"/>; null once taken.</summary>
    private Task<(FileStamp? File, ReportMemoFile.Contents? Contents)>? reading;

    /// <summary>The file's size and time (taken first: if it is replaced while being read, the next run sees a change) and what it holds.</summary>
    private (FileStamp? File, ReportMemoFile.Contents? Contents) ReadFile() => (StampOfFile(), ReportMemoFile.Read(Path));

    /// <summary>
    /// The report files that may have changed since the last run, as a file watcher saw them (<see cref="Expect"/>), for
    /// the next run only; null when that is not known.
    /// </summary>
    private HashSet<string>? expected, trusted;

    /// <summary>Reports recalled this run without a look at their files: the watcher saw no change to them (see <see cref="Expect"/>).</summary>
    public int RecalledUnseen => recalledUnseen;

    private int recalledUnseen;

    /// <summary>The last run ended with <see cref="Save"/> writing what it found, or finding nothing to write.</summary>
    private bool lastRunSaved;

    /// <summary>
    /// Tells the memo which files a watcher saw change since the last run (<c>serve</c>). When the next run recalls from
    /// the memo this one kept in memory, a report file the watcher did not name is taken to be as that run found it,
    /// without looking at it; a file written too shortly before that run (the racy rule) is still looked at. Anything the
    /// watcher cannot name file by file (a folder put or renamed among the reports, the watcher's own overflow, which
    /// names the folder it watches) makes the run look at every file, as without it. Other files (an editor's temporary
    /// file, a file deleted) need nothing: only report files are recalled, and only those there now.
    /// </summary>
    public void Expect(IReadOnlyCollection<string>? changed, string contentDirectory)
    {
        expected = null;
        if (changed is null) return;
        var sep = System.IO.Path.DirectorySeparatorChar;
        var reports = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentDirectory, "reports")).TrimEnd(sep) + sep;
        var files = new HashSet<string>(changed.Count, StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (reports.StartsWith(full.TrimEnd(sep) + sep, StringComparison.Ordinal)) return; // the reports folder or one above it
            if (full.StartsWith(reports, StringComparison.Ordinal) && Directory.Exists(full)) return;
            files.Add(full);
        }
        expected = files;
    }

    /// <summary>True when the last <see cref="Load"/> took the memo from memory rather than from its file.</summary>
    public bool LoadedFromMemory { get; private set; }

    /// <summary>Reads the last run's memo; a missing, unreadable or corrupt memo, or one made against other inputs, is ignored.</summary>
    internal void Load(PipelineContext context)
    {
        // Taken before any report file is looked at, so a file written during this run counts as racy next time.
        startedTicks = DateTime.UtcNow.Ticks;
        key = KeyOf(context.Options);
        (recalled, recalledByContent, recalledUnseen, Checked, Saved, pending) = (0, 0, 0, 0, false, null);
        // The watcher's list counts only after a run that saved what it found (else the files it checked are not in the memo).
        (trusted, expected) = (lastRunSaved ? expected : null, null);
        lastRunSaved = false;
        var ahead = reading;
        reading = null;
        var (file, read) = ahead is not null ? ahead.GetAwaiter().GetResult() : (StampOfFile(), null);
        LoadedFromMemory = keep && previous is not null && previousFile is not null && file is not null && file.SameStat(previousFile);
        if (LoadedFromMemory)
        {
            read?.Dispose();
            if (previous!.Key != key) CloseTexts();
            return;
        }
        trusted = null; // what the watcher saw counts only against the memo this process kept
        CloseTexts();
        previousFile = file;
        if (ahead is null) read = ReportMemoFile.Read(Path);
        if (read is not null && read.Key != key)
        {
            read.Dispose();
            read = null;
        }
        previous = read;
        // The search texts are not loaded here: each is read from the texts file when the search index asks for it,
        // which after an edit is the edited papers' only.
    }

    private FileStamp? StampOfFile()
    {
        try
        {
            var info = new FileInfo(Path);
            return info.Exists ? FileStamp.Of(info) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when the last run's memo counts for this one, so there are reports to recall.</summary>
    internal bool HasPrevious => previous is not null;

    /// <summary>The document as the memo has it when its file is unchanged; else the document as it was, for the stages to check.</summary>
    // Recall, FromMemo and Remember are optimised from the start: they run once per report and are done in less than
    // tiered compilation takes to optimise them (a rebuild's recall of 10,000 reports ran unoptimised throughout).
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    internal ReportDocument Recall(ReportDocument document, PipelineContext context)
    {
        if (previous is not { } memo || !FindReports.IsReportFile(document.SourcePath) || !memo.Entries.TryGetValue(document.SourcePath, out var entry)) return document;
        var racy = entry.Stamp.LastWriteTicks >= memo.StartedTicks - RacyTicks;
        if (trusted is not null && !racy && !trusted.Contains(document.SourcePath))
        {
            Interlocked.Increment(ref recalledUnseen);
            return FromMemo(document, entry, entry.Stamp, context);
        }
        FileStamp now;
        try
        {
            var info = new FileInfo(document.SourcePath);
            if (!info.Exists) return document;
            now = FileStamp.Of(info);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return document;
        }

        if (now.SameStat(entry.Stamp) && !racy) return FromMemo(document, entry, entry.Stamp, context);

        // The time changed but perhaps not the bytes (a checkout, a touch, an editor saving unchanged text).
        if (entry.Stamp.Hash is not { } hash || now.Length != entry.Stamp.Length) return document;
        try
        {
            if (FileStamp.HashOf(File.ReadAllBytes(document.SourcePath)) != hash) return document;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return document;
        }
        Interlocked.Increment(ref recalledByContent);
        return FromMemo(document, entry, now with { Hash = hash }, context);
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private ReportDocument FromMemo(ReportDocument document, ReportMemoFile.Entry entry, FileStamp stamp, PipelineContext context)
    {
        Search.SearchText? text = null;
        if (withSearchText)
        {
            try
            {
                // Read only if asked for: a rebuild's search index needs the text of changed papers only.
                var memo = previous!;
                text = entry.Text is null ? null : Search.SearchText.Later(() => memo.SearchTextOf(entry)!);
            }
            catch (IOException)
            {
                return document; // its text cannot be had: check it afresh
            }
        }
        Interlocked.Increment(ref recalled);
        return document with
        {
            Recalled = true,
            Stamp = stamp,
            Report = entry.Report,
            Type = entry.TypeId is { } type ? context.Site.Types.GetValueOrDefault(type) : null,
            ParsedEarlier = entry.HasMarkdown,
            SearchText = text,
            Diagnostics = entry.Diagnostics,
        };
    }

    /// <summary>
    /// Records what the per-report stages found for every report file, for <see cref="Save"/>. Called once the
    /// per-report stages have run, before the archive-wide ones add their findings (those depend on the other
    /// reports, so they are found afresh every run).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    internal void Remember(ImmutableArray<ReportDocument> documents)
    {
        if (key is null) return; // nothing was loaded: this pipeline does not recall reports
        var reports = documents.Where(d => FindReports.IsReportFile(d.SourcePath)).ToList();
        Checked = reports.Count(d => !d.Recalled);
        // Every report recalled as it was, and none gone: the memo on disk is already this run's.
        if (previous is not null && Checked == 0 && recalledByContent == 0 && recalled == previous.Entries.Count) return;

        pending = new List<(string Path, ReportMemoFile.Entry Entry, Search.SearchText? Text)>(reports.Count);
        foreach (var document in reports)
        {
            if (document.Stamp is not { } stamp) continue; // it could not be read: try again next run
            if (document.Recalled)
            {
                // The entry itself when its stamp is the same, so the memo file can copy its bytes rather than write them again.
                var entry = previous!.Entries[document.SourcePath];
                pending.Add((document.SourcePath, entry.Stamp == stamp ? entry : entry with { Stamp = stamp }, null));
            }
            else
            {
                // An exempt report's text must reach no output, and the memo is kept on disk: never its search text.
                var text = document.Report is { IsExempt: true } ? null : document.SearchText;
                pending.Add((document.SourcePath, new ReportMemoFile.Entry(stamp, document.Report, document.Type?.Id, document.HasMarkdown, document.Diagnostics, null), text));
            }
        }
    }

    /// <summary>
    /// Writes what this run remembered, when it differs from the memo on disk. The commands call it once the run is
    /// over, findings and all (they are recalled next time exactly as found), but not after a build that refused its
    /// output folder: such a build writes nothing.
    /// </summary>
    public void Save()
    {
        try
        {
            if (key is null) return;
            if (pending is null)
            {
                lastRunSaved = true; // nothing changed: the memo kept is the run's
                return;
            }
            var written = ReportMemoFile.Write(Path, key, startedTicks, pending, previous, keep);
            Saved = true;
            if (written is not null)
            {
                CloseTexts();
                previous = written;
                previousFile = StampOfFile();
                lastRunSaved = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The memo only saves time: a folder that cannot be written, or another run saving it at this moment,
            // means more checking next run, not a failure of this one.
        }
        finally
        {
            pending = null;
            // Kept, the memo as saved (or as read, when nothing changed) serves the next run; else its texts file is closed.
            if (!keep) CloseTexts();
        }
    }

    /// <summary>Closes the last run's texts file once nothing more is read from it.</summary>
    private void CloseTexts()
    {
        previous?.Dispose();
        previous = null;
        previousFile = null;
    }

    /// <summary>
    /// Everything a report's findings depend on besides its own file: committee itself (its build, so any change to
    /// a check), the Markdown and YAML parsers, where the files are (findings name them relative to the working
    /// folder), <c>site.yml</c>, the boards and the report types. The options are not in it: no per-report stage
    /// reads them (drafts, the preview and the named files only change what is published or shown afterwards).
    /// </summary>
    private static string KeyOf(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "") + "\u001f"));
        Add(ReportMemoFile.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(typeof(ReportMemo).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(Markdig.Markdown).Assembly.FullName);
        Add(typeof(YamlDotNet.RepresentationModel.YamlNode).Assembly.FullName);
        Add(System.IO.Path.GetFullPath(options.WorkingDirectory));
        Add(System.IO.Path.GetFullPath(options.ContentDirectory));
        // The files ReadSite reads, found the way it finds them.
        var files = new List<string> { System.IO.Path.Combine(options.SiteDirectory, "site.yml") };
        foreach (var folder in new[] { "boards", "types" })
        {
            var path = System.IO.Path.Combine(options.ContentDirectory, folder);
            if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*.yml").Order(StringComparer.Ordinal));
            else Add("no folder " + path);
        }
        foreach (var file in files)
        {
            Add(System.IO.Path.GetFullPath(file));
            try
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Add("unreadable");
            }
            Add(null);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
