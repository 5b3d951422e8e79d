using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Committee.Pipeline;

/// <summary>
/// One report file on its way through the pipeline. Immutable: each stage returns a copy with what
/// it found (<c>document with { … }</c>), so stages can run on many documents at once.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>Absolute path of the Markdown file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The path as diagnostics show it: relative to the working folder where it is inside it.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The file's text (BOM removed), or null when it could not be read as text.</summary>
    public string? Text { get; init; }

    /// <summary>The YAML between the --- lines, and the file line its first line is on.</summary>
    public YamlMappingNode? FrontMatter { get; init; }
    public int FrontMatterFirstLine { get; init; }

    public Report? Report { get; init; }
    public ReportType? Type { get; init; }
    public MarkdownDocument? Markdown { get; init; }

    /// <summary>How far the report has come through the pipeline.</summary>
    public ReportStage Stage { get; init; }

    /// <summary>The text parsed as Markdown (within the nesting limit), also once the tree is no longer held.</summary>
    public bool HasMarkdown => Markdown is not null || Stage >= ReportStage.Parsed;

    public ImmutableArray<Section> Sections { get; init; } = [];

    /// <summary>The ordinary files in the paper's own folder (named like the paper, without .md), by name.</summary>
    public ImmutableArray<AttachmentFile> Attachments { get; init; } = [];

    /// <summary>The name of the paper's own folder, beside it: its file name without .md.</summary>
    public string FolderName => Path.GetFileNameWithoutExtension(SourcePath);

    /// <summary>The headings and body text search reads; null for exempt reports and reports that did not parse.</summary>
    public Search.SearchText? SearchText { get; init; }

    /// <summary>The rows of the paper's indicator tables matched to the catalogue (<see cref="Indicators.CheckIndicators"/>);
    /// empty for an exempt paper, whose figures reach no page.</summary>
    public ImmutableArray<Indicators.IndicatorReading> Indicators { get; init; } = [];

    /// <summary>The address relative to the site root, e.g. <c>boards/safer-ppb/2012-01-17/performance/</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The financial quarter the report is listed under: its period, else the quarter of its meeting.</summary>
    public FinancialPeriod? Quarter { get; init; }

    /// <summary>The day the paper was published: its front matter's <c>published</c>, else its meeting's
    /// <c>agenda_published</c>, else the day its file first appeared in Git; null when none is known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The day of the last commit that changed the paper after it was published (<see cref="Read.ReadLastChanged"/>);
    /// null when it has not changed since, or the content is not in Git.</summary>
    public DateOnly? LastChanged { get; init; }

    /// <summary>The file's path in its Git repository (from the repository's top, '/'-separated), for a link to its
    /// history; null outside Git.</summary>
    public string? RepositoryPath { get; init; }

    /// <summary>Its agenda item number ("7a"), from its meeting's agenda or its front matter's <c>item</c>; null when it has none.</summary>
    public string? AgendaItem { get; init; }

    /// <summary>The previous and next papers of the same board in this build, by meeting date and agenda order.</summary>
    public ReportLink? Previous { get; init; }
    public ReportLink? Next { get; init; }

    /// <summary>The body rendered to HTML with its contents list, by a build's per-report pass
    /// (<see cref="Render.RenderMarkdown"/>) for <see cref="Render.RenderPages"/>, and kept in a build for the meeting's
    /// agenda pack (<see cref="Render.Listings.PackPages"/>).</summary>
    public Render.ReportBody? Body { get; init; }

    /// <summary>The rendered page, when it was not handed to the site at once: only where no site is open, as when
    /// the stage runs on its own.</summary>
    public string? Html { get; init; }

    /// <summary>Has a page in this build: handed to the site at once, or held in <see cref="Html"/>.</summary>
    public bool HasPage => Stage == ReportStage.PageMade;

    public ImmutableList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public ReportDocument With(Diagnostic diagnostic) => this with { Diagnostics = Diagnostics.Add(diagnostic) };

    /// <summary>With these findings too; the document itself when there are none (most checks of most reports).</summary>
    public ReportDocument With(IReadOnlyCollection<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? this : this with { Diagnostics = Diagnostics.AddRange(diagnostics) };

    /// <summary>Has a page in this build: decoded, and final unless drafts were asked for (an exempt report's page is its notice).</summary>
    public bool IsPublished(bool includeDrafts) => Report is { } r && (includeDrafts || !r.IsDraft);
}

/// <summary>How far a report has come: one state instead of a flag per phase.</summary>
public enum ReportStage
{
    /// <summary>Listed: a file under content/reports/.</summary>
    Found,
    /// <summary>Its text was read.</summary>
    Read,
    /// <summary>Its text was parsed as Markdown (the tree may since have been let go).</summary>
    Parsed,
    /// <summary>Its page was made.</summary>
    PageMade,
}

/// <summary>A link to another paper: enough to name it and point to it.</summary>
public sealed record ReportLink(string Title, string Url);
