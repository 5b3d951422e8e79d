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

    // Optimised from the start: it runs once per run over every report (its sorts' comparisons most of all).
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var startMonth = context.Site.Settings.FinancialYearStartMonth;

        // Each board's listed papers, in agenda order, by their place in the run.
        var boards = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            if (!IsListed(documents[i], context)) continue;
            var board = documents[i].Report!.BoardId;
            if (!boards.TryGetValue(board, out var papers)) boards[board] = papers = [];
            papers.Add(i);
        }
        var previous = new ReportLink?[documents.Length];
        var next = new ReportLink?[documents.Length];
        foreach (var papers in boards.Values)
        {
            // Ties (two papers at one address, which is an error) stay in run order, as a stable sort would leave them.
            papers.Sort((a, b) => AgendaOrder.Compare(documents[a], documents[b]) is var order && order != 0 ? order : a.CompareTo(b));
            for (var i = 0; i < papers.Count; i++)
            {
                if (i > 0) previous[papers[i]] = Link(documents[papers[i - 1]]);
                if (i < papers.Count - 1) next[papers[i]] = Link(documents[papers[i + 1]]);
            }
        }

        // One copy of each document, with its quarter and neighbours.
        var placed = new ReportDocument[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            var d = documents[i];
            var quarter = d.Report is { Date: { } date } report ? report.Period ?? FinancialPeriod.Of(date, startMonth) : d.Quarter;
            placed[i] = quarter == d.Quarter && previous[i] == d.Previous && next[i] == d.Next
                ? d
                : d with { Quarter = quarter, Previous = previous[i], Next = next[i] };
        }
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(placed);
    }

    /// <summary>Has a page in this build: decoded, addressed, and final unless drafts were asked for.</summary>
    public static bool IsListed(ReportDocument document, PipelineContext context) =>
        document.Url is not null && document.Report is { Date: not null } && document.IsPublished(context.Options.IncludeDrafts);

    /// <summary>A draft is marked DRAFT wherever it shows, so also in its neighbours' previous and next links.</summary>
    private static ReportLink Link(ReportDocument document) =>
        new(document.Report!.IsDraft ? "DRAFT: " + document.Report.Title : document.Report.Title, document.Url!);
}

/// <summary>The order papers are listed in: oldest meeting first, then agenda item, then title, then address.</summary>
public static class AgendaOrder
{
    public static IOrderedEnumerable<ReportDocument> Sort(IEnumerable<ReportDocument> documents) => documents.Order(Comparer);

    public static IComparer<ReportDocument> Comparer { get; } = Comparer<ReportDocument>.Create(Compare);

    public static int Compare(ReportDocument a, ReportDocument b)
    {
        var order = Nullable.Compare(a.Report!.Date, b.Report!.Date);
        if (order == 0) order = (a.Report.Item ?? ItemNumber.Last).CompareTo(b.Report.Item ?? ItemNumber.Last);
        if (order == 0) order = string.CompareOrdinal(a.Report.Title, b.Report.Title);
        if (order == 0) order = string.CompareOrdinal(a.Url, b.Url);
        return order;
    }
}
