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

    /// <summary>
    /// The files of the papers whose front matter was read and says 'status: draft'. Taken when the run is made, so they
    /// outlast <see cref="Documents"/>, which a build hands on to be published.
    /// </summary>
    public ImmutableHashSet<string> DraftFiles { get; init; } =
        [.. Documents.Where(d => d.Report is { IsDraft: true }).Select(d => d.DisplayPath)];

    /// <summary>
    /// The errors that stop a build publishing, of <paramref name="diagnostics"/> (default: the run's). Without --drafts a
    /// draft is not published, so its errors are shown but stop nothing: a fresh 'committee new' paper must not hold back
    /// every other paper. Every other error stops the build: the settings', a final paper's, and those of a paper whose
    /// front matter or status could not be read (it is not known to be a draft). With --drafts a draft's errors stop it too.
    /// <c>committee validate</c> does not ask this: it is the author's check, and fails on a draft's errors.
    /// </summary>
    public IEnumerable<Diagnostic> BlockingErrors(bool includeDrafts, IEnumerable<Diagnostic>? diagnostics = null) =>
        (diagnostics ?? Diagnostics).Where(d => d.IsError && (includeDrafts || !DraftFiles.Contains(d.File)));
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
    /// <param name="memo">The preview's memo: reports unchanged since its last build are found there, not checked again.</param>
    public static RunResult Check(BuildOptions options, bool loadTemplates, Action<IStage>? onStage = null, bool keepTrees = true, Incremental.BuildMemo? memo = null)
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
            Memo = memo,
        };
        if (loadTemplates)
        {
            var (templates, templateDiagnostics) = Templates.Load(Path.Combine(options.SiteDirectory, "templates"), display);
            var (words, wordDiagnostics) = Words.Load(options.SiteDirectory, display);
            context = context with { Templates = templates, Words = words, SiteDiagnostics = siteDiagnostics.AddRange(templateDiagnostics).AddRange(wordDiagnostics) };
        }

        var documents = PipelineRunner.Run(Pipelines.Check, context, onStage, afterEachReport: keepTrees && !loadTemplates ? null : WithoutTree, recall: memo is null ? null : memo.Checked);
        var diagnostics = context.SiteDiagnostics
            .AddRange(documents.SelectMany(d => d.Diagnostics))
            .AddRange(CheckArchive.BoardsWithoutReports(documents, context));
        // The meetings are checked against every paper, so not when only some papers were asked for.
        if (options.OnlyFiles.IsEmpty)
        {
            var (meetings, meetingFindings) = Meetings.ReadMeetings.From(options.ContentDirectory, site, display);
            context = context with { Meetings = meetings };
            // A board with a meeting file meets, though it has no papers yet: it is not one to remove.
            var meeting = meetings.Select(m => site.Boards[m.BoardId].SourceFile).ToHashSet(StringComparer.Ordinal);
            diagnostics = diagnostics.RemoveAll(d => d.RuleId == Rules.BoardWithoutReports.Id && meeting.Contains(d.File));
            diagnostics = diagnostics.AddRange(meetingFindings).AddRange(Meetings.CheckMeetings.Check(meetings, documents, site, options.BuildDate))
                .AddRange(Meetings.CheckAliases.Check(documents));
            var (workingDays, holidayFindings) = Meetings.WorkingDays.Load(options.SiteDirectory, display);
            diagnostics = diagnostics.AddRange(holidayFindings).AddRange(Meetings.CheckPublication.Check(meetings, documents, workingDays));
        }
        return new RunResult(context, documents, Sort(diagnostics));
    }

    private static ReportDocument WithoutTree(ReportDocument document) => document.Markdown is null ? document
        : document with { Markdown = null, Sections = [], FrontMatter = null, Text = null };

    public static ImmutableList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal),
    ];
}
