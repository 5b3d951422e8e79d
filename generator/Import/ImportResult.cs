using System.Collections.Immutable;
using Committee.Diagnostics;

namespace Committee.Import;

/// <summary>What happened to one old paper.</summary>
public enum ImportOutcome
{
    /// <summary>The report was written.</summary>
    Written,

    /// <summary>A dry run: the report would have been written.</summary>
    WouldWrite,

    /// <summary>A file was already at the target path; it was left alone.</summary>
    Skipped,

    /// <summary>The paper could not be imported; nothing was written for it.</summary>
    Failed,
}

/// <summary>The import of one old paper: where it went, what the import changed, what it could not place and what validation found.</summary>
public sealed record ImportResult(string Source, ImportOutcome Outcome)
{
    /// <summary>Why nothing was written (Failed or Skipped), for the officer running the import.</summary>
    public string? Problem { get; init; }

    /// <summary>The report's full path, and as shown.</summary>
    public string? Target { get; init; }
    public string? TargetDisplay { get; init; }

    /// <summary>The report's text, front matter and body.</summary>
    public string? Markdown { get; init; }

    /// <summary>One line saying what the cover gave: board, meeting, report type, period, wards.</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<Unplaced> Unplaced { get; init; } = [];

    /// <summary>What the import changed from the source, and guesses it made, so the officer can check them.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>What validation found in the written (or, in a dry run, the would-be) report.</summary>
    public ImmutableList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Outcome == ImportOutcome.Failed || Diagnostics.Any(d => d.IsError);

    public static ImportResult Fail(string source, string problem) => new(source, ImportOutcome.Failed) { Problem = problem };
}

/// <summary>The options of one import run.</summary>
public sealed record ImportOptions
{
    /// <summary>The folder reports are written under, as &lt;board&gt;/&lt;date&gt;-&lt;slug&gt;.md: content/reports unless --out.</summary>
    public required string ReportsDirectory { get; init; }

    /// <summary>--board: the board every paper goes to, whatever its cover says.</summary>
    public string? Board { get; init; }

    /// <summary>--type: the report type for every paper, instead of the one its headings suggest.</summary>
    public string? Type { get; init; }

    public bool DryRun { get; init; }

    /// <summary>--exempt-paragraph: the paragraph of Schedule 12A for papers marked exempt.</summary>
    public int? ExemptParagraph { get; init; }

    /// <summary>Asks the person at the terminal a question; null where nobody can answer (CI, a pipe).</summary>
    public Func<string, string?>? Ask { get; init; }
}
