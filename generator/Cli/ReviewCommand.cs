using System.CommandLine;
using System.Text;
using Committee.Authoring;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Cli;

/// <summary>
/// <c>committee review --base REF</c>: a Markdown summary of the papers a pull request adds, changes,
/// renames or removes, for the job summary of a GitHub workflow (or the terminal).
/// </summary>
public static class ReviewCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var baseRef = new Option<string>("--base") { Description = "The branch, tag or commit the pull request goes into, such as origin/main", Required = true, HelpName = "REF" };
        var output = new Option<string?>("--output")
        {
            Description = "Append the summary to this file; '-' for the screen. Default: the job summary ($GITHUB_STEP_SUMMARY) in GitHub Actions, else the screen",
            HelpName = "FILE",
        };
        var command = new Command("review", "Summarise the papers changed since a branch (a pull request's base): what changed, section by section, and what the checks found.");
        common.AddTo(command, withOutput: false);
        command.Options.Add(baseRef);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory);
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);
            var target = result.GetValue(output) ?? Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
            return Run(options, result.GetValue(baseRef)!, target is null or "" or "-" ? null : Path.GetFullPath(target, console.WorkingDirectory), console);
        });
        return command;
    }

    /// <param name="summaryFile">Where to append the summary; null for standard output.</param>
    public static int Run(BuildOptions options, string baseRef, string? summaryFile, CommandConsole console)
    {
        GitChanges git;
        IReadOnlyList<ChangedFile> changes;
        try
        {
            git = GitChanges.Since(baseRef, options.ContentDirectory);
            changes = git.In(options.ContentDirectory);
        }
        catch (GitChanges.UnavailableException e)
        {
            return ValidateCommand.Usage(console, e.Message);
        }

        var run = ArchiveRun.Check(options, loadTemplates: false);
        var reportsFolder = Path.Combine(options.ContentDirectory, "reports") + Path.DirectorySeparatorChar;
        var papers = ReviewSummary.Review(git, [.. changes.Where(c => c.Path.StartsWith(reportsFolder, StringComparison.Ordinal))], run);
        var others = changes
            .Where(c => !c.Path.StartsWith(reportsFolder, StringComparison.Ordinal) || !Read.FindReports.IsReportFile(c.Path))
            .Where(c => !papers.Any(p => p.Attachments.Any(a => a.Path == c.Path)))
            .Select(c => PathDisplay.Relative(c.Path, console.WorkingDirectory))
            .ToList();
        var markdown = ReviewMarkdown.ToMarkdown(papers, baseRef, others);

        if (summaryFile is null)
        {
            console.Out.Write(markdown);
        }
        else
        {
            try
            {
                File.AppendAllText(summaryFile, markdown, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ValidateCommand.Usage(console, $"The review could not be written to '{summaryFile}': {e.Message}");
            }
            console.Out.WriteLine($"Wrote the review of {(papers.Count == 1 ? "1 paper" : $"{papers.Count} papers")} to {PathDisplay.Relative(summaryFile, console.WorkingDirectory)}.");
        }
        // The same exit codes as validate: a paper in the pull request with an error fails the step.
        return (int)(papers.Any(p => p.HasErrors) ? ExitCode.ErrorsFound : ExitCode.Success);
    }
}
