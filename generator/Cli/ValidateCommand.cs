using System.Collections.Immutable;
using System.CommandLine;
using Committee.Authoring;
using Committee.Diagnostics;
using Committee.Diagnostics.Formatters;
using Committee.Pipeline;

namespace Committee.Cli;

/// <summary><c>committee validate [PATH…]</c>: checks papers and prints every problem in one run.</summary>
public static class ValidateCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var paths = new Argument<string[]>("paths") { Description = "Reports or folders to check (default: every report)", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "How to print problems: text, json, github or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. DiagnosticFormatters.Names]);
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit 1) on warnings too" };
        var changedSince = new Option<string?>("--changed-since") { Description = "Show only the papers changed since this Git branch, tag or commit (a pull request's base), committed or not", HelpName = "REF" };

        var command = new Command("validate", "Check papers: front matter, sections, numbering, links and what must never be published.");
        command.Arguments.Add(paths);
        common.AddTo(command, withOutput: false);
        command.Options.Add(format);
        command.Options.Add(strict);
        command.Options.Add(changedSince);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory);
            if (CommonOptions.MissingFolder(options) is { } missing) return Usage(console, missing);

            var only = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var path in result.GetValue(paths) ?? [])
            {
                var full = Path.GetFullPath(path, console.WorkingDirectory);
                if (File.Exists(full)) only.Add(full);
                else if (Directory.Exists(full)) only.UnionWith(Directory.EnumerateFiles(full, "*.md", SearchOption.AllDirectories).Select(Path.GetFullPath));
                // System.CommandLine hands an unknown option such as --bogus to the PATH argument: call it what it is.
                else if (path.StartsWith('-')) return Usage(console, $"Unrecognized option '{path}'. Run 'committee validate --help' to see the options.");
                else return Usage(console, Rules.PathNotFound.InFile(path, path).Message);
            }

            // Ask Git first: a mistyped base ref is a usage problem, reported before any checking.
            ChangedReports? changed = null;
            if (result.GetValue(changedSince) is { } since)
            {
                try
                {
                    changed = ChangedReports.Since(since, options);
                }
                catch (GitChanges.UnavailableException e)
                {
                    return Usage(console, e.Message);
                }
            }

            var run = ArchiveRun.Check(options, loadTemplates: false, keepTrees: false);
            var diagnostics = run.Diagnostics;
            var checkedCount = run.Documents.Length;
            // A report named outside content/reports (one an import wrote with --out) is checked against the archive too.
            var inArchive = run.Documents.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
            var meetingsFolder = Path.Combine(options.ContentDirectory, Meetings.ReadMeetings.Folder) + Path.DirectorySeparatorChar;
            var outside = only.Where(f => f.EndsWith(".md", StringComparison.Ordinal) && !inArchive.Contains(f) && !f.StartsWith(meetingsFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (outside.Count > 0) diagnostics = diagnostics.AddRange(Import.ValidateImported.CheckNamed(options, outside));
            if (only.Count > 0)
            {
                // Archive-wide checks still see every report; only the named files' findings are shown.
                var shown = run.Documents.Where(d => only.Contains(d.SourcePath)).Select(d => d.DisplayPath).ToHashSet(StringComparer.Ordinal);
                shown.UnionWith(outside.Select(f => PathDisplay.Relative(f, console.WorkingDirectory)));
                checkedCount = shown.Count;
                // A meeting file named (content/meetings/…) shows its own findings, checked against every paper.
                var meetings = Path.Combine(options.ContentDirectory, Meetings.ReadMeetings.Folder) + Path.DirectorySeparatorChar;
                shown.UnionWith(only.Where(f => f.StartsWith(meetings, StringComparison.Ordinal)).Select(f => PathDisplay.Relative(f, console.WorkingDirectory)));
                diagnostics = [.. diagnostics.Where(d => shown.Contains(d.File))];
            }

            if (result.GetValue(changedSince) is { } baseRef && changed is not null)
            {
                if (changed.SettingsChanged)
                {
                    // A board, report type or the settings changed: any paper may now fail, so none is left out.
                    console.Error.WriteLine($"committee: {string.Join(", ", changed.SettingsFiles.Select(f => PathDisplay.Relative(f, console.WorkingDirectory)))} changed since {baseRef}, so every paper is checked.");
                }
                else
                {
                    // With PATHs too, the papers shown are the named ones that also changed.
                    (diagnostics, checkedCount) = changed.Filter(run, only.Count > 0 ? d => only.Contains(d.SourcePath) : null);
                    if (checkedCount == 0) console.Error.WriteLine($"committee: no paper has changed since {baseRef}.");
                }
            }

            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            var summary = new CheckSummary(checkedCount, errors, warnings, diagnostics.Select(d => d.File).Distinct().Count());
            var formatter = DiagnosticFormatters.For(result.GetValue(format)!, console.IsTerminal, SourceLines(console.WorkingDirectory));
            formatter.Write(diagnostics, summary, console.Out);

            // A draft's errors fail validate, though a build without --drafts passes over them (RunResult.BlockingErrors):
            // validate is the author's check of the papers, drafts included, and a pull request's check of them.
            var failed = errors > 0 || (result.GetValue(strict) && warnings > 0);
            return (int)(failed ? ExitCode.ErrorsFound : ExitCode.Success);
        });
        return command;
    }

    internal static int Usage(CommandConsole console, string message)
    {
        console.Error.WriteLine($"committee: {message}");
        return (int)ExitCode.UsageOrIo;
    }

    /// <summary>Reads each file's lines once, for showing the line a finding is about.</summary>
    internal static Func<string, string[]?> SourceLines(string workingDirectory)
    {
        var cache = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        return file =>
        {
            if (cache.TryGetValue(file, out var lines)) return lines;
            try
            {
                var path = Path.GetFullPath(file, workingDirectory);
                lines = new FileInfo(path) is { Exists: true, Length: < ReadReportsLimit } ? File.ReadAllLines(path) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lines = null;
            }
            return cache[file] = lines;
        };
    }

    private const long ReadReportsLimit = Read.ReadReports.MaxBytes;
}
