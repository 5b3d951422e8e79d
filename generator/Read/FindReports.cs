using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>
/// Lists the report files: every <c>*.md</c> under <c>content/reports/</c>, in a stable order. Nothing there is left
/// out without a word: any other file (a Word document, a PDF), a hidden file or folder, a pipe or device, and a
/// symbolic link is listed with a finding. Only ordinary files inside the content folder are ever read: a link out of
/// it (a link can be committed to Git) could otherwise publish any file on the machine, and a pipe or device would
/// stall or exhaust the build.
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

    /// <summary>Lists one folder's entries, descending into ordinary folders only (never through a link).</summary>
    private static void Walk(string folder, string content, PipelineContext context, List<ReportDocument> found)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", options))
        {
            var name = Path.GetFileName(path);
            var document = new ReportDocument { SourcePath = path, DisplayPath = context.Display(path) };
            var kind = SourceFile.Kind(path, content);
            if (kind == SourceFile.Entry.Folder && !name.StartsWith('.'))
            {
                Walk(path, content, context, found);
                continue;
            }
            if (name == GitKeep && kind == SourceFile.Entry.File) continue;
            found.Add(kind switch
            {
                SourceFile.Entry.LinkOutside => document.With(Rules.LinkOutside.InFile(document.DisplayPath, SourceFile.LinkTarget(path))),
                SourceFile.Entry.Other or SourceFile.Entry.LinkedFolder => document.With(Rules.NotAFile.InFile(document.DisplayPath, SourceFile.Describe(path, kind))),
                _ when name.StartsWith('.') => document.With(Rules.HiddenFile.InFile(document.DisplayPath, name)),
                _ when !IsReportFile(path) => document.With(Rules.NotAReport.InFile(document.DisplayPath)),
                _ => document,
            });
        }
    }

    public static bool IsReportFile(string path) => path.EndsWith(".md", StringComparison.Ordinal);
}
