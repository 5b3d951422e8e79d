using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using Committee.Diagnostics;
using Committee.Diagnostics.Formatters;
using Committee.Pipeline;
using Committee.Write;
using Spectre.Console;

namespace Committee.Cli;

/// <summary><c>committee build</c>: validates every paper and, when none has an error, publishes the site.</summary>
public static class BuildCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var drafts = new Option<bool>("--drafts") { Description = "Include draft papers, marked DRAFT (for previews, never for publishing)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Publish at this address instead of base_url in site.yml (e.g. a GitHub Pages address)" };
        baseUrl.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && Committee.Model.BaseAddress.Problem(value, "--base-url") is { } problem) result.AddError(problem);
        });
        var timings = new Option<bool>("--timings") { Description = "Print each stage's wall and CPU time, memory, GC pauses and JIT time" };
        var command = new Command("build", "Build the public site from the content into the output folder.");
        common.AddTo(command, withOutput: true);
        command.Options.Add(drafts);
        command.Options.Add(baseUrl);
        command.Options.Add(timings);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory) with { IncludeDrafts = result.GetValue(drafts), BaseUrl = result.GetValue(baseUrl) };
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);
            return Run(options, console, result.GetValue(timings));
        });
        return command;
    }

    /// <param name="timings">Print each stage's figures (for measuring, not for everyday use).</param>
    public static int Run(BuildOptions options, CommandConsole console, bool timings = false)
    {
        var clock = Stopwatch.StartNew();
        using var meter = new StageMeter();
        IStage? current = null;
        void Log(IStage stage)
        {
            var lap = meter.Lap();
            if (timings && current is not null) console.Out.WriteLine($"  {current.Name}: {lap}");
            current = stage;
        }

        try
        {
            // Before anything else, so that a build that finds errors still clears what killed builds left (old
            // sites that may hold papers since withdrawn or made exempt) and mends a site left aside.
            ForgetEarlierCache(options.WorkingDirectory);
            OutputFolder.RemoveLeftovers(Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar));
            var build = WithProgress(console, status => SiteBuild.Run(options, console.Error, stage => { status(stage.Name); Log(stage); }));
            if (timings && current is not null) console.Out.WriteLine($"  {current.Name}: {meter.Lap()}");

            var (documents, diagnostics) = (build.Documents, build.Diagnostics);
            if (diagnostics.Count > 0)
            {
                var errors = diagnostics.Count(d => d.IsError);
                var summary = new CheckSummary(documents.Length, errors, diagnostics.Count - errors, diagnostics.Select(d => d.File).Distinct().Count());
                // Nothing of an exempt paper's text reaches the log: not in a finding, not in the lines shown under it.
                var exemptFiles = documents.Where(d => d.Report is { IsExempt: true }).Select(d => d.DisplayPath).ToHashSet(StringComparer.Ordinal);
                var lines = ValidateCommand.SourceLines(console.WorkingDirectory);
                new TextFormatter(console.IsTerminal, file => exemptFiles.Contains(file) ? null : lines(file))
                    .Write([.. ExemptFindings.Withheld(diagnostics, exemptFiles)], summary, console.Error);
            }
            if (!build.Published || build.Checked.BlockingErrors(options.IncludeDrafts, diagnostics).Any())
            {
                console.Error.WriteLine($"Nothing was published: fix the errors above and build again. The previous site in {PathDisplay.Relative(options.OutputDirectory, options.WorkingDirectory)} is unchanged.");
                return (int)ExitCode.ErrorsFound;
            }

            var pages = documents.Count(d => d.HasPage);
            var exempt = documents.Count(d => d.HasPage && d.Report!.IsExempt);
            var draftsLeftOut = documents.Count(d => d.Report is { IsDraft: true } && !d.HasPage);
            console.Out.WriteLine(
                $"Built {pages} report pages ({exempt} exempt, shown as a notice only)" +
                (draftsLeftOut > 0 ? $"; {draftsLeftOut} draft{(draftsLeftOut == 1 ? "" : "s")} left out (use --drafts to preview)" : "") +
                $" into {PathDisplay.Relative(options.OutputDirectory, options.WorkingDirectory)}/ in {clock.Elapsed.TotalSeconds:0.00} s; wrote {build.Written} files.");
            return (int)ExitCode.Success;
        }
        catch (OutputFolder.RefusedException e)
        {
            return ValidateCommand.Usage(console, e.Message);
        }
        catch (FrontEndAssets.UnavailableException e)
        {
            return ValidateCommand.Usage(console, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Every build writes into a fresh folder, removed when it fails: the live site is untouched.
            var site = PathDisplay.Relative(options.OutputDirectory, options.WorkingDirectory);
            return ValidateCommand.Usage(console, $"The site could not be written: {e.Message.TrimEnd('.')}. Nothing was published: the site in {site} is as it was.");
        }
    }

    /// <summary>
    /// Earlier versions of committee kept a cache of validated papers in <c>.committee/cache/</c>, holding the section
    /// titles of exempt papers too. Builds no longer keep one; the old one is removed so no exempt text lingers.
    /// </summary>
    private static void ForgetEarlierCache(string workingDirectory)
    {
        var cache = Path.Combine(workingDirectory, ".committee", "cache");
        if (Directory.Exists(cache) && new FileInfo(cache).LinkTarget is null) Directory.Delete(cache, recursive: true);
    }

    /// <summary>On a terminal, a spinner naming the stage; elsewhere the work runs as it is.</summary>
    private static T WithProgress<T>(CommandConsole console, Func<Action<string>, T> work)
    {
        if (!console.IsTerminal) return work(_ => { });
        return AnsiConsole.Status().Start("Starting", context => work(name => context.Status(name)));
    }
}
