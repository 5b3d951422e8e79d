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
    public static IEnumerable<(string Path, string Text)> Render(IReadOnlyList<ReportDocument> listed, PipelineContext context)
    {
        var site = context.Site;
        var host = new Uri(site.Settings.BaseUrl).Host;
        // A meeting is in the calendar when it has a final paper; an exempt paper's title is not named in it.
        var meetings = listed.Where(d => !d.Report!.IsDraft).GroupBy(d => (d.Report!.BoardId, Date: d.Report.Date!.Value)).ToList();
        foreach (var board in site.Boards.Values.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            var calendar = new Calendar { ProductId = $"-//{site.Settings.Council}//Committee//EN" };
            calendar.AddProperty("X-WR-CALNAME", $"{board.Name} meetings");
            foreach (var meeting in meetings.Where(m => m.Key.BoardId == board.Id).OrderBy(m => m.Key.Date))
            {
                var date = meeting.Key.Date;
                var titles = meeting.Where(d => !d.Report!.IsExempt).OrderBy(d => d.Report!.Item ?? int.MaxValue).ThenBy(d => d.Report!.Title, StringComparer.Ordinal).Select(d => "- " + d.Report!.Title).ToList();
                var exempt = meeting.Count(d => d.Report!.IsExempt);
                if (exempt > 0) titles.Add($"- {exempt} exempt item{(exempt == 1 ? "" : "s")} (not for publication)");
                var url = site.Settings.BaseUrl + Addresses.Meeting(board.Id, date);
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"{board.Id}-{Addresses.Iso(date)}@{host}",
                    Summary = $"{board.Name} meeting",
                    Description = $"Papers:\n{string.Join("\n", titles)}\n\n{url}",
                    Url = new Uri(url),
                    DtStart = new CalDateTime(date),
                    DtEnd = new CalDateTime(date.AddDays(1)),
                    // The stamp is the meeting date, not "now", so two builds of the same content are identical.
                    DtStamp = new CalDateTime(date.ToDateTime(TimeOnly.MinValue), "UTC"),
                });
            }
            yield return (Addresses.BoardCalendar(board.Id), new CalendarSerializer().SerializeToString(calendar) ?? "");
        }
    }
}
