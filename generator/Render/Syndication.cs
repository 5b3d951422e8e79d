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
    public static List<ReportDocument> Public(IEnumerable<ReportDocument> listed) => [.. NewestFirst(listed.Where(IsPublic))];

    /// <summary>The first <paramref name="count"/> of <see cref="Public"/>, without sorting the rest.</summary>
    public static List<ReportDocument> Latest(IEnumerable<ReportDocument> listed, int count) => [.. NewestFirst(listed.Where(IsPublic)).Take(count)];

    private static IOrderedEnumerable<ReportDocument> NewestFirst(IEnumerable<ReportDocument> documents) => documents
        .OrderByDescending(d => d.Report!.Date)
        .ThenBy(d => d.Report!.BoardId, StringComparer.Ordinal)
        .ThenBy(d => d.Report!.Item ?? int.MaxValue)
        .ThenBy(d => d.Url, StringComparer.Ordinal);

    /// <summary>When a paper last changed for subscribers: its last Git change, else its meeting date. Never "now", so builds repeat.</summary>
    public static DateTimeOffset Updated(ReportDocument document) =>
        new((document.LastChanged ?? document.Report!.Date!.Value).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateTimeOffset Published(ReportDocument document) =>
        new(document.Report!.Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static string BoardName(Site site, string boardId) => site.Boards.GetValueOrDefault(boardId)?.Name ?? boardId;
}
