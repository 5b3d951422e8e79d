using Committee.Model;

namespace Committee.Import;

/// <summary>
/// Chooses the report type from the headings found: the type whose sections and subsections the paper's
/// headings match most often. A tie (or no match at all) goes to the board's own type.
/// </summary>
public static class DetectReportType
{
    public static ReportType? Choose(IEnumerable<BodyItem> items, IReadOnlyDictionary<string, ReportType> types, string? boardType)
    {
        var headings = items.Where(i => i.Kind == BodyKind.Heading).Select(i => KnownTitles.Key(i.Text)).ToList();
        var scored = types.Values
            .Select(t => (Type: t, Score: headings.Count(h => KnownTitles.Titles(t).Any(title => KnownTitles.Key(title) == h))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Type.Id == boardType ? 0 : 1)
            .ThenBy(x => x.Type.Id, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0) return null;
        if (scored[0].Score == 0 && boardType is not null && types.TryGetValue(boardType, out var own)) return own;
        return scored[0].Type;
    }
}
