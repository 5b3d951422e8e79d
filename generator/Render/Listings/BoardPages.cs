using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>The boards: their index, each board's page (by financial year when long) and each of its meetings.</summary>
internal static class BoardPages
{
    public static void Add(ListingPages pages)
    {
        var (view, words, listed, root) = (pages.View, pages.Words, pages.Listed, pages.Root);
        pages.Page(Addresses.Boards, "boards", () => new BoardsPage(view, pages.BoardSummaries.Value),
            words["boards_title"], words["boards_description", ("council", view.Council)], "boards", pages.Home);

        // Each board's meeting dates, oldest first: those of its papers and of its meeting files.
        var meetingDates = listed.ByMeeting.Keys.Concat(pages.MeetingFiles.Keys)
            .Distinct()
            .GroupBy(m => m.Board, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Date).Order().ToList(), StringComparer.Ordinal);
        foreach (var board in pages.Site.Boards.Values.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            var dates = meetingDates.GetValueOrDefault(board.Id) ?? [];
            var description = string.IsNullOrEmpty(board.Description) ? words["board_description", ("board", board.Name)] : board.Description;
            var boardCrumb = new NavLink(board.Name, root + Addresses.Board(board.Id));
            var own = Addresses.Board(board.Id);
            pages.ByYear(ListedReports.Of(listed.ByBoard, board.Id), own, (path, year, _, otherYears) =>
            {
                var shown = year is { } y ? dates.Where(d => FinancialPeriod.Of(d, pages.StartMonth).StartYear == y).ToList() : dates;
                if (path == own)
                {
                    pages.Page(path, "board", () => Board(pages, board, shown, otherYears), board.Name, description, "boards", pages.Home, pages.BoardsCrumb);
                }
                else
                {
                    pages.Page(path, "board", () => Board(pages, board, shown, otherYears),
                        words["board_year_title", ("board", board.Name), ("year", YearSplit.Title(year!.Value))], description, "boards", pages.Home, pages.BoardsCrumb, boardCrumb);
                }
            });

            // Its meetings, each with the previous and next meeting of the board.
            NavLink Link(DateOnly? date) => date is { } d
                ? new NavLink(words["meeting_link", ("date", Views.LongDate(d))], root + Addresses.Meeting(board.Id, d))
                : new NavLink("", "");
            for (var i = 0; i < dates.Count; i++)
            {
                var date = dates[i];
                DateOnly? previous = i > 0 ? dates[i - 1] : null;
                DateOnly? next = i < dates.Count - 1 ? dates[i + 1] : null;
                var longDate = Views.LongDate(date);
                pages.Page(Addresses.Meeting(board.Id, date), "meeting",
                    () => MeetingView.Of(pages, board.Id, date, boardCrumb.Url, Link(previous), Link(next)),
                    words["meeting_title", ("board", board.Name), ("date", longDate)],
                    words["meeting_description", ("board", board.Name), ("date", longDate)],
                    "boards", pages.Home, pages.BoardsCrumb, boardCrumb);
            }
        }
    }

    /// <summary>A board's page of these meetings: newest first, by financial year, quarter and meeting. A quarter with
    /// only meetings from meeting files (no papers) has no quarter page to link to.</summary>
    private static BoardPage Board(ListingPages pages, Board board, IEnumerable<DateOnly> shown, List<NavLink> otherYears)
    {
        var root = pages.Root;
        var years = shown.Reverse()
            .Select(date => (Date: date, Meeting: pages.Meeting(board.Id, date)))
            .GroupBy(m => FinancialPeriod.Of(m.Date, pages.StartMonth))
            .GroupBy(q => q.Key.StartYear)
            .OrderByDescending(y => y.Key)
            .Select(y => new YearMeetings(
                new FinancialPeriod(y.Key, 1).Year,
                [.. y.OrderByDescending(q => q.Key.Quarter).Select(q => new QuarterMeetings(q.Key.ToString(), Addresses.QuarterTitle(q.Key, pages.StartMonth), pages.Listed.ByQuarter.ContainsKey(q.Key) ? root + Addresses.Quarter(q.Key) : "", [.. q.Select(m => m.Meeting)]))]))
            .ToList();
        var summary = pages.BoardSummaries.Value.Single(b => b.Id == board.Id);
        return new BoardPage(pages.View, summary, root + Addresses.BoardFeed(board.Id), root + Addresses.BoardCalendar(board.Id), years, otherYears,
            pages.Forthcoming(board.Id, HomePages.ForthcomingMeetings));
    }
}
