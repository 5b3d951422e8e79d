using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render.Listings;

/// <summary>
/// Each meeting's agenda pack, <c>boards/&lt;board&gt;/&lt;date&gt;/pack/</c>: the agenda, then every public paper of the
/// meeting in agenda order, each starting on a new printed page, so the whole pack prints as one document. An exempt
/// paper is on the agenda by its title and paragraph only; its text is never in the pack (it was never rendered).
/// </summary>
public static class PackPages
{
    public const string Folder = "pack/";

    internal static void Add(ListingPages pages)
    {
        var words = pages.Words;
        foreach (var ((boardId, date), group) in pages.Listed.ByMeeting.OrderBy(m => m.Key.Board, StringComparer.Ordinal).ThenBy(m => m.Key.Date))
        {
            if (group.Reports.Count == 0) continue;
            var board = pages.Site.Boards[boardId];
            var meetingUrl = Addresses.Meeting(boardId, date);
            var longDate = Views.LongDate(date);
            // No other page shows a pack, and it holds every paper of its meeting: the preview makes it when asked for.
            pages.PrintedPage(meetingUrl + Folder, "pack", () => Pack(pages, boardId, date),
                words["pack_title", ("board", board.Name), ("date", longDate)],
                words["pack_description", ("board", board.Name), ("date", longDate)],
                "boards", words["pack_running_header", ("board", board.ShortName), ("date", longDate)],
                pages.Home, pages.BoardsCrumb, new NavLink(board.Name, pages.Root + Addresses.Board(boardId)), new NavLink(longDate, pages.Root + meetingUrl))
                .OnDemand = true;
        }
    }

    /// <summary>Where the packs of these reports' meetings go, as <see cref="Add"/> places them.</summary>
    public static IEnumerable<string> Paths(ListedReports listed) =>
        listed.ByMeeting.Where(m => m.Value.Reports.Count > 0).Select(m => Addresses.Meeting(m.Key.Board, m.Key.Date) + Folder + "index.html");

    private static PackPage Pack(ListingPages pages, string boardId, DateOnly date)
    {
        var meeting = MeetingView.Of(pages, boardId, date, pages.Root + Addresses.Board(boardId), new NavLink("", ""), new NavLink("", ""));
        var documents = ListedReports.Of(pages.Listed.ByMeeting, (boardId, date)).Reports.ToDictionary(d => pages.Root + d.Url, StringComparer.Ordinal);
        // The agenda's papers in its order, then those not on it, in the order the meeting page lists them.
        var order = meeting.Agenda.Where(a => a.IsPaper && a.Url.Length > 0).Select(a => a.Url)
            .Concat(meeting.Papers.Select(p => p.Url))
            .Distinct(StringComparer.Ordinal);
        var papers = new List<PackPaper>();
        foreach (var url in order)
        {
            if (!documents.TryGetValue(url, out var document) || document.Report is not { IsExempt: false } || document.Body is not { } body) continue;
            var id = "paper-" + Meetings.CheckMeetings.SlugOf(document);
            var packed = new PackBody(body, id, url);
            papers.Add(new PackPaper(id, url, Views.Report(document, pages.Site, packed.Content, [], pages.Words), packed));
        }
        return new PackPage(pages.View, meeting, papers, pages.Root + Addresses.Meeting(boardId, date));
    }

    /// <summary>A paper's body as it stands in the pack (<see cref="PackBody"/>), as text.</summary>
    public static string Rebase(string html, string id, string paperUrl) =>
        new PackBody(new ReportBody(html, []), id, paperUrl).ToString();
}
