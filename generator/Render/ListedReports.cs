using System.Globalization;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// The reports the listing files show, fingerprinted and grouped once per build, in one pass, so that each
/// listing file's key can be worked out without building its model or rendering it.
/// </summary>
/// <remarks>
/// Each report has fingerprints. <see cref="Full"/> covers everything a listing could show of it: every front
/// matter field (not only those the shipped templates show, since a council's web team may show more), its
/// address, quarter, report type and last change, and its source path (which breaks ties in list order).
/// <see cref="Place"/> covers only where it is filed: board, meeting date, quarter, wards, report type, whether
/// it is public or searchable, its address and last change; counts, latest meetings, the search filters and the
/// sitemap depend on nothing else. <see cref="Agenda"/> covers what a calendar, which no template shapes, names.
/// A group's key is its size and the sum of its members' fingerprints: a sum, because the order a listing shows
/// papers in follows from fingerprinted fields, so only the set matters.
/// </remarks>
public sealed class ListedReports
{
    /// <summary>Reports sharing a listing (a board's, a meeting's, a ward's…), in build order, and their fingerprints' sum.</summary>
    public sealed class Group
    {
        public List<ReportDocument> Reports { get; } = [];
        private UInt128 sum;

        internal void Add(ReportDocument document, UInt128 fingerprint)
        {
            Reports.Add(document);
            sum += fingerprint;
        }

        /// <summary>Stands for the set of reports in a listing file's key.</summary>
        public override string ToString() => $"{Reports.Count}/{(ulong)(sum >> 64):X16}{(ulong)sum:X16}";
    }

    private readonly Dictionary<ReportDocument, UInt128> full = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<ReportDocument> All { get; }

    /// <summary>Every listed report, by <see cref="Full"/>: for files that show any change to any report.</summary>
    public Group Everything { get; } = new();

    /// <summary>Every listed report, by <see cref="Place"/>: for counts, latest meetings and the sitemap.</summary>
    public Group Places { get; } = new();

    public Dictionary<string, Group> ByBoard { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Board, DateOnly Date), Group> ByMeeting { get; } = [];
    public Dictionary<FinancialPeriod, Group> ByQuarter { get; } = [];

    /// <summary>Reports naming each ward (not the borough-wide ones).</summary>
    public Dictionary<string, Group> ByWard { get; } = new(StringComparer.Ordinal);
    public Group BoroughWide { get; } = new();

    /// <summary>What may be syndicated (<see cref="Syndication.IsPublic"/>): feeds and open data.</summary>
    public Group Public { get; } = new();
    public Dictionary<string, Group> PublicByBoard { get; } = new(StringComparer.Ordinal);

    /// <summary>Final (not draft) reports of each board, by <see cref="Agenda"/>: the meetings in its calendar.</summary>
    public Dictionary<string, Group> FinalByBoard { get; } = new(StringComparer.Ordinal);

    /// <param name="listed">The reports with a page in this build, each with a board, a date, an address and a quarter.</param>
    // Optimised from the start, with the fingerprints it takes: it runs once per build over every report, before tiered
    // compilation would (40 ms instead of 60-120 at 10,000 reports).
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public ListedReports(IReadOnlyList<ReportDocument> listed)
    {
        All = listed;
        var fields = new Fields();
        foreach (var document in listed)
        {
            var report = document.Report!;
            var fingerprint = fields.Full(document);
            full[document] = fingerprint;
            Everything.Add(document, fingerprint);
            Places.Add(document, fields.Place(document));
            In(ByBoard, report.BoardId).Add(document, fingerprint);
            In(ByMeeting, (report.BoardId, report.Date!.Value)).Add(document, fingerprint);
            In(ByQuarter, document.Quarter!.Value).Add(document, fingerprint);
            foreach (var ward in report.Wards.Distinct(StringComparer.Ordinal)) In(ByWard, ward).Add(document, fingerprint);
            if (report.AllWards) BoroughWide.Add(document, fingerprint);
            if (Syndication.IsPublic(document))
            {
                Public.Add(document, fingerprint);
                In(PublicByBoard, report.BoardId).Add(document, fingerprint);
            }
            if (!report.IsDraft) In(FinalByBoard, report.BoardId).Add(document, fields.Agenda(document));
        }
    }

    /// <summary>The group under a key, or an empty one: a board with no papers still has its pages.</summary>
    public static Group Of<TKey>(Dictionary<TKey, Group> groups, TKey key) where TKey : notnull =>
        groups.TryGetValue(key, out var group) ? group : new Group();

    /// <summary>A listed report's <see cref="Full"/> fingerprint, as worked out for this build.</summary>
    public UInt128 FullOf(ReportDocument document) => full[document];

    /// <summary>Stands for these reports in this order, for a file that shows a chosen few (home's latest papers).</summary>
    public string InOrder(IEnumerable<ReportDocument> documents) =>
        string.Join(',', documents.Select(d => $"{(ulong)(full[d] >> 64):X16}{(ulong)full[d]:X16}"));

    /// <summary>A group's reports split by a key (a financial year, say), each part keeping its members' fingerprints.</summary>
    public Dictionary<TKey, Group> Split<TKey>(Group group, Func<ReportDocument, TKey> keyOf) where TKey : notnull
    {
        var parts = new Dictionary<TKey, Group>();
        foreach (var document in group.Reports) In(parts, keyOf(document)).Add(document, full[document]);
        return parts;
    }

    private static Group In<TKey>(Dictionary<TKey, Group> groups, TKey key) where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group)) groups[key] = group = new Group();
        return group;
    }

    /// <summary>Everything a listing may show of a report. Every <see cref="Report"/> field is here (a test checks).</summary>
    public static UInt128 Full(ReportDocument document) => new Fields().Full(document);

    /// <summary>Where a report is filed, and whether it is public or searchable.</summary>
    public static UInt128 Place(ReportDocument document) => new Fields().Place(document);

    /// <summary>What a calendar shows of a report: its board, meeting, agenda item, title, and whether it is exempt or a draft.</summary>
    public static UInt128 Agenda(ReportDocument document) => new Fields().Agenda(document);

    /// <summary>
    /// Writes a report's fields into a buffer kept from report to report, each with its length so that no two
    /// lists of fields write the same characters, and hashes them (<see cref="Write.KeyHash"/>).
    /// </summary>
    private sealed class Fields
    {
        private char[] buffer = new char[1024];
        private int length;

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        public UInt128 Full(ReportDocument document)
        {
            var r = document.Report!;
            Add(document.SourcePath).Add(document.Url).Add(document.Quarter).Add(document.LastChanged).Add(document.Type?.Id).Add(document.Type?.Name)
                .Add(document.SearchText is not null)
                .Add(r.Title).Add(r.BoardId).Add(r.Date).Add(r.Officer).Add(r.Wards).Add(r.AllWards).Add(r.TypeId).Add(r.Period).Add(r.Portfolio)
                .Add(r.Contact).Add(r.Summary).Add(r.Slug).Add(r.Item).Add((int)r.Status).Add((int)r.Access).Add(r.ExemptParagraph);
            return Hash();
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        public UInt128 Place(ReportDocument document)
        {
            var r = document.Report!;
            Add(document.Url).Add(document.Quarter).Add(document.LastChanged).Add(document.Type?.Id).Add(document.SearchText is not null)
                .Add(r.BoardId).Add(r.Date).Add(r.Wards).Add(r.AllWards).Add(r.TypeId).Add((int)r.Status).Add((int)r.Access);
            return Hash();
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        public UInt128 Agenda(ReportDocument document)
        {
            var r = document.Report!;
            Add(r.BoardId).Add(r.Date).Add(r.Item).Add(r.Title).Add((int)r.Status).Add((int)r.Access);
            return Hash();
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        private Fields Add(string? text)
        {
            if (text is null) return Add('~');
            Add(text.Length).Add(':');
            Reserve(text.Length);
            text.CopyTo(buffer.AsSpan(length));
            length += text.Length;
            return this;
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        private Fields Add(int? number)
        {
            if (number is not { } n) return Add('~');
            Reserve(12);
            n.TryFormat(buffer.AsSpan(length), out var written, provider: CultureInfo.InvariantCulture);
            length += written;
            return Add(';');
        }

        private Fields Add(bool flag) => Add(flag ? 'y' : 'n');

        private Fields Add(DateOnly? date) => Add(date?.DayNumber);

        private Fields Add(FinancialPeriod? period) => Add(period is { } p ? p.StartYear * 10 + p.Quarter : null);

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        private Fields Add(System.Collections.Immutable.ImmutableArray<string> texts)
        {
            Add(texts.Length);
            foreach (var text in texts) Add(text);
            return this;
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        private Fields Add(char c)
        {
            Reserve(1);
            buffer[length++] = c;
            return this;
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        private void Reserve(int more)
        {
            if (length + more > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }

        [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
        private UInt128 Hash()
        {
            var hash = Write.KeyHash.Of(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan(0, length)));
            length = 0;
            return hash;
        }
    }
}
