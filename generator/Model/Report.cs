using System.Collections.Immutable;

namespace Committee.Model;

/// <summary>Where a paper stands: final (published), a draft (published only with --drafts), or taken off its
/// meeting's agenda (withdrawn) or put back to a later meeting (deferred): both keep their page, with a notice.</summary>
public enum ReportStatus { Final, Draft, Withdrawn, Deferred }

public enum ReportAccess { Public, Exempt }

/// <summary>
/// A report's front matter, decoded into the fixed contract of the content format. Fields that failed
/// to decode are left at their defaults; the diagnostics say why.
/// </summary>
public sealed record Report
{
    public string Title { get; init; } = "";
    public string BoardId { get; init; } = "";
    public DateOnly? Date { get; init; }

    /// <summary>The day the paper was published (<c>published</c>), when the front matter says; else it is worked out
    /// at build time (<see cref="Pipeline.ReportDocument.Published"/>).</summary>
    public DateOnly? Published { get; init; }
    public string Officer { get; init; } = "";

    /// <summary>Ward ids; empty when <see cref="AllWards"/> is true.</summary>
    public ImmutableArray<string> Wards { get; init; } = [];
    public bool AllWards { get; init; }

    public string? TypeId { get; init; }
    public FinancialPeriod? Period { get; init; }
    public string? Portfolio { get; init; }
    public string? Contact { get; init; }
    public string? Summary { get; init; }
    public string? Slug { get; init; }
    public ItemNumber? Item { get; init; }
    public ReportStatus Status { get; init; } = ReportStatus.Final;

    /// <summary>Why a paper was withdrawn or deferred (<c>status_reason</c>), shown in its notice; "" otherwise.</summary>
    public string StatusReason { get; init; } = "";

    /// <summary>A late paper, published after the agenda with the chair's agreement that it is urgent (<c>supplementary: true</c>).</summary>
    public bool Supplementary { get; init; }

    /// <summary>The front matter line of <see cref="Published"/>, for findings about it.</summary>
    public int PublishedLine { get; init; } = 1;

    /// <summary>The paper's old addresses (<c>aliases</c>), relative to the site's root, each ending '/': each gets a page that redirects here.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];
    public ReportAccess Access { get; init; } = ReportAccess.Public;
    public int? ExemptParagraph { get; init; }

    /// <summary>Titles and exemptions for files in the paper's folder, from <c>attachments:</c>.</summary>
    public ImmutableArray<AttachmentEntry> Attachments { get; init; } = [];

    public bool IsExempt => Access == ReportAccess.Exempt;
    public bool IsDraft => Status == ReportStatus.Draft;

    /// <summary>Withdrawn or deferred: the paper is not considered at its meeting, though its page stays.</summary>
    public bool IsWithdrawnOrDeferred => Status is ReportStatus.Withdrawn or ReportStatus.Deferred;
}

/// <summary>An old address of a paper (<c>aliases:</c>), relative to the site's root and ending '/', and the front matter line that gives it.</summary>
public sealed record Alias(string Path, int Line);
