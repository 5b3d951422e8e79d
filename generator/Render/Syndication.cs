using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// What may be syndicated: public, final papers only. Exempt papers and drafts never reach feeds,
/// calendars' descriptions, open data or the sitemap.
/// </summary>
public static class Syndication
{
    public static bool IsPublic(ReportDocument document) => document.Report is { IsExempt: false, IsDraft: false };

    /// <summary>The public papers, newest meeting first, then board, agenda item and address.</summary>
    // Optimised from the start: open data sorts every public paper once per build, too soon for tiered compilation to
    // have optimised the comparisons (figures: docs/performance.md, 'Optimised from the start').
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static List<ReportDocument> Public(IEnumerable<ReportDocument> listed)
    {
        var papers = listed.Where(IsPublic).ToList();
        // A stable sort, as LINQ's: papers that compare equal keep their order.
        var at = new Dictionary<ReportDocument, int>(papers.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < papers.Count; i++) at[papers[i]] = i;
        papers.Sort((a, b) => Compare(a, b) is var order && order != 0 ? order : at[a].CompareTo(at[b]));
        return papers;
    }

    /// <summary>The first <paramref name="count"/> of <see cref="Public"/>, without sorting the rest.</summary>
    public static List<ReportDocument> Latest(IEnumerable<ReportDocument> listed, int count) =>
        [.. listed.Where(IsPublic).Order(Comparer<ReportDocument>.Create(Compare)).Take(count)];

    /// <summary>Newest meeting first, then board, agenda item and address.</summary>
    private static int Compare(ReportDocument a, ReportDocument b)
    {
        var order = Nullable.Compare(b.Report!.Date, a.Report!.Date);
        if (order == 0) order = string.CompareOrdinal(a.Report.BoardId, b.Report.BoardId);
        if (order == 0) order = (a.Report.Item ?? ItemNumber.Last).CompareTo(b.Report.Item ?? ItemNumber.Last);
        if (order == 0) order = string.CompareOrdinal(a.Url, b.Url);
        return order;
    }

    /// <summary>When a paper last changed for subscribers: its last change after publication, else its publication. Never
    /// "now", so builds repeat.</summary>
    public static DateTimeOffset Updated(ReportDocument document) =>
        new((document.LastChanged ?? PublishedDay(document)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>When a paper was published (<see cref="ReportDocument.Published"/>), else its meeting date.</summary>
    public static DateTimeOffset Published(ReportDocument document) =>
        new(PublishedDay(document).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateOnly PublishedDay(ReportDocument document) => document.Published ?? document.Report!.Date!.Value;

    public static string BoardName(Site site, string boardId) => site.Boards.GetValueOrDefault(boardId)?.Name ?? boardId;
}
