using System.Collections.Immutable;
using System.Globalization;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>
/// Gives each report its honest dates: when it was published, and when it last changed after that. One
/// <c>git log</c> over the reports folder (one process, not one per file) gives each file's first and last commit.
/// A paper is published on its front matter's <c>published</c> date, else its meeting's <c>agenda_published</c>
/// (papers go out with the agenda), else the day its file first appeared in Git. It has changed only if a later commit
/// touched it after that day: the commit that brought it is its arrival, not a change, so an archive imported in one
/// commit shows no paper as changed. Content outside Git, or a machine without git, has no Git dates.
/// </summary>
public sealed class ReadLastChanged : IArchiveStage
{
    public string Name => "Read publication and last-changed dates";

    /// <summary>A file's commits: the first and last day, how many, and its path in the repository.</summary>
    public sealed record FileHistory(DateOnly First, DateOnly Last, int Commits, string RepositoryPath);

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var history = GitHistory(Path.Combine(context.Options.ContentDirectory, "reports"));
        var agendas = context.Meetings.Where(m => m.AgendaPublished is not null)
            .ToDictionary(m => (m.BoardId, m.Date), m => m.AgendaPublished!.Value);
        return [.. documents.Select(d =>
        {
            if (d.Report is not { } report) return d;
            var file = history.GetValueOrDefault(d.SourcePath);
            DateOnly? agenda = report.Date is { } date && agendas.TryGetValue((report.BoardId, date), out var day) ? day : null;
            var published = report.Published ?? agenda ?? file?.First;
            return d with { Published = published, LastChanged = Changed(file, published), RepositoryPath = file?.RepositoryPath };
        })];
    }

    /// <summary>The day of the last change after publication: only when a commit after the file's first touched it, after
    /// the day it was published.</summary>
    public static DateOnly? Changed(FileHistory? file, DateOnly? published) =>
        file is { Commits: >= 2 } && file.Last > (published ?? file.First) ? file.Last : null;

    /// <summary>Absolute path → its commits in the repository holding the folder; empty outside Git.</summary>
    public static Dictionary<string, FileHistory> GitHistory(string folder)
    {
        var files = new Dictionary<string, FileHistory>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        var top = Git(folder, "rev-parse", "--show-toplevel")?.Trim();
        if (string.IsNullOrEmpty(top)) return files;
        // Newest first. %cs is the committer date, yyyy-mm-dd: the day the change reached the branch the site is built from.
        var log = Git(folder, "log", "--format=@%cs", "--name-only", "--no-renames", "--", ".");
        if (log is null) return files;
        DateOnly current = default;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('@'))
            {
                DateOnly.TryParseExact(line[1..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out current);
            }
            else if (line.Length > 0 && current != default)
            {
                var relative = line.Trim();
                var path = Path.GetFullPath(Path.Combine(top, relative));
                // Older commits come later: each one moves the first day back.
                files[path] = files.TryGetValue(path, out var seen)
                    ? seen with { First = current < seen.First ? current : seen.First, Commits = seen.Commits + 1 }
                    : new FileHistory(current, current, 1, relative);
            }
        }
        return files;
    }

    private static string? Git(string workingDirectory, params string[] args) =>
        GitCommand.Run(workingDirectory, args) is { Code: 0, Output: var output } ? output : null; // no git, or not a repository: no dates
}
