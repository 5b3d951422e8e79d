using Committee.Indicators;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>A red, amber or green status as a badge shows it: its key (green, amber, red; "" for none) and its words.</summary>
public sealed record RagView(string Key, string Text);

/// <summary>A direction of travel as pages show it: its key (improving, stable, declining; "" for none), arrow and words.</summary>
public sealed record DirectionView(string Key, string Arrow, string Text);

/// <summary>An indicator's figures for one quarter, with the paper that reported them.</summary>
public sealed record IndicatorRowView(
    string Id, string Name, string Url, string Quarter, string QuarterUrl, string Target, string Actual,
    RagView Rag, DirectionView Direction, string PaperTitle, string PaperUrl);

/// <summary>How many indicators a paper or a quarter reports, by status, and where they are listed.</summary>
public sealed record IndicatorCounts(int Count, int Green, int Amber, int Red, string Url)
{
    public static IndicatorCounts None { get; } = new(0, 0, 0, 0, "");
}

/// <summary>A board's indicators on <c>indicators.liquid</c>, each with its latest figures.</summary>
public sealed record BoardIndicators(string BoardName, string BoardUrl, IReadOnlyList<IndicatorRowView> Indicators);

/// <summary>Every indicator, grouped by board (<c>indicators.liquid</c>).</summary>
public sealed record IndicatorsPage(SiteView Site, IReadOnlyList<BoardIndicators> Boards, string CsvUrl, string JsonUrl);

/// <summary>One indicator: what it measures, its trend chart (an inline SVG) and its figures (<c>indicator.liquid</c>).</summary>
public sealed record IndicatorPage(
    SiteView Site, string Name, string Description, string Unit, string Polarity, string Tolerance, string DefinitionUrl,
    IReadOnlyList<NavLink> Boards, string Chart, IReadOnlyList<IndicatorRowView> Rows, string CsvUrl);

/// <summary>Builds the indicator views: the words from the site's words, the addresses from <see cref="Addresses"/>.</summary>
public static class IndicatorViews
{
    public static string Address(string indicatorId) => $"{Addresses.Indicators}{indicatorId}/";

    public static RagView Rag(Rag? rag, Words words) => rag is { } r
        ? new RagView(r.ToString().ToLowerInvariant(), words["rag_" + r.ToString().ToLowerInvariant()])
        : new RagView("", "");

    public static DirectionView Direction(Direction? direction, Words words) => direction switch
    {
        Indicators.Direction.Improving => new("improving", "↑", words["direction_improving"]),
        Indicators.Direction.Stable => new("stable", "→", words["direction_stable"]),
        Indicators.Direction.Declining => new("declining", "↓", words["direction_declining"]),
        _ => new("", "", ""),
    };

    public static IndicatorRowView Row(Indicator indicator, IndicatorPoint point, Words words, string root) => new(
        indicator.Id,
        indicator.Name,
        root + Address(indicator.Id),
        point.Quarter.ToString(),
        root + Addresses.Quarter(point.Quarter),
        point.Reading.Target?.Text ?? "",
        point.Reading.Actual?.Text ?? "",
        Rag(point.Reading.Status, words),
        Direction(point.Reading.Direction, words),
        point.PaperTitle,
        root + point.PaperUrl);

    /// <summary>An indicator not yet reported by any public paper: listed, with no figures.</summary>
    public static IndicatorRowView Unreported(Indicator indicator, string root) =>
        new(indicator.Id, indicator.Name, root + Address(indicator.Id), "", "", "", "", new RagView("", ""), new DirectionView("", "", ""), "", "");

    /// <summary>The statuses of some readings, counted: "7 indicators: 3 green, 2 amber, 2 red".</summary>
    public static IndicatorCounts Counts(IEnumerable<IndicatorReading> readings, string url)
    {
        var (count, green, amber, red) = (0, 0, 0, 0);
        foreach (var reading in readings)
        {
            count++;
            if (reading.Status == Indicators.Rag.Green) green++;
            else if (reading.Status == Indicators.Rag.Amber) amber++;
            else if (reading.Status == Indicators.Rag.Red) red++;
        }
        return count == 0 ? IndicatorCounts.None : new IndicatorCounts(count, green, amber, red, url);
    }

    /// <summary>A paper's own counts, for the line above its body; none for an exempt paper, which holds no readings.</summary>
    public static IndicatorCounts Of(ReportDocument document, string root) => Counts(document.Indicators, root + Addresses.Indicators);
}
