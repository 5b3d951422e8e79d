using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>
/// Lists the report files: every <c>*.md</c> under <c>content/reports/</c>, in a stable order. Nothing there is left
/// out without a word: any other file (a Word document, a PDF), a hidden file or folder, a pipe or device, and a
/// symbolic link is listed with a finding. Only ordinary files inside the content folder are ever read: a link out of
/// it (a link can be committed to Git) could otherwise publish any file on the machine, and a pipe or device would
/// stall or exhaust the build. A folder named like a report holds its attachments (<see cref="AttachmentFile"/>).
/// </summary>
public sealed class FindReports : IArchiveStage
{
    public string Name => "Find reports";

    /// <summary>Git's placeholder for an empty folder: empty by convention, so nothing to publish or warn about.</summary>
    private const string GitKeep = ".gitkeep";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var reportsFolder = Path.GetFullPath(Path.Combine(context.Options.ContentDirectory, "reports"));
        var content = Path.GetFullPath(context.Options.ContentDirectory);
        var found = new List<ReportDocument>();
        if (Directory.Exists(reportsFolder))
        {
            var kind = SourceFile.Kind(reportsFolder, content);
            var folder = new ReportDocument { SourcePath = reportsFolder, DisplayPath = context.Display(reportsFolder) };
            // The reports folder itself is a link: not followed, and said, so an archive is never silently empty.
            if (kind == SourceFile.Entry.LinkOutside) found.Add(folder.With(Rules.LinkOutside.InFile(folder.DisplayPath, SourceFile.LinkTarget(reportsFolder))));
            else if (kind != SourceFile.Entry.Folder) found.Add(folder.With(Rules.NotAFile.InFile(folder.DisplayPath, SourceFile.Describe(reportsFolder, kind))));
            else Walk(reportsFolder, content, context, found);
        }
        return [.. found.OrderBy(d => d.SourcePath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Lists one folder's entries, descending into ordinary folders only (never through a link). A folder named like a
    /// report beside it (<c>2024-11-12-performance/</c> beside <c>2024-11-12-performance.md</c>) holds that report's
    /// attachments: its ordinary files go with the report instead of being listed as files that are not reports.
    /// </summary>
    private static void Walk(string folder, string content, PipelineContext context, List<ReportDocument> found)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = Directory.EnumerateFileSystemEntries(folder, "*", options).Select(path => (Path: path, Kind: SourceFile.Kind(path, content))).ToList();
        var reports = entries.Where(e => e.Kind == SourceFile.Entry.File && IsReportFile(e.Path) && !Path.GetFileName(e.Path).StartsWith('.'))
            .Select(e => Path.GetFileNameWithoutExtension(e.Path)).ToHashSet(StringComparer.Ordinal);
        var attachments = new Dictionary<string, ImmutableArray<AttachmentFile>>(StringComparer.Ordinal);
        foreach (var (path, kind) in entries)
        {
            var name = Path.GetFileName(path);
            var document = new ReportDocument { SourcePath = path, DisplayPath = context.Display(path) };
            if (kind == SourceFile.Entry.Folder && !name.StartsWith('.'))
            {
                if (reports.Contains(name)) attachments[name] = WalkAttachments(path, content, context, found);
                else Walk(path, content, context, found);
                continue;
            }
            if (name == GitKeep && kind == SourceFile.Entry.File) continue;
            found.Add(Finding(document, path, name, kind) ?? document);
        }
        if (attachments.Count == 0) return;
        for (var i = 0; i < found.Count; i++)
        {
            var document = found[i];
            if (document.Diagnostics.IsEmpty && Path.GetDirectoryName(document.SourcePath) == folder && IsReportFile(document.SourcePath)
                && attachments.TryGetValue(document.FolderName, out var files))
            {
                found[i] = document with { Attachments = files };
            }
        }
    }

    /// <summary>
    /// The ordinary files of a report's own folder. Everything else there has today's finding: a link out of content, a
    /// pipe or device, a hidden file; a folder inside it is listed as any other folder is.
    /// </summary>
    private static ImmutableArray<AttachmentFile> WalkAttachments(string folder, string content, PipelineContext context, List<ReportDocument> found)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new List<AttachmentFile>();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", options))
        {
            var name = Path.GetFileName(path);
            var kind = SourceFile.Kind(path, content);
            if (kind == SourceFile.Entry.Folder && !name.StartsWith('.'))
            {
                Walk(path, content, context, found);
                continue;
            }
            if (name == GitKeep && kind == SourceFile.Entry.File) continue;
            var document = new ReportDocument { SourcePath = path, DisplayPath = context.Display(path) };
            if (kind == SourceFile.Entry.File && !name.StartsWith('.'))
            {
                files.Add(new AttachmentFile(name, path, document.DisplayPath, LengthOf(path)));
                continue;
            }
            found.Add(Finding(document, path, name, kind) ?? document);
        }
        return [.. files.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>The size of an ordinary file, or of the file a link inside content leads to.</summary>
    private static long LengthOf(string path)
    {
        var info = new FileInfo(path);
        return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length;
    }

    /// <summary>Why an entry is not read as a report, or null for a report file.</summary>
    private static ReportDocument? Finding(ReportDocument document, string path, string name, SourceFile.Entry kind) => kind switch
    {
        SourceFile.Entry.LinkOutside => document.With(Rules.LinkOutside.InFile(document.DisplayPath, SourceFile.LinkTarget(path))),
        SourceFile.Entry.Other or SourceFile.Entry.LinkedFolder => document.With(Rules.NotAFile.InFile(document.DisplayPath, SourceFile.Describe(path, kind))),
        _ when name.StartsWith('.') => document.With(Rules.HiddenFile.InFile(document.DisplayPath, name)),
        _ when !IsReportFile(path) => document.With(Rules.NotAReport.InFile(document.DisplayPath)),
        _ => null,
    };

    public static bool IsReportFile(string path) => path.EndsWith(".md", StringComparison.Ordinal);
}
