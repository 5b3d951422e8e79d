using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>
/// The performance indicators: <c>/indicators/</c>, every indicator of the catalogue grouped by board with its latest
/// figures, and <c>/indicators/&lt;id&gt;/</c>, one indicator's trend chart and its figures quarter by quarter, each
/// linked to the paper that reported it. Without a catalogue only the index is made, saying there are none.
/// </summary>
internal static class IndicatorPages
{
    /// <summary>"5 percentage points", "5% of the target", "2 days": how far a miss is still amber.</summary>
    private static string Tolerance(Indicators.Indicator indicator) => indicator.Tolerance switch
    {
        null => "",
        { OfTarget: true } t => t.ToString(),
        var t => t + (indicator.Unit switch
        {
            Indicators.IndicatorUnit.Percent => " percentage points",
            Indicators.IndicatorUnit.Days => " days",
            _ => "",
        }),
    };

    public static void Add(ListingPages pages)
    {
        // The index is made even without a catalogue, as the menu links to it; it then says there are none.
        var catalogue = pages.Site.Indicators;
        var (view, words, root) = (pages.View, pages.Words, pages.Root);
        var trends = pages.Listed.Indicators;
        var crumb = new NavLink(words["indicators_crumb"], root + Addresses.Indicators);
        var csv = root + IndicatorData.Csv;

        pages.Page(Addresses.Indicators, "indicators", () => new IndicatorsPage(view, [.. pages.Site.Boards.Values
                .OrderBy(b => b.Name, StringComparer.Ordinal)
                .Select(b => new BoardIndicators(b.Name, root + Addresses.Board(b.Id), [.. catalogue.ById.Values
                    .Where(i => i.Boards.Contains(b.Id))
                    .OrderBy(i => i.Name, StringComparer.Ordinal)
                    .Select(i => trends.Value.Of(i.Id) is { Count: > 0 } points
                        ? IndicatorViews.Row(i, points[^1], words, root)
                        : IndicatorViews.Unreported(i, root))]))
                .Where(b => b.Indicators.Count > 0)], catalogue.IsEmpty ? "" : csv, catalogue.IsEmpty ? "" : root + IndicatorData.Json),
            words["indicators_title"], words["indicators_description", ("council", view.Council)], "indicators", pages.Home);

        foreach (var indicator in catalogue.ById.Values.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            pages.Page(IndicatorViews.Address(indicator.Id), "indicator", () =>
                {
                    var points = trends.Value.Of(indicator.Id);
                    return new IndicatorPage(
                        view,
                        indicator.Name,
                        indicator.Description,
                        words["unit_" + indicator.Unit.ToString().ToLowerInvariant()],
                        words[indicator.HigherIsBetter ? "polarity_higher" : "polarity_lower"],
                        Tolerance(indicator),
                        indicator.DefinitionUrl,
                        [.. indicator.Boards.Select(b => new NavLink(pages.Site.Boards[b].Name, root + Addresses.Board(b)))],
                        IndicatorChart.Svg(indicator, points, words),
                        // Newest first in the table, as the other listings; the chart reads left to right, oldest first.
                        [.. points.Reverse().Select(p => IndicatorViews.Row(indicator, p, words, root))],
                        csv);
                },
                indicator.Name, words["indicator_description", ("indicator", indicator.Name)], "indicators", pages.Home, crumb);
        }
    }
}
