using System.Collections.Immutable;
using System.Globalization;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>
/// Finds the date each report last changed, from one <c>git log</c> over the reports folder (one process,
/// not one per file). Content outside Git, or a machine without git, simply has no dates.
/// </summary>
public sealed class ReadLastChanged : IArchiveStage
{
    public string Name => "Read last-changed dates";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var reports = Path.Combine(context.Options.ContentDirectory, "reports");
        var dates = GitDates(reports);
        if (dates.Count == 0) return documents;
        return [.. documents.Select(d => dates.TryGetValue(d.SourcePath, out var date) ? d with { LastChanged = date } : d)];
    }

    /// <summary>Absolute path → date of the newest commit that touched it.</summary>
    public static Dictionary<string, DateOnly> GitDates(string folder)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return dates;
        var top = Git(folder, "rev-parse", "--show-toplevel")?.Trim();
        if (string.IsNullOrEmpty(top)) return dates;
        // Newest first, so the first date seen for a file is its last change. %cs is the committer date, yyyy-mm-dd.
        var log = Git(folder, "log", "--format=@%cs", "--name-only", "--no-renames", "--", ".");
        if (log is null) return dates;
        DateOnly current = default;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('@'))
            {
                DateOnly.TryParseExact(line[1..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out current);
            }
            else if (line.Length > 0 && current != default)
            {
                var path = Path.GetFullPath(Path.Combine(top, line.Trim()));
                dates.TryAdd(path, current);
            }
        }
        return dates;
    }

    private static string? Git(string workingDirectory, params string[] args) =>
        GitCommand.Run(workingDirectory, args) is { Code: 0, Output: var output } ? output : null; // no git, or not a repository: no dates
}
