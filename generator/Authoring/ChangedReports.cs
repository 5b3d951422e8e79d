using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Authoring;

/// <summary>
/// Which papers <c>validate --changed-since REF</c> shows: those changed since the ref. A changed board,
/// report type or site settings file can break any paper, so it widens the check to every paper.
/// </summary>
public sealed record ChangedReports(ImmutableHashSet<string> Reports, ImmutableArray<string> SettingsFiles)
{
    /// <summary>True when a board, report type or the site settings changed: every paper must be shown.</summary>
    public bool SettingsChanged => !SettingsFiles.IsEmpty;

    public static ChangedReports Since(string baseRef, BuildOptions options)
    {
        var git = GitChanges.Since(baseRef, options.ContentDirectory);
        var content = git.In(options.ContentDirectory);
        var reportsFolder = Path.Combine(options.ContentDirectory, "reports") + Path.DirectorySeparatorChar;
        var boards = Path.Combine(options.ContentDirectory, "boards") + Path.DirectorySeparatorChar;
        var types = Path.Combine(options.ContentDirectory, "types") + Path.DirectorySeparatorChar;

        var reports = content
            .Where(c => c.Kind != ChangeKind.Removed && c.Path.StartsWith(reportsFolder, StringComparison.Ordinal))
            .Select(c => c.Path)
            .ToImmutableHashSet(StringComparer.Ordinal);
        var settings = content
            .Where(c => c.Path.StartsWith(boards, StringComparison.Ordinal) || c.Path.StartsWith(types, StringComparison.Ordinal))
            .Select(c => c.Path)
            .ToList();
        var siteYml = Path.Combine(options.SiteDirectory, "site.yml");
        try
        {
            // The site sources may live outside the content's repository; then their changes cannot be seen.
            if (GitChanges.Since(baseRef, options.SiteDirectory).In(options.SiteDirectory).Any(c => c.Path == siteYml || c.OldPath == siteYml))
            {
                settings.Add(siteYml);
            }
        }
        catch (GitChanges.UnavailableException)
        {
        }
        return new ChangedReports(reports, [.. settings.Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The findings to show: those in the changed papers, and archive-wide ones that involve them (an
    /// unchanged paper now at the same address as a changed one, or whose old address a changed one now takes), so a
    /// pull request sees the collision it causes.
    /// </summary>
    public (ImmutableList<Diagnostic> Shown, int ReportsShown) Filter(RunResult run, Func<ReportDocument, bool>? alsoOnly = null)
    {
        var changed = run.Documents.Where(d => Reports.Contains(d.SourcePath) && (alsoOnly?.Invoke(d) ?? true)).ToList();
        var files = changed.Select(d => d.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var addresses = changed.Where(d => d.Url is not null).Select(d => d.Url!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var collidingFiles = run.Documents.Where(d => d.Url is not null && addresses.Contains(d.Url)).Select(d => d.DisplayPath).ToHashSet(StringComparer.Ordinal);
        // An unchanged paper whose old address (aliases) a changed paper now takes: its alias-collision is the change's doing.
        var aliasFiles = run.Documents.Where(d => d.Report?.Aliases.Any(a => addresses.Contains(a.Path)) == true).Select(d => d.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var shown = run.Diagnostics.Where(d =>
            files.Contains(d.File) ||
            (d.RuleId == Rules.UrlCollision.Id && collidingFiles.Contains(d.File)) ||
            (d.RuleId == Rules.AliasCollision.Id && aliasFiles.Contains(d.File)));
        return ([.. shown], changed.Count);
    }
}
