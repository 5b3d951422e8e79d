using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Diagnostics.Formatters;
using Committee.Pipeline;
using Committee.Render;
using Committee.Write;

namespace Committee.Serve;

/// <summary>
/// One build of the preview: the site it made and what it found, by the address of each paper.
/// Immutable, so the server swaps in a new one while requests still read the old one.
/// </summary>
public sealed record PreviewSnapshot
{
    /// <summary>Counts up from 1 with each build; the open page reloads when it changes.</summary>
    public required int Version { get; init; }

    /// <summary>The built site; null when no build has made one yet.</summary>
    public PreviewSite? Site { get; init; }

    /// <summary>Every finding of this build, sorted by file and line.</summary>
    public ImmutableList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The address of each paper by its file (absolute path), kept for a paper whose next save breaks it.</summary>
    public ImmutableDictionary<string, string> Addresses { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The findings of each paper, by its address (<c>boards/…/</c>), for the banner on its page.</summary>
    public ImmutableDictionary<string, ImmutableList<Diagnostic>> FindingsByUrl { get; init; } = ImmutableDictionary<string, ImmutableList<Diagnostic>>.Empty;

    /// <summary>Papers with an address that could not be made into a page: their findings page is served there instead.</summary>
    public ImmutableDictionary<string, string> FindingsPages { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The page at <c>/__committee/problems</c>: every finding of the archive.</summary>
    public string ProblemsPage { get; init; } = "";

    public int PapersWithErrors { get; init; }
    public int PapersWithWarningsOnly { get; init; }

    /// <summary>Errors in the settings, boards, report types or templates rather than in a paper.</summary>
    public int SettingsErrors { get; init; }

    /// <summary>Why the latest changes could not be built, when they could not; the previous site is still served.</summary>
    public string? Failure { get; init; }
}

/// <summary>
/// Builds the preview the way <c>committee build</c> builds the site, with one difference: papers with
/// errors are still rendered where they can be, because an author fixing a paper wants to see it.
/// The preview's site is kept in memory (<see cref="PreviewSite"/>): nothing is written to disk, least of all to the
/// published <c>_site/</c>.
/// </summary>
/// <param name="memo">What the last build made, found again where its inputs are unchanged; null: everything afresh.</param>
public sealed class PreviewBuild(BuildOptions options, TextWriter output, bool colour, Incremental.BuildMemo? memo = null)
{
    /// <summary>A problem no save will fix (Node.js missing, a preview folder committee did not make): the command stops.</summary>
    public sealed class SetupException(string message) : Exception(message);

    /// <summary>Print each stage's figures at each rebuild (for measuring).</summary>
    public bool Timings { get; init; }

    public PreviewSnapshot Run(int version, PreviewSnapshot? previous)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var meter = Timings ? new Cli.StageMeter() : null;
        IStage? stage = null;
        void OnStage(IStage next)
        {
            if (meter is not null && stage is not null) output.WriteLine($"  {stage.Name}: {meter.Lap()}");
            stage = next;
        }
        // Every preview is built whole, from the files as they are: what it shows never rests on a record of the last.
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        RunResult? run = null;
        var documents = ImmutableArray<ReportDocument>.Empty;
        ImmutableList<Diagnostic> diagnostics = [];
        string? failure = null;
        var site = previous?.Site;
        var fresh = new PreviewSite();
        var later = new System.Collections.Concurrent.ConcurrentQueue<(Func<string, bool> Holds, Action<ISiteOutputs> Work)>();
        try
        {
            var build = SiteBuild.Run(options, output, onStage: OnStage, prepare: checkedRun =>
            {
                run = checkedRun;
                return documents = Prepare(checkedRun, previous, addresses);
            }, open: () => fresh, memo: memo, later: (holds, work) => later.Enqueue((holds, work)));
            (documents, diagnostics) = (build.Documents, build.Diagnostics);
            if (build.Published)
            {
                site = fresh;
                // The search index, the data files (feeds, calendars, open data, sitemap) and the agenda packs are made
                // when first asked for, not at every save: a save then waits only for the pages, and a search, a feed
                // or a pack waits for files made from the content as saved, never old ones.
                foreach (var (holds, work) in later) site.Later(holds, work);
            }
        }
        catch (FrontEndAssets.UnavailableException e)
        {
            throw new SetupException(e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A template or asset fault in site-src/ that stopped the whole site: keep serving the last one.
            failure = e is IOException or UnauthorizedAccessException
                ? $"The preview could not be made: {e.Message}"
                : $"The site could not be made from the templates in {PathDisplay.Relative(options.SiteDirectory, options.WorkingDirectory)}: {e.Message}";
            diagnostics = run?.Diagnostics ?? [];
        }
        if (run is null) throw new InvalidOperationException("The preview's reports were not checked.");
        if (meter is not null && stage is not null) output.WriteLine($"  {stage.Name}: {meter.Lap()}");
        if (meter is not null && memo is not null) output.WriteLine($"  Memo: {memo.LastBuild.Found} reports and files found, {memo.LastBuild.Made} made afresh");
        var context = run.Context;

        var rendered = documents.Where(d => d.HasPage).Select(d => d.Url!).ToHashSet(StringComparer.Ordinal);
        var findingsByUrl = ImmutableDictionary.CreateBuilder<string, ImmutableList<Diagnostic>>(StringComparer.Ordinal);
        var findingsPages = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!addresses.TryGetValue(document.SourcePath, out var url) || document.Diagnostics.IsEmpty) continue;
            var findings = ArchiveRun.Sort(document.Diagnostics);
            // Two papers at one address: the page shows the one that rendered, with both papers' findings.
            findingsByUrl[url] = findingsByUrl.TryGetValue(url, out var earlier) ? ArchiveRun.Sort(earlier.AddRange(findings)) : findings;
            if (!rendered.Contains(url))
            {
                findingsPages[url] = ProblemBanner.FindingsPage(context, document, findings);
            }
        }

        var snapshot = new PreviewSnapshot
        {
            Version = version,
            Site = site,
            Diagnostics = diagnostics,
            Addresses = addresses.ToImmutableDictionary(StringComparer.Ordinal),
            FindingsByUrl = findingsByUrl.ToImmutable(),
            FindingsPages = findingsPages.ToImmutable(),
            PapersWithErrors = documents.Count(d => d.HasErrors),
            PapersWithWarningsOnly = documents.Count(d => !d.HasErrors && !d.Diagnostics.IsEmpty),
            SettingsErrors = context.SiteDiagnostics.Count(d => d.IsError),
            Failure = failure,
        };
        snapshot = snapshot with { ProblemsPage = ProblemBanner.ProblemsPage(context, snapshot, documents, addresses) };

        Report(snapshot, documents.Length, clock.Elapsed);
        return snapshot;
    }

    /// <summary>
    /// Which papers the preview renders despite their errors, and where: each keeps the address it would have; a paper
    /// whose error leaves it none keeps the one it had in the last preview, or else the one its file name implies, so
    /// the page the author has open shows what is wrong. Fills <paramref name="addresses"/> (by file).
    /// </summary>
    private ImmutableArray<ReportDocument> Prepare(RunResult run, PreviewSnapshot? previous, Dictionary<string, string> addresses)
    {
        var context = run.Context;
        var includeDrafts = options.IncludeDrafts;
        foreach (var d in run.Documents.Where(d => d.Url is not null && d.IsPublished(includeDrafts))) addresses[d.SourcePath] = d.Url!;

        var used = addresses.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var document in run.Documents.Where(d => d.HasErrors && !addresses.ContainsKey(d.SourcePath)))
        {
            if (document.Report is { IsDraft: true } && !includeDrafts) continue;
            var kept = previous?.Addresses.GetValueOrDefault(document.SourcePath) ?? ConventionalAddress(document.SourcePath);
            if (kept is not null && used.Add(kept)) addresses[document.SourcePath] = kept;
        }

        // A paper renders despite its errors only when it has what a page needs: a date, a known board, its
        // text (an exempt paper shows only a notice) and an address no other paper has taken. Any other paper
        // is left out of the listings, and its address serves a page of its findings instead.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return [.. run.Documents.Select(d =>
        {
            if (d.Url is null || !addresses.ContainsKey(d.SourcePath)) return d;
            var renderable = context.Templates is not null
                && d.Report is { Date: not null } report
                && context.Site.Boards.ContainsKey(report.BoardId)
                && (report.IsExempt || d.HasMarkdown)
                && taken.Add(d.Url!);
            return renderable ? d : d with { Url = null };
        })];
    }

    /// <summary>
    /// The address a report file's name implies by the convention <c>content/reports/&lt;board&gt;/&lt;yyyy-mm-dd&gt;-&lt;slug&gt;.md</c>;
    /// null when it does not follow it.
    /// </summary>
    private string? ConventionalAddress(string sourcePath)
    {
        var relative = Path.GetRelativePath(Path.Combine(options.ContentDirectory, "reports"), sourcePath).Split(Path.DirectorySeparatorChar);
        if (relative.Length != 2 || !Model.Slug.From(relative[0], fallback: "").Equals(relative[0], StringComparison.Ordinal) || relative[0].Length == 0) return null;
        var name = Path.GetFileNameWithoutExtension(relative[1]);
        if (name.Length < 11 || !DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) return null;
        return Model.Addresses.Report(relative[0], date, Validate.AssignUrls.SlugFromFileName(sourcePath));
    }

    /// <summary>Prints the findings as <c>committee validate</c> does, then one line on what the preview shows.</summary>
    private void Report(PreviewSnapshot snapshot, int reports, TimeSpan took)
    {
        var diagnostics = snapshot.Diagnostics;
        if (diagnostics.Count > 0)
        {
            var errors = diagnostics.Count(d => d.IsError);
            var summary = new CheckSummary(reports, errors, diagnostics.Count - errors, diagnostics.Select(d => d.File).Distinct().Count());
            new TextFormatter(colour, Cli.ValidateCommand.SourceLines(options.WorkingDirectory)).Write(diagnostics, summary, output);
        }
        if (snapshot.Failure is { } failure)
        {
            output.WriteLine($"{failure}\nThe preview still shows the last site that could be built.");
            return;
        }
        var line = $"Built the preview in {took.TotalSeconds:0.00} s";
        var problems = new List<string>();
        if (snapshot.PapersWithErrors > 0) problems.Add($"{ProblemBanner.Papers(snapshot.PapersWithErrors)} with errors {(snapshot.PapersWithErrors == 1 ? "is" : "are")} shown with their findings");
        if (snapshot.SettingsErrors > 0) problems.Add($"the settings, boards, report types or templates have {ProblemBanner.Count(snapshot.SettingsErrors, "error")}");
        line += problems.Count == 0 ? "." : $"; {string.Join(", and ", problems)}. 'committee build' would publish nothing until they are fixed.";
        output.WriteLine(line);
    }
}
