using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Read;
using Committee.Render;
using Committee.Validate;

namespace Committee.Pipeline;

/// <summary>What one run of the pipeline found: the documents and every diagnostic, sorted by file and line.</summary>
public sealed record RunResult(PipelineContext Context, ImmutableArray<ReportDocument> Documents, ImmutableList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>Sets up a run (settings, boards, types, templates) and runs the validate pipeline over the archive.</summary>
public static class ArchiveRun
{
    /// <summary>
    /// Validates every report. <paramref name="loadTemplates"/>: a build, which also needs the templates and each
    /// report's search text. Every report is read and checked afresh: what is published never rests on a record of
    /// an earlier run.
    /// </summary>
    /// <param name="keepTrees">False for a run that only reports findings (validate): each report's Markdown tree is let
    /// go as soon as its checks are done, so 10,000 trees are not held (and copied by every collection) to the end. A
    /// build lets them go too, whatever this says: its pass renders each body (<see cref="RenderMarkdown"/>) while the
    /// tree is fresh, and no later stage reads the tree.</param>
    public static RunResult Validate(BuildOptions options, bool loadTemplates, Action<IStage>? onStage = null, bool keepTrees = true)
    {
        var display = (string path) => PathDisplay.Relative(path, options.WorkingDirectory);
        var (site, siteDiagnostics) = ReadSite.From(options.ContentDirectory, options.SiteDirectory, display);
        if (options.BaseUrl is { } baseUrl)
        {
            site = site with { Settings = site.Settings with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }
        var context = new PipelineContext(site, options)
        {
            SiteDiagnostics = siteDiagnostics,
        };
        if (loadTemplates)
        {
            var (templates, templateDiagnostics) = Templates.Load(Path.Combine(options.SiteDirectory, "templates"), display);
            context = context with { Templates = templates, SiteDiagnostics = siteDiagnostics.AddRange(templateDiagnostics) };
        }

        var documents = PipelineRunner.Run(Pipelines.Validate, context, onStage, afterEachReport: keepTrees && !loadTemplates ? null : WithoutTree);
        var diagnostics = context.SiteDiagnostics
            .AddRange(documents.SelectMany(d => d.Diagnostics))
            .AddRange(CheckArchive.BoardsWithoutReports(documents, context));
        return new RunResult(context, documents, Sort(diagnostics));
    }

    private static ReportDocument WithoutTree(ReportDocument document) => document.Markdown is null ? document
        : document with { Markdown = null, Sections = [], FrontMatter = null, Text = null, ParsedEarlier = true };

    public static ImmutableList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal),
    ];
}
