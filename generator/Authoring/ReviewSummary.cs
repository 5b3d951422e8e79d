using System.Globalization;
using System.Text;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Pipeline;
using Committee.Read;
using Committee.Validate;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using YamlDotNet.RepresentationModel;

namespace Committee.Authoring;

/// <summary>One paper as it stands at one side of the comparison: its details and its parts (details, sections).</summary>
public sealed record ReportVersion(string Path, string DisplayPath, Report? Report, Board? Board, string? Url, IReadOnlyList<ReportPart> Parts, IReadOnlyList<string> StillToFillIn);

/// <summary>A part of a paper that a reviewer reads as one: its details (front matter), or one section.</summary>
/// <param name="Key">What matches the part across versions: the report type's title for a known section.</param>
public sealed record ReportPart(string Key, string Name, string Text);

/// <summary>A part that differs between the base and the pull request, with its lines' differences.</summary>
public sealed record PartChange(string Name, string How, IReadOnlyList<string> DiffLines);

/// <summary>One added, changed, renamed or removed paper, as the review shows it.</summary>
public sealed record ReviewedReport(ChangedFile Change, ReportVersion? Now, ReportVersion? Before, IReadOnlyList<PartChange> Changes, IReadOnlyList<Diagnostic> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);

    /// <summary>The files of the paper's own folder (its attachments) added, changed, renamed or removed.</summary>
    public IReadOnlyList<AttachmentChange> Attachments { get; init; } = [];
}

/// <summary>An attachment added, changed, renamed or removed: its name in the paper's folder, and whether it is exempt.</summary>
public sealed record AttachmentChange(ChangeKind Kind, string Name, string Path, bool IsExempt);

/// <summary>
/// The pull request review: each paper added, changed, renamed or removed since the base, with its board
/// and meeting, the sections that changed and how, and what validation found. Written in Markdown for a
/// GitHub job summary, in the words authors use (paper, board, meeting, section).
/// </summary>
public static class ReviewSummary
{
    /// <summary>Lines of unchanged text kept around each change, so a reviewer sees where it sits.</summary>
    private const int Context = 2;

    private static readonly IReadOnlyList<IStage> ReadStages =
        [new ParseFrontMatter(), new DecodeFrontMatter(), new ParseMarkdown(), new FindSections(), new AssignUrls()];

    public static IReadOnlyList<ReviewedReport> Review(GitChanges git, IReadOnlyList<ChangedFile> changes, RunResult run)
    {
        var documents = run.Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        var papers = new List<ReviewedReport>();
        var reviewed = changes.Where(c => FindReports.IsReportFile(c.Path)).ToList();
        // A paper whose attachments changed and its text did not is reviewed too, as changed.
        foreach (var paper in changes.Select(c => PaperOf(c.Path)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (documents.ContainsKey(paper) && !reviewed.Any(c => c.Path == paper)) reviewed.Add(new ChangedFile(ChangeKind.Changed, paper));
        }
        foreach (var change in reviewed)
        {
            ReportVersion? now = null, before = null;
            IReadOnlyList<Diagnostic> findings = [];
            if (change.Kind != ChangeKind.Removed && documents.TryGetValue(change.Path, out var document) && document.Text is { } text)
            {
                now = Read(text, change.Path, run.Context);
                var addresses = document.Url;
                findings =
                [
                    .. run.Diagnostics.Where(d => d.File == document.DisplayPath ||
                        (d.RuleId == Rules.UrlCollision.Id && addresses is not null && run.Documents.Any(o => o.DisplayPath == d.File && string.Equals(o.Url, addresses, StringComparison.OrdinalIgnoreCase)))),
                ];
            }
            else if (change.Kind != ChangeKind.Removed && documents.TryGetValue(change.Path, out var unreadable))
            {
                findings = [.. run.Diagnostics.Where(d => d.File == unreadable.DisplayPath)];
            }
            if (change.Kind != ChangeKind.Added && git.TextAtBase(change.OldPath ?? change.Path) is { } old)
            {
                before = Read(old, change.OldPath ?? change.Path, run.Context);
            }
            var partChanges = change.Kind is ChangeKind.Changed or ChangeKind.Renamed && now is not null && before is not null
                ? Compare(before, now)
                : [];
            papers.Add(new ReviewedReport(change, now, before, partChanges, findings) { Attachments = AttachmentsOf(change, changes, now?.Report) });
        }
        // Grouped as the summary counts them: added, changed, renamed, removed.
        return [.. papers.OrderBy(p => p.Change.Kind).ThenBy(p => p.Change.Path, StringComparer.Ordinal)];
    }

    /// <summary>The paper whose own folder holds this file (<c>…/2024-11-12-performance/appendix-a.pdf</c> belongs to
    /// <c>…/2024-11-12-performance.md</c>), or null for a file not in such a folder.</summary>
    public static string? PaperOf(string path) =>
        !FindReports.IsReportFile(path) && Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder + ".md" : null;

    private static List<AttachmentChange> AttachmentsOf(ChangedFile paper, IReadOnlyList<ChangedFile> changes, Report? now) =>
    [
        .. changes
            .Where(c => PaperOf(c.Path) is { } p && (p == paper.Path || p == paper.OldPath) || c.OldPath is { } old && PaperOf(old) is { } q && (q == paper.Path || q == paper.OldPath))
            .Select(c => new AttachmentChange(c.Kind, System.IO.Path.GetFileName(c.Path), c.Path, now?.Attachments.Any(a => a.IsExempt && a.File == System.IO.Path.GetFileName(c.Path)) == true))
            .OrderBy(a => a.Name, StringComparer.Ordinal),
    ];

    /// <summary>Reads one version of a paper with the validator's own parsing, so sections are found exactly as validate finds them.</summary>
    public static ReportVersion Read(string text, string path, PipelineContext context)
    {
        text = text.TrimStart('\uFEFF');
        var document = new ReportDocument { SourcePath = path, DisplayPath = context.Display(path), Text = text };
        document = PipelineRunner.Run(ReadStages, context, documents: [document])[0];
        var board = document.Report is { BoardId.Length: > 0 } r ? context.Site.Boards.GetValueOrDefault(r.BoardId) : null;
        return new ReportVersion(path, document.DisplayPath, document.Report, board, document.Url, Parts(document, text), StillToFillIn(document.FrontMatter));
    }

    /// <summary>The paper split as a reviewer reads it: the details (front matter), any text before the first section, then each section.</summary>
    private static List<ReportPart> Parts(ReportDocument document, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var parts = new List<ReportPart>();
        var bodyStart = 0;
        if (document.FrontMatter is not null)
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r', ' ', '\t') is "---" or "...");
            parts.Add(new ReportPart("\0details", "Paper details", Join(lines, 0, close + 1)));
            bodyStart = close + 1;
        }
        var firstSection = document.Sections.IsEmpty ? lines.Length : document.Sections[0].Line - 1;
        var preamble = Join(lines, bodyStart, firstSection);
        if (preamble.Trim().Length > 0) parts.Add(new ReportPart("\0before", "Text before the first section", preamble));

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Sections.Length; i++)
        {
            var section = document.Sections[i];
            var end = i + 1 < document.Sections.Length ? document.Sections[i + 1].Line - 1 : lines.Length;
            // A section the type knows is matched by the type's title, so "Recommended" renamed "Recommendations" is one section changed.
            var spec = document.Type?.FindRequired(section.NormalisedTitle) ?? document.Type?.FindOptional(section.NormalisedTitle);
            var key = spec?.Title.ToLowerInvariant() ?? section.NormalisedTitle;
            seen[key] = seen.GetValueOrDefault(key) + 1;
            if (seen[key] > 1) key += $"\0{seen[key]}";
            parts.Add(new ReportPart(key, section.DisplayTitle, Join(lines, section.Line - 1, end)));
        }
        return parts;
    }

    private static string Join(string[] lines, int from, int to) =>
        string.Join('\n', lines[from..Math.Max(from, to)]).TrimEnd('\n', ' ', '\t', '\r');

    /// <summary>The parts that differ: changed, added or removed, in the order the paper now reads, then those removed.</summary>
    public static List<PartChange> Compare(ReportVersion before, ReportVersion now)
    {
        var old = before.Parts.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var changes = new List<PartChange>();
        foreach (var part in now.Parts)
        {
            if (!old.TryGetValue(part.Key, out var was)) changes.Add(new PartChange(part.Name, "added", DiffLines("", part.Text)));
            else if (was.Text != part.Text) changes.Add(new PartChange(part.Name, "changed", DiffLines(was.Text, part.Text)));
        }
        var current = now.Parts.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var part in before.Parts.Where(p => !current.Contains(p.Key)))
        {
            changes.Add(new PartChange(part.Name, "removed", DiffLines(part.Text, "")));
        }
        return changes;
    }

    /// <summary>A unified-style diff of a part's lines ("+ ", "- ", "  "), keeping a little unchanged text around each change.</summary>
    public static List<string> DiffLines(string before, string after)
    {
        var model = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false);
        var lines = model.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++) keep[j] = true;
        }
        var result = new List<string>();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }
            if (skipped && result.Count > 0) result.Add("  …");
            skipped = false;
            var marker = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            result.Add(marker + lines[i].Text);
        }
        return result;
    }

    /// <summary>Front matter values still holding <see cref="ReportTemplate.ToDo"/>, as <c>committee new</c> left them.</summary>
    private static List<string> StillToFillIn(YamlMappingNode? frontMatter) =>
        frontMatter is null
            ? []
            : [.. frontMatter.Children
                .Where(c => c.Value is YamlScalarNode { Value: { } v } && v.TrimStart().StartsWith(ReportTemplate.ToDo, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Key is YamlScalarNode k ? k.Value ?? "" : "")];
}
