using System.Collections.Immutable;
using Committee.Diagnostics;

namespace Committee.Pipeline;

/// <summary>What one build found and made.</summary>
/// <param name="Documents">Every report after the last stage that ran (with its page written, where it has one).</param>
/// <param name="Diagnostics">Every finding, of the settings and of every report, sorted by file and line.</param>
/// <param name="Published">The site was written and put in place of the old one.</param>
/// <param name="Written">How many files the build wrote (pages, listings, search index), not counting copied assets.</param>
public sealed record BuildResult(
    PipelineContext Context,
    ImmutableArray<ReportDocument> Documents,
    ImmutableList<Diagnostic> Diagnostics,
    bool Published,
    int Written,
    RunResult Checked);

/// <summary>
/// The one way a site is built, for <c>committee build</c>, <c>committee serve</c> and the tests: check every report
/// (<see cref="Pipelines.Check"/>), then, unless errors stop it, make every output and put the site in place
/// (<see cref="Pipelines.Publish"/>). The commands only parse options, call it and print.
/// </summary>
public static class SiteBuild
{
    /// <param name="log">Where stages say what they are doing (installing packages); not for findings.</param>
    /// <param name="onStage">Told of each stage as it starts (a progress display, the stage timings).</param>
    /// <param name="prepare">A preview's last say over the checked reports before they are published (which render
    /// despite their errors, and at which address); a build publishes them as they are.</param>
    /// <param name="open">Where the site's files go instead of the output folder (the preview keeps them in memory).</param>
    /// <param name="later">Takes the work that may wait until the site is served (<see cref="BuildProducts.Later"/>).</param>
    /// <param name="memo">The preview's memo of its last build, which this build uses and then replaces; a build has none.</param>
    [System.Runtime.CompilerServices.MethodImpl(Compile.Optimised)]
    public static BuildResult Run(
        BuildOptions options,
        TextWriter? log = null,
        Action<IStage>? onStage = null,
        Func<RunResult, ImmutableArray<ReportDocument>>? prepare = null,
        Func<ISiteOutputs>? open = null,
        Incremental.BuildMemo? memo = null,
        Action<Func<string, bool>, Action<ISiteOutputs>>? later = null)
    {
        memo?.Begin(options);
        var run = ArchiveRun.Check(options, loadTemplates: true, onStage, memo: memo);
        if (!options.Preview && run.BlockingErrors(options.IncludeDrafts).Any())
        {
            return new BuildResult(run.Context, run.Documents, run.Diagnostics, false, 0, run);
        }
        var documents = prepare is null ? Handed(ref run) : prepare(run);
        var context = run.Context with { Log = log ?? TextWriter.Null, Products = new() { Open = open, Later = later } };
        ISiteOutputs? outputs = null;
        var published = PipelineRunner.Run(Pipelines.Publish, context, stage =>
        {
            onStage?.Invoke(stage);
            outputs ??= context.Products.Outputs;
        }, documents);
        var renderFindings = published.SelectMany(d => d.Diagnostics).Except(run.Diagnostics);
        var diagnostics = ArchiveRun.Sort(run.Diagnostics.Concat(renderFindings));
        return new BuildResult(context, published, diagnostics, context.Products.Published, outputs?.Count ?? 0, run);
    }

    /// <summary>
    /// The validated reports, handed over: the run keeps none of them. Each holds its page's rendered body until
    /// <see cref="Render.RenderPages"/> writes the page and lets it go, and a run that kept them would keep every body
    /// through the stages after it, the search index and the listings (figures: docs/performance.md, 'Released bodies
    /// are collected at once').
    /// </summary>
    private static ImmutableArray<ReportDocument> Handed(ref RunResult run)
    {
        var documents = run.Documents;
        run = run with { Documents = [] };
        return documents;
    }
}
