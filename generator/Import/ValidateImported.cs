using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;
using Committee.Read;

namespace Committee.Import;

/// <summary>
/// Runs the real validate pipeline over the archive with the imported reports in it, so an imported report
/// gets exactly the findings <c>committee validate</c> would give it (an address another paper already has
/// included). Reports written outside content/reports (--out) and a dry run's unwritten reports are added
/// to the archive for this check only.
/// </summary>
public static class ValidateImported
{
    public static IReadOnlyList<ImportResult> Run(Site site, BuildOptions options, IReadOnlyList<ImportResult> results)
    {
        var imported = results.Where(r => r.Outcome is ImportOutcome.Written or ImportOutcome.WouldWrite && r.Target is not null)
            .ToDictionary(r => Path.GetFullPath(r.Target!), StringComparer.Ordinal);
        if (imported.Count == 0) return results;

        var context = new PipelineContext(site, options);
        var reading = Pipelines.Check.Where(s => s is FindReports or ReadReports).ToList();
        var checking = Pipelines.Check.Where(s => s is not (FindReports or ReadReports)).ToList();
        var archive = PipelineRunner.Run(reading, context);
        var found = archive.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var reader = new ReadReports();
        var extra = imported
            .Where(pair => !found.Contains(pair.Key))
            .Select(pair =>
            {
                var document = new ReportDocument { SourcePath = pair.Key, DisplayPath = context.Display(pair.Key) };
                return pair.Value.Outcome == ImportOutcome.Written ? reader.Process(document, context) : document with { Text = pair.Value.Markdown };
            });
        var documents = PipelineRunner.Run(checking, context, documents: [.. archive, .. extra]);

        var byPath = documents.Where(d => imported.ContainsKey(d.SourcePath)).ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        return
        [
            .. results.Select(r => r.Target is { } target && imported.ContainsKey(Path.GetFullPath(target)) && byPath.TryGetValue(Path.GetFullPath(target), out var document)
                ? r with { Diagnostics = ArchiveRun.Sort(document.Diagnostics), TargetDisplay = document.DisplayPath }
                : r),
        ];
    }

    /// <summary>
    /// The findings for reports named on validate's command line that are outside content/reports (such as those
    /// an import wrote with --out): checked against the archive as if they were in it.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckNamed(BuildOptions options, IReadOnlyList<string> paths)
    {
        var (site, _) = ReadSite.From(options.ContentDirectory, options.SiteDirectory, p => PathDisplay.Relative(p, options.WorkingDirectory));
        var named = paths.Select(p => new ImportResult(p, ImportOutcome.Written) { Target = p }).ToList();
        return [.. Run(site, options, named).SelectMany(r => r.Diagnostics)];
    }
}
