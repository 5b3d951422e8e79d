namespace Committee.Import;

/// <summary>What a line of an old paper's body is, as a reader of the printed paper would tell.</summary>
public enum BodyKind
{
    /// <summary>"1.0 PURPOSE OF REPORT", "CORPORATE IMPLICATIONS", "Financial:".</summary>
    Heading,

    /// <summary>"3.1 The departmental objectives…": a paragraph numbered within its section.</summary>
    SectionParagraph,

    /// <summary>"12. The Council's framework…": a paragraph numbered in one run through the paper.</summary>
    RunParagraph,

    /// <summary>"1) Receive the second quarter…": a numbered recommendation.</summary>
    Recommendation,

    /// <summary>"a) …", "(ii) …": a lettered item.</summary>
    Lettered,

    /// <summary>"- …", "• …": a bullet.</summary>
    Bullet,

    /// <summary>"| a | b |": a table row (from a Word table).</summary>
    TableRow,

    /// <summary>Ordinary text.</summary>
    Text,

    /// <summary>A page number or running header the extraction left in the text.</summary>
    Furniture,
}

/// <summary>One block of an old paper's body, with the source line it starts on.</summary>
public sealed record BodyItem(BodyKind Kind, string Text, int Line)
{
    /// <summary>A blank line came before it in the source (a new paragraph rather than the next line of a list).</summary>
    public bool BlankBefore { get; init; }

    /// <summary>A heading's or paragraph's number as written ("6.0", "12", "1").</summary>
    public string? Number { get; init; }

    /// <summary>Text after a heading's colon, as in "2.0 RECOMMENDED: That the Policy and Performance Board".</summary>
    public string? After { get; init; }

    /// <summary>The heading's number came after its title in the source ("IMPLICATIONS FOR … 6.0").</summary>
    public bool NumberMoved { get; init; }

    /// <summary>A heading's level as the source marked it (a Word heading style: 2 for Heading 1, 3 below it); null when the import tells.</summary>
    public int? Level { get; init; }

    /// <summary>A lettered heading's letter ("A – Introduction").</summary>
    public string? Letter { get; init; }

    /// <summary>The heading as the source wrote it, for the import's report.</summary>
    public string Original { get; init; } = "";
}
