using System.Collections.Immutable;

namespace Committee.Model;

public enum ReportStatus { Final, Draft }

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
    public int? Item { get; init; }
    public ReportStatus Status { get; init; } = ReportStatus.Final;
    public ReportAccess Access { get; init; } = ReportAccess.Public;
    public int? ExemptParagraph { get; init; }

    /// <summary>Titles and exemptions for files in the paper's folder, from <c>attachments:</c>.</summary>
    public ImmutableArray<AttachmentEntry> Attachments { get; init; } = [];

    public bool IsExempt => Access == ReportAccess.Exempt;
    public bool IsDraft => Status == ReportStatus.Draft;
}
