using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Committee.Model;

/// <summary>How a report type numbers its headings and paragraphs.</summary>
public enum NumberingStyle
{
    /// <summary>Headings 1.0, 2.0 …; paragraphs 1.1, 1.2 … within their section (the Policy and Performance Board report).</summary>
    Sections,

    /// <summary>Headings unnumbered; paragraphs 1, 2, 3 … through the whole report (the Overview and Scrutiny report).</summary>
    Paragraphs,

    /// <summary>No numbering is checked.</summary>
    None,
}

/// <summary>A section a report type knows: its title, the other titles that count as it, and guidance for authors.</summary>
public sealed record SectionSpec(string Title, ImmutableArray<string> Also, string Guidance, ImmutableArray<string> Subsections)
{
    // Every heading of every report is compared with every section of its type, so the type's titles are normalised
    // once, not at each comparison (figures: docs/performance.md, 'Per-report work walks and compares once').
    // Kept beside the record rather than in it, so equality and 'with' copies behave as before.
    private static readonly ConditionalWeakTable<SectionSpec, string[]> NormalisedTitles = new();

    /// <summary>True when a heading's title (already normalised) is this section.</summary>
    public bool Matches(string normalisedTitle) =>
        Array.IndexOf(NormalisedTitles.GetValue(this, static spec => [SectionTitle.Normalise(spec.Title), .. spec.Also.Select(SectionTitle.Normalise)]), normalisedTitle) >= 0;
}

/// <summary>A template that reports follow (<c>content/types/&lt;id&gt;.yml</c>).</summary>
public sealed record ReportType(
    string Id,
    string Name,
    string Description,
    NumberingStyle Numbering,
    ImmutableArray<SectionSpec> Sections,
    ImmutableArray<SectionSpec> OptionalSections,
    ImmutableArray<string> RequiredFields,
    string SourceFile)
{
    public SectionSpec? FindRequired(string normalisedTitle) => Sections.FirstOrDefault(s => s.Matches(normalisedTitle));

    public SectionSpec? FindOptional(string normalisedTitle) => OptionalSections.FirstOrDefault(s => s.Matches(normalisedTitle));
}
