namespace Committee.Indicators;

/// <summary>
/// One row of a paper's indicator table, matched to its indicator in the catalogue: what the paper reports for the
/// quarter it covers. Any of the figures may be missing (a blank cell, "n/a", or a value that could not be read).
/// </summary>
/// <param name="Line">The row's line in the paper's file.</param>
public sealed record IndicatorReading(string IndicatorId, Figure? Target, Figure? Actual, Rag? Status, Direction? Direction, int Line)
{
    /// <summary>The same figures, as a paper would have to repeat them: target, actual and status.</summary>
    public bool SameFiguresAs(IndicatorReading other) => Same(Target, other.Target) && Same(Actual, other.Actual) && Status == other.Status;

    private static bool Same(Figure? a, Figure? b) => (a?.Value, a?.High, a?.Bound) == (b?.Value, b?.High, b?.Bound);
}
