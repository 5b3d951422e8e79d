using Committee.Model;
using Committee.Pipeline;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Committee.Render;

/// <summary>An iCalendar file per board: each meeting as an all-day event linking to its meeting page.</summary>
public static class Calendars
{
    /// <summary>A board's calendar: its meetings, oldest first.</summary>
    private sealed record CalendarModel(string BoardId, string BoardName, IReadOnlyList<CalendarMeeting> Meetings);

    /// <summary>A meeting as the calendar shows it: its date and the lines listing its papers.</summary>
    private sealed record CalendarMeeting(DateOnly Date, IReadOnlyList<string> Papers);

    public static IEnumerable<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var site = context.Site;
        foreach (var board in site.Boards.Values.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            // A meeting is in the calendar when it has a final paper; an exempt paper's title is not named in it.
            var papers = ListedReports.Of(listed.FinalByBoard, board.Id);
            yield return new ListingFile(Addresses.BoardCalendar(board.Id), () => Render(new CalendarModel(board.Id, board.Name,
                [.. papers.Reports.GroupBy(d => d.Report!.Date!.Value).OrderBy(m => m.Key).Select(m => new CalendarMeeting(m.Key, Papers(m)))]), site));
        }
    }

    private static List<string> Papers(IEnumerable<ReportDocument> meeting)
    {
        var titles = meeting.Where(d => !d.Report!.IsExempt).OrderBy(d => d.Report!.Item ?? int.MaxValue).ThenBy(d => d.Report!.Title, StringComparer.Ordinal).Select(d => "- " + d.Report!.Title).ToList();
        var exempt = meeting.Count(d => d.Report!.IsExempt);
        if (exempt > 0) titles.Add($"- {exempt} exempt item{(exempt == 1 ? "" : "s")} (not for publication)");
        return titles;
    }

    private static string Render(CalendarModel model, Site site)
    {
        var host = new Uri(site.Settings.BaseUrl).Host;
        var calendar = new Calendar { ProductId = $"-//{site.Settings.Council}//Committee//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{model.BoardName} meetings");
        foreach (var meeting in model.Meetings)
        {
            var date = meeting.Date;
            var url = site.Settings.BaseUrl + Addresses.Meeting(model.BoardId, date);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{model.BoardId}-{Addresses.Iso(date)}@{host}",
                Summary = $"{model.BoardName} meeting",
                Description = $"Papers:\n{string.Join("\n", meeting.Papers)}\n\n{url}",
                Url = new Uri(url),
                DtStart = new CalDateTime(date),
                DtEnd = new CalDateTime(date.AddDays(1)),
                // The stamp is the meeting date, not "now", so two builds of the same content are identical.
                DtStamp = new CalDateTime(date.ToDateTime(TimeOnly.MinValue), "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
