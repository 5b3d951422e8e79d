using System.Collections.Immutable;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Validate;

/// <summary>
/// Places each report in the archive: its financial quarter, and the previous and next paper of the same
/// board among the papers this build publishes (by meeting date, then agenda item, then title).
/// </summary>
public sealed class LinkReports : IArchiveStage
{
    public string Name => "Link reports";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var startMonth = context.Site.Settings.FinancialYearStartMonth;
        var placed = documents.Select(d => d.Report is { Date: { } date } report
            ? d with { Quarter = report.Period ?? FinancialPeriod.Of(date, startMonth) }
            : d).ToArray();

        var index = placed.Select((d, i) => (d, i)).ToDictionary(x => x.d.SourcePath, x => x.i);
        foreach (var board in placed.Where(d => IsListed(d, context)).GroupBy(d => d.Report!.BoardId))
        {
            var inOrder = AgendaOrder.Sort(board).ToList();
            for (var i = 0; i < inOrder.Count; i++)
            {
                var at = index[inOrder[i].SourcePath];
                placed[at] = placed[at] with
                {
                    Previous = i > 0 ? Link(inOrder[i - 1]) : null,
                    Next = i < inOrder.Count - 1 ? Link(inOrder[i + 1]) : null,
                };
            }
        }
        return [.. placed];
    }

    /// <summary>Has a page in this build: decoded, addressed, and final unless drafts were asked for.</summary>
    public static bool IsListed(ReportDocument document, PipelineContext context) =>
        document.Url is not null && document.Report is { Date: not null } && document.IsPublished(context.Options.IncludeDrafts);

    /// <summary>A draft is marked DRAFT wherever it shows, so also in its neighbours' previous and next links.</summary>
    private static PaperLink Link(ReportDocument document) =>
        new(document.Report!.IsDraft ? "DRAFT: " + document.Report.Title : document.Report.Title, document.Url!);
}

/// <summary>The order papers are listed in: oldest meeting first, then agenda item, then title.</summary>
public static class AgendaOrder
{
    public static IOrderedEnumerable<ReportDocument> Sort(IEnumerable<ReportDocument> documents) => documents
        .OrderBy(d => d.Report!.Date)
        .ThenBy(d => d.Report!.Item ?? int.MaxValue)
        .ThenBy(d => d.Report!.Title, StringComparer.Ordinal)
        .ThenBy(d => d.Url, StringComparer.Ordinal);
}
