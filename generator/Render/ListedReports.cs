using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>The reports the listing files show, grouped once per build, in one pass: by board, meeting, quarter and ward.</summary>
public sealed class ListedReports
{
    /// <summary>Reports sharing a listing (a board's, a meeting's, a ward's…), in build order.</summary>
    public sealed class Group
    {
        public List<ReportDocument> Reports { get; } = [];

        internal void Add(ReportDocument document) => Reports.Add(document);
    }

    public IReadOnlyList<ReportDocument> All { get; }

    public Dictionary<string, Group> ByBoard { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Board, DateOnly Date), Group> ByMeeting { get; } = [];
    public Dictionary<FinancialPeriod, Group> ByQuarter { get; } = [];

    /// <summary>Reports naming each ward (not the borough-wide ones).</summary>
    public Dictionary<string, Group> ByWard { get; } = new(StringComparer.Ordinal);
    public Group BoroughWide { get; } = new();

    /// <summary>What may be syndicated (<see cref="Syndication.IsPublic"/>): feeds and open data.</summary>
    public Group Public { get; } = new();
    public Dictionary<string, Group> PublicByBoard { get; } = new(StringComparer.Ordinal);

    /// <summary>The indicators' figures across the quarters, from the public papers: made once, by whichever file needs them first.</summary>
    public Lazy<Indicators.IndicatorTrends> Indicators { get; }

    /// <summary>Final (not draft) reports of each board: the meetings in its calendar.</summary>
    public Dictionary<string, Group> FinalByBoard { get; } = new(StringComparer.Ordinal);

    /// <param name="listed">The reports with a page in this build, each with a board, a date, an address and a quarter.</param>
    public ListedReports(IReadOnlyList<ReportDocument> listed)
    {
        All = listed;
        Indicators = new(() => Committee.Indicators.IndicatorTrends.From(Public.Reports));
        foreach (var document in listed)
        {
            var report = document.Report!;
            In(ByBoard, report.BoardId).Add(document);
            In(ByMeeting, (report.BoardId, report.Date!.Value)).Add(document);
            In(ByQuarter, document.Quarter!.Value).Add(document);
            foreach (var ward in report.Wards.Distinct(StringComparer.Ordinal)) In(ByWard, ward).Add(document);
            if (report.AllWards) BoroughWide.Add(document);
            if (Syndication.IsPublic(document))
            {
                Public.Add(document);
                In(PublicByBoard, report.BoardId).Add(document);
            }
            if (!report.IsDraft) In(FinalByBoard, report.BoardId).Add(document);
        }
    }

    /// <summary>The group under a key, or an empty one: a board with no papers still has its pages.</summary>
    public static Group Of<TKey>(Dictionary<TKey, Group> groups, TKey key) where TKey : notnull =>
        groups.TryGetValue(key, out var group) ? group : new Group();

    /// <summary>A group's reports split by a key (a financial year, say).</summary>
    public static Dictionary<TKey, Group> Split<TKey>(Group group, Func<ReportDocument, TKey> keyOf) where TKey : notnull
    {
        var parts = new Dictionary<TKey, Group>();
        foreach (var document in group.Reports) In(parts, keyOf(document)).Add(document);
        return parts;
    }

    private static Group In<TKey>(Dictionary<TKey, Group> groups, TKey key) where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group)) groups[key] = group = new Group();
        return group;
    }
}
