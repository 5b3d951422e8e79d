using Committee.Model;
using Committee.Pipeline;

namespace Committee.Indicators;

/// <summary>One quarter's figures of an indicator, as the paper that reported them gives them.</summary>
/// <param name="PaperUrl">The paper's address, relative to the site's root.</param>
public sealed record IndicatorPoint(FinancialPeriod Quarter, IndicatorReading Reading, string PaperTitle, string PaperUrl, string BoardId, DateOnly Meeting);

/// <summary>
/// Every indicator's figures across the quarters, from the public papers of a build: one point per indicator per quarter
/// (where two papers report the same quarter, the later meeting's), oldest first. Made in one pass over the papers, so
/// linear in their number; an exempt paper holds no readings, and drafts are left out, so neither reaches a page.
/// </summary>
public sealed class IndicatorTrends
{
    /// <summary>Each indicator's points, oldest quarter first.</summary>
    public Dictionary<string, List<IndicatorPoint>> ByIndicator { get; } = new(StringComparer.Ordinal);

    /// <summary>Each quarter's points, by indicator id.</summary>
    public Dictionary<FinancialPeriod, List<IndicatorPoint>> ByQuarter { get; } = [];

    private readonly Dictionary<(string, FinancialPeriod), IndicatorPoint> latest = [];

    /// <summary>An indicator's point for a quarter, or null when no final public paper reported it.</summary>
    public IndicatorPoint? At(string indicatorId, FinancialPeriod quarter) => latest.GetValueOrDefault((indicatorId, quarter));

    /// <summary>The trends of these papers' readings (papers with an address and a quarter; drafts and exempt papers left out).</summary>
    public static IndicatorTrends From(IEnumerable<ReportDocument> published)
    {
        var trends = new IndicatorTrends();
        var latest = trends.latest;
        foreach (var document in published)
        {
            if (document.Indicators.IsEmpty || document.Quarter is not { } quarter || document.Url is null) continue;
            if (document.Report is not { IsExempt: false, IsDraft: false, Date: { } date } report) continue;
            foreach (var reading in document.Indicators)
            {
                var key = (reading.IndicatorId, quarter);
                // The later meeting's figures; between two papers of one meeting, the later address, so the choice never
                // depends on the order the papers were read in.
                if (latest.TryGetValue(key, out var held)
                    && (held.Meeting > date || held.Meeting == date && string.CompareOrdinal(held.PaperUrl, document.Url) >= 0)) continue;
                latest[key] = new IndicatorPoint(quarter, reading, report.Title, document.Url, report.BoardId, date);
            }
        }
        foreach (var point in latest.Values
            .OrderBy(p => p.Quarter.StartYear).ThenBy(p => p.Quarter.Quarter).ThenBy(p => p.Reading.IndicatorId, StringComparer.Ordinal))
        {
            In(trends.ByIndicator, point.Reading.IndicatorId).Add(point);
            In(trends.ByQuarter, point.Quarter).Add(point);
        }
        return trends;
    }

    /// <summary>An indicator's points, or none.</summary>
    public IReadOnlyList<IndicatorPoint> Of(string indicatorId) => ByIndicator.TryGetValue(indicatorId, out var points) ? points : [];

    private static List<IndicatorPoint> In<TKey>(Dictionary<TKey, List<IndicatorPoint>> groups, TKey key) where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
        return list;
    }
}
