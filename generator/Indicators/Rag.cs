namespace Committee.Indicators;

/// <summary>A red, amber or green status, as a table's Status or RAG column gives it.</summary>
public enum Rag { Green, Amber, Red }

/// <summary>A direction of travel: how the figure moved since the last report, for better or worse.</summary>
public enum Direction { Improving, Stable, Declining }

/// <summary>Reads the words tables use for a status and a direction; null when a cell says something else.</summary>
public static class ReadStatus
{
    public static Rag? Rag(string text) => Words(text) switch
    {
        "green" or "g" or "on target" or "achieved" or "met" => Indicators.Rag.Green,
        "amber" or "a" or "close to target" or "near target" or "at risk" => Indicators.Rag.Amber,
        "red" or "r" or "off target" or "not achieved" or "missed" => Indicators.Rag.Red,
        _ => null,
    };

    public static Direction? Direction(string text) => Words(text) switch
    {
        "improving" or "improved" or "better" or "improvement" or "↑" or "▲" => Indicators.Direction.Improving,
        "stable" or "no change" or "unchanged" or "same" or "steady" or "static" or "→" or "↔" or "►" => Indicators.Direction.Stable,
        "declining" or "declined" or "worse" or "worsening" or "deteriorating" or "deteriorated" or "↓" or "▼" => Indicators.Direction.Declining,
        _ => null,
    };

    /// <summary>Lower case, without a leading arrow when words follow it ("↑ Improving"), single spaces.</summary>
    private static string Words(string text)
    {
        var words = string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return words.Length > 2 && words[1] == ' ' && !char.IsLetterOrDigit(words[0]) ? words[2..] : words;
    }
}

/// <summary>What the figures say a status should be: the target met (green), missed within the tolerance (amber), or missed.</summary>
public static class Assess
{
    /// <summary>How far the actual misses the target, in the target's unit: 0 when it is met.</summary>
    public static decimal Miss(Figure target, Figure actual, Polarity polarity)
    {
        var a = actual.Value;
        var bound = target.Bound == Bound.Exact ? (polarity == Polarity.HigherIsBetter ? Bound.AtLeast : Bound.AtMost) : target.Bound;
        return bound switch
        {
            Bound.AtLeast => Math.Max(0, target.Value - a),
            Bound.AtMost => Math.Max(0, a - target.Value),
            _ => a < target.Value ? target.Value - a : Math.Max(0, a - target.High),
        };
    }

    /// <summary>
    /// The statuses the figures allow: green when the target is met; when it is missed, amber within the tolerance and red
    /// beyond it, or either when the catalogue gives no tolerance.
    /// </summary>
    public static IReadOnlyList<Rag> Allowed(Figure target, Figure actual, Indicator indicator)
    {
        var miss = Miss(target, actual, indicator.Polarity);
        if (miss == 0) return [Rag.Green];
        if (indicator.Tolerance is not { } tolerance) return [Rag.Amber, Rag.Red];
        var near = target.Bound == Bound.Range && actual.Value > target.High ? target.High : target.Value;
        return miss <= tolerance.For(near) ? [Rag.Amber] : [Rag.Red];
    }

    /// <summary>The status the figures give, where they give one: with no tolerance, a miss is red only if the paper says so.</summary>
    public static Rag? Expected(Figure target, Figure actual, Indicator indicator) =>
        Allowed(target, actual, indicator) is [var only] ? only : null;

    /// <summary>Whether a change from the previous figure to this one is an improvement, no change, or a decline.</summary>
    public static Direction Movement(decimal previous, decimal current, Polarity polarity) =>
        current == previous ? Direction.Stable
        : (current > previous) == (polarity == Polarity.HigherIsBetter) ? Direction.Improving : Direction.Declining;
}
