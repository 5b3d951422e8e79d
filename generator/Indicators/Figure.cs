using System.Globalization;
using System.Text.RegularExpressions;

namespace Committee.Indicators;

/// <summary>How a target reads: a figure to reach ("95%"), one not to exceed ("18% or lower"), or a range ("28% to 40%").</summary>
public enum Bound { Exact, AtLeast, AtMost, Range }

/// <summary>
/// A value read from an indicator table: "95%", "18% or lower", "£2.3m", "1,204", "12 days", "3.1 per 1,000", "28% to 40%".
/// </summary>
/// <param name="Value">The figure, in the unit as written (95 for 95%, 2,300,000 for £2.3m); the low end of a range.</param>
/// <param name="High">The high end of a range; else the value.</param>
/// <param name="Unit">The unit the text shows (a %, a £, "days", "per 1,000"), or null for a bare number.</param>
/// <param name="Text">The value as the paper writes it.</param>
public sealed record Figure(decimal Value, decimal High, Bound Bound, IndicatorUnit? Unit, string Text)
{
    public override string ToString() => Text;

    /// <summary>The figure alone, as a number for open data ("95", "2300000"), or "28 to 40" for a range.</summary>
    public string Plain => Bound == Bound.Range ? $"{Number(Value)} to {Number(High)}" : Number(Value);

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>Reads the values of an indicator table. Pure: text in, a figure (or why not) out.</summary>
public static partial class ReadFigure
{
    /// <summary>What a table writes for "no figure this quarter": not a value to read, and not a mistake.</summary>
    public static bool IsBlank(string text) => Normalise(text) is "" or "-" or "–" or "—" or "n/a" or "na" or "tbc" or "tba"
        or "not available" or "no data" or "not yet available" or "not reported" or "nil return" or "to follow";

    private static string Normalise(string text) => text.Trim().ToLowerInvariant();

    private static readonly (string Words, Bound Bound)[] Before =
    [
        ("at least", Bound.AtLeast), ("no less than", Bound.AtLeast), ("not less than", Bound.AtLeast), ("minimum of", Bound.AtLeast),
        ("minimum", Bound.AtLeast), ("min", Bound.AtLeast), ("more than", Bound.AtLeast), ("above", Bound.AtLeast), ("over", Bound.AtLeast),
        ("≥", Bound.AtLeast), (">=", Bound.AtLeast), (">", Bound.AtLeast),
        ("at most", Bound.AtMost), ("no more than", Bound.AtMost), ("not more than", Bound.AtMost), ("maximum of", Bound.AtMost),
        ("maximum", Bound.AtMost), ("max", Bound.AtMost), ("fewer than", Bound.AtMost), ("less than", Bound.AtMost),
        ("below", Bound.AtMost), ("under", Bound.AtMost), ("≤", Bound.AtMost), ("<=", Bound.AtMost), ("<", Bound.AtMost),
    ];

    private static readonly (string Words, Bound Bound)[] After =
    [
        ("or lower", Bound.AtMost), ("or fewer", Bound.AtMost), ("or less", Bound.AtMost), ("or below", Bound.AtMost), ("or under", Bound.AtMost),
        ("or more", Bound.AtLeast), ("or higher", Bound.AtLeast), ("or above", Bound.AtLeast), ("or over", Bound.AtLeast), ("or better", Bound.AtLeast),
    ];

    // ASCII digits only, so int and decimal parsing read exactly what the pattern saw.
    [GeneratedRegex(@"^(?<money>£)?\s*(?<n>[-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?<mult>k|m|bn|million|billion)?\s*(?<unit>%|per\s*cent|percent|(?:working\s+|calendar\s+)?days?|weeks?|per\s+[0-9][0-9,]*(?:\s+[a-z][a-z ]*)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Single();

    [GeneratedRegex(@"^(?<low>.+?)\s*(?:\s+to\s+|\s*[–—]\s*|(?<=[0-9%])\s*-\s*(?=[£0-9]))\s*(?<high>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    /// <summary>The figure a cell holds; null when it cannot be read as one (and is not <see cref="IsBlank"/>).</summary>
    public static Figure? From(string written)
    {
        var text = written.Trim();
        var rest = text.Replace('\u00a0', ' ').ToLowerInvariant();
        var bound = Bound.Exact;
        foreach (var (words, b) in Before)
        {
            if (rest.StartsWith(words, StringComparison.Ordinal) && (words.Length == rest.Length || !char.IsLetter(rest[words.Length]) || !char.IsLetter(words[^1])))
            {
                (rest, bound) = (rest[words.Length..].TrimStart(), b);
                break;
            }
        }
        foreach (var (words, b) in After)
        {
            if (bound == Bound.Exact && rest.EndsWith(words, StringComparison.Ordinal))
            {
                (rest, bound) = (rest[..^words.Length].TrimEnd(), b);
                break;
            }
        }
        if (rest.Length == 0) return null;
        if (Single().Match(rest) is { Success: true } one)
        {
            return Number(one) is var (value, unit) ? new Figure(value, value, bound, unit, text) : null;
        }
        if (bound != Bound.Exact || Range().Match(rest) is not { Success: true } range) return null;
        var low = Single().Match(range.Groups["low"].Value.Trim());
        var high = Single().Match(range.Groups["high"].Value.Trim());
        if (!low.Success || !high.Success || Number(low) is not var (from, lowUnit) || Number(high) is not var (to, highUnit)) return null;
        if (lowUnit is not null && highUnit is not null && lowUnit != highUnit) return null;
        return from <= to ? new Figure(from, to, Bound.Range, highUnit ?? lowUnit, text) : null;
    }

    private static (decimal Value, IndicatorUnit? Unit)? Number(Match match)
    {
        var digits = match.Groups["n"].Value.Replace(",", "").Replace('−', '-');
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        var money = match.Groups["money"].Success;
        var multiplier = match.Groups["mult"].Value.ToLowerInvariant() switch
        {
            "k" => 1_000m,
            "m" or "million" => 1_000_000m,
            "bn" or "billion" => 1_000_000_000m,
            _ => 1m,
        };
        // "2.3m" with no £ is still money as councils write it; "12m" of anything else is not a figure this reads.
        if (multiplier != 1m && !money) return null;
        var unitText = match.Groups["unit"].Value.ToLowerInvariant();
        IndicatorUnit? unit = unitText switch
        {
            "" => money ? IndicatorUnit.Money : null,
            "%" or "percent" => IndicatorUnit.Percent,
            _ when unitText.StartsWith("per ", StringComparison.Ordinal) && unitText.Replace(" ", "") is "percent" => IndicatorUnit.Percent,
            _ when unitText.StartsWith("per", StringComparison.Ordinal) => IndicatorUnit.Rate,
            _ => IndicatorUnit.Days,
        };
        if (money && unit != IndicatorUnit.Money) return null;
        if (unitText.StartsWith("week", StringComparison.Ordinal)) value *= 7;
        try { return (value * multiplier, unit); }
        catch (OverflowException) { return null; }
    }
}
