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
            if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                result.AddError($"--base-url '{value}' must be a full web address starting https://");
            }
        });
        var command = new Command("build", "Build the public site from the content into the output folder.");
        common.AddTo(command, withOutput: true);
        command.Options.Add(drafts);
        command.Options.Add(baseUrl);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory) with { IncludeDrafts = result.GetValue(drafts), BaseUrl = result.GetValue(baseUrl) };
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);
            return Run(options, console);
        });
        return command;
    }

    /// <summary>
    /// The validated reports, handed over: the run keeps none of them. Each holds its page's rendered body until
    /// <see cref="Render.RenderPages"/> writes the page and lets it go, and a run that kept them would keep every body through
    /// the stages after it (at 100,000 reports, about 0.6 GB through the search index and the listings).
    /// </summary>
    private static ImmutableArray<ReportDocument> Handed(ref RunResult run)
    {
        var documents = run.Documents;
        run = run with { Documents = [] };
        return documents;
    }

    public static int Run(BuildOptions options, CommandConsole console)
    {
        var clock = Stopwatch.StartNew();
        var stageClock = Stopwatch.StartNew();
        using var meter = new StageMeter();
        IStage? current = null;
        BuildCache? cache = null;
        void Log(IStage stage)
        {
            var lap = meter.Lap();
            if (!console.IsTerminal && current is not null) console.Out.WriteLine($"  {current.Name}: {lap}");
            current = stage;
            stageClock.Restart();
        }

        Task? savingMemo = null;
        try
        {
            // The last build's record and the site's folders are looked at while the reports are checked.
            var lastBuild = BuildCache.Prefetch(options);
            // Optimised from the start, like the shipped tool: unoptimised code would keep the validated reports (with
            // their bodies) alive in this frame until the publish returns, whatever Handed does.
            var (run, documents) = WithProgress(console, [System.Runtime.CompilerServices.MethodImpl(Compile.Early)] (status) =>
            {
                var run = ArchiveRun.Validate(options, loadTemplates: true, stage => { status(stage.Name); Log(stage); }, useMemo: true);
                if (run.BlockingErrors(options.IncludeDrafts).Any()) return (run, run.Documents);
                cache = BuildCache.Load(run.Context, lastBuild);
                var published = PipelineRunner.Run(Pipelines.Publish, run.Context with { Log = console.Error, Cache = cache, Products = new() }, stage =>
                {
                    status(stage.Name);
                    Log(stage);
                    // The memo is saved while the site is written, on a core the writing leaves free (2.6 s of a
                    // 100,000-report build, one thread). Not before: the output folder was accepted (OpenSite, earlier),
                    // and the search index, which reads recalled papers' texts from the last memo, is made; the writing
                    // reads no paper's text.
                    if (stage is WriteSite) savingMemo = Task.Run(() => run.Context.Memo?.Save());
                }, Handed(ref run));
                return (run, published);
            });
            if (current is not null && !console.IsTerminal) console.Out.WriteLine($"  {current.Name}: {meter.Lap()}");
            // Not before here: a build that refused its output folder (an exception above) writes nothing at all.
            stageClock.Restart();
            if (savingMemo is not null) savingMemo.GetAwaiter().GetResult();
            else run.Context.Memo?.Save();
            if (!console.IsTerminal) console.Out.WriteLine($"  Save the memo of validated reports: {stageClock.ElapsedMilliseconds} ms");

            var renderErrors = documents.SelectMany(d => d.Diagnostics).Except(run.Diagnostics).ToList();
            var diagnostics = ArchiveRun.Sort(run.Diagnostics.Concat(renderErrors));
            if (diagnostics.Count > 0)
            {
                var errors = diagnostics.Count(d => d.IsError);
                var summary = new CheckSummary(documents.Length, errors, diagnostics.Count - errors, diagnostics.Select(d => d.File).Distinct().Count());
                new TextFormatter(console.IsTerminal, ValidateCommand.SourceLines(console.WorkingDirectory)).Write(diagnostics, summary, console.Error);
            }
            if (run.BlockingErrors(options.IncludeDrafts, diagnostics).Any())
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
                $" into {PathDisplay.Relative(options.OutputDirectory, options.WorkingDirectory)}/ in {clock.Elapsed.TotalSeconds:0.00} s" +
                (cache is { Usable: true } ? $"; only changes: wrote {cache.Written.Count} files." : $"; wrote {cache?.Written.Count ?? 0} files."));
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
            // A full build wrote into a fresh folder, removed when it failed; a rebuild replaced files one at a time,
            // having first forgotten the last build's record, so the next build makes the whole site again.
            var site = PathDisplay.Relative(options.OutputDirectory, options.WorkingDirectory);
            var outcome = cache is { Usable: true }
                ? $"Some files of the site in {site} may have been replaced; the next build writes it all again."
                : $"Nothing was published: the site in {site} is as it was.";
            return ValidateCommand.Usage(console, $"The site could not be written: {e.Message.TrimEnd('.')}. {outcome}");
        }
        finally
        {
            // A build that failed while writing the site still lets the memo be written whole.
            if (savingMemo is not null) Task.WaitAny(savingMemo);
        }
    }

    /// <summary>On a terminal, a spinner naming the stage; elsewhere the work runs as it is.</summary>
    private static T WithProgress<T>(CommandConsole console, Func<Action<string>, T> work)
    {
        if (!console.IsTerminal) return work(_ => { });
        return AnsiConsole.Status().Start("Starting", context => work(name => context.Status(name)));
    }
}
