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

    /// <summary>The same paper was imported before (its report is there already); nothing was written.</summary>
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

    /// <summary>Written (or would be), but with findings, changes or unplaced lines an officer should look at.</summary>
    public bool NeedsAttention => Outcome is ImportOutcome.Written or ImportOutcome.WouldWrite && (Diagnostics.Count > 0 || Unplaced.Count > 0 || Changes.Count > 0);

    /// <summary>The report's board, date, title and type, for the import report (--report).</summary>
    public (string Board, string Date, string Title, string Type)? Facts { get; init; }

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

    /// <summary>The cover labels: the built-in table and the council's own (site.yml, <c>import: labels:</c>).</summary>
    public CoverLabels Labels { get; init; } = CoverLabels.Default;

    /// <summary>--date, --title, --officer, --wards, --item: facts about the one paper imported, over what its text says.</summary>
    public PaperFacts? Given { get; init; }

    /// <summary>--manifest: facts about each paper by its full path, over what its text says.</summary>
    public IReadOnlyDictionary<string, PaperFacts> Manifest { get; init; } = new Dictionary<string, PaperFacts>();

    /// <summary>Today, for two-digit years (kept in the past).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Asks the person at the terminal a question; null where nobody can answer (CI, a pipe).</summary>
    public Func<string, string?>? Ask { get; init; }
}

/// <summary>
/// What a council knows about a paper from outside it (its committee system's listings): given with --date,
/// --title, --officer, --wards and --item for one paper, or a row of a --manifest for each. Each fact given
/// wins over what the paper's text says.
/// </summary>
public sealed record PaperFacts
{
    /// <summary>A board id.</summary>
    public string? Board { get; init; }
    public DateOnly? Date { get; init; }
    public string? Title { get; init; }
    public string? Officer { get; init; }

    /// <summary>As a cover writes them: "all", or ward names or ids separated by commas.</summary>
    public string? Wards { get; init; }
    public int? Item { get; init; }
}
