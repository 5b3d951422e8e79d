using System.Collections.Immutable;
using Committee.Model;

namespace Committee.Indicators;

/// <summary>What an indicator's figures count: its unit in the catalogue and, where a value says, in a paper.</summary>
public enum IndicatorUnit { Percent, Count, Days, Money, Rate }

/// <summary>Which way is better for an indicator's figures.</summary>
public enum Polarity { HigherIsBetter, LowerIsBetter }

/// <summary>
/// How far an actual may miss its target and still be amber rather than red: an amount in the indicator's own unit
/// (<c>tolerance: 2</c>, two percentage points for a percentage), or a share of the target (<c>tolerance: 5%</c>).
/// </summary>
public sealed record Tolerance(decimal Amount, bool OfTarget)
{
    /// <summary>The largest miss that is still amber, for this target.</summary>
    public decimal For(decimal target) => OfTarget ? Math.Abs(target) * Amount / 100m : Amount;

    public override string ToString() => OfTarget ? $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}% of the target"
        : Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One performance indicator of the catalogue (<c>content/indicators/&lt;id&gt;.yml</c>): what papers report quarter after
/// quarter, matched in their indicator tables by id or by name.
/// </summary>
/// <param name="Boards">The boards that receive it, in the order the file lists them (at least one).</param>
/// <param name="SourceFile">The catalogue file as findings show it.</param>
public sealed record Indicator(
    string Id,
    string Name,
    ImmutableArray<string> Boards,
    IndicatorUnit Unit,
    Polarity Polarity,
    Tolerance? Tolerance,
    string Description,
    string DefinitionUrl,
    string SourceFile)
{
    public bool HigherIsBetter => Polarity == Polarity.HigherIsBetter;
}

/// <summary>The indicator catalogue: by id, and by name as <see cref="SectionTitle.Normalise"/> compares titles.</summary>
public sealed class IndicatorCatalogue
{
    public static IndicatorCatalogue Empty { get; } = new(ImmutableDictionary<string, Indicator>.Empty);

    public ImmutableDictionary<string, Indicator> ById { get; }

    private readonly Dictionary<string, Indicator> byName = new(StringComparer.Ordinal);

    public IndicatorCatalogue(ImmutableDictionary<string, Indicator> byId)
    {
        ById = byId;
        foreach (var indicator in byId.Values.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            byName.TryAdd(SectionTitle.Normalise(indicator.Name), indicator);
        }
    }

    public bool IsEmpty => ById.IsEmpty;

    /// <summary>
    /// The indicator a table row names: its id ("repeat-cp-plans"), its name as the catalogue writes it (case, punctuation
    /// and "&amp;" aside), or either followed by a code in brackets ("… (NI 065)"); null when none matches.
    /// </summary>
    public Indicator? Find(string written)
    {
        var text = written.Trim();
        if (ById.TryGetValue(text, out var byId)) return byId;
        if (byName.TryGetValue(SectionTitle.Normalise(text), out var named)) return named;
        // A code in brackets after the name, as many councils print one: "Repeat child protection plans (NI 65)".
        var open = text.LastIndexOf('(');
        if (open > 0 && text.EndsWith(')'))
        {
            var code = text[(open + 1)..^1].Trim();
            if (ById.TryGetValue(code, out var coded)) return coded;
            if (byName.TryGetValue(SectionTitle.Normalise(text[..open]), out var bare)) return bare;
        }
        return null;
    }

    /// <summary>The names authors could have meant, for a "did you mean" hint.</summary>
    public IEnumerable<string> Names => ById.Values.Select(i => i.Name);
}
