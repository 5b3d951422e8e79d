using Committee.Model;
using Committee.Pipeline;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Committee.Render;

/// <summary>
/// An iCalendar file per board: each meeting as an event linking to its meeting page. A meeting with a time (from its
/// meeting file) starts then, written in UTC from the time in London; one without is an all-day event. The meetings
/// are those with a final paper and those with a meeting file, future ones included.
/// </summary>
public static class Calendars
{
    /// <summary>A board's calendar: its meetings, oldest first.</summary>
    private sealed record CalendarModel(string BoardId, string BoardName, IReadOnlyList<CalendarMeeting> Meetings);

    /// <summary>A meeting as the calendar shows it: its date, the lines listing its papers, and its meeting file if any.</summary>
    private sealed record CalendarMeeting(DateOnly Date, IReadOnlyList<string> Papers, Meetings.Meeting? File);

    /// <summary>Councils in England and Wales meet on London time; the zone comes with NodaTime's own copy of the tz database.</summary>
    private static readonly NodaTime.DateTimeZone London = NodaTime.DateTimeZoneProviders.Tzdb["Europe/London"];

    public static IEnumerable<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var site = context.Site;
        foreach (var board in site.Boards.Values.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            // A meeting is in the calendar when it has a final paper; an exempt paper's title is not named in it.
            var papers = ListedReports.Of(listed.FinalByBoard, board.Id).Reports.ToLookup(d => d.Report!.Date!.Value);
            var files = context.Meetings.Where(m => m.BoardId == board.Id).ToDictionary(m => m.Date);
            var dates = papers.Select(p => p.Key).Concat(files.Keys).Distinct().Order();
            yield return new ListingFile(Addresses.BoardCalendar(board.Id), () => Render(new CalendarModel(board.Id, board.Name,
                [.. dates.Select(d => new CalendarMeeting(d, Papers(papers[d]), files.GetValueOrDefault(d)))]), site));
        }
    }

    private static List<string> Papers(IEnumerable<ReportDocument> meeting)
    {
        if (!meeting.Any()) return [];
        var titles = meeting.Where(d => !d.Report!.IsExempt).OrderBy(d => d.Report!.Item ?? ItemNumber.Last).ThenBy(d => d.Report!.Title, StringComparer.Ordinal).Select(d => "- " + d.Report!.Title + (d.Report.IsWithdrawnOrDeferred ? $" ({Views.StatusOf(d.Report)})" : "")).ToList();
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
            var file = meeting.File;
            var status = file is { IsCancelled: true } ? $" ({file.Status.ToString().ToLowerInvariant()})" : "";
            var happening = new CalendarEvent
            {
                Uid = $"{model.BoardId}-{Addresses.Iso(date)}@{host}",
                Summary = $"{model.BoardName} meeting{status}",
                Description = meeting.Papers.Count > 0 ? $"Papers:\n{string.Join("\n", meeting.Papers)}\n\n{url}" : url,
                Url = new Uri(url),
                // The stamp is the meeting date, not "now", so two builds of the same content are identical.
                DtStamp = new CalDateTime(date.ToDateTime(TimeOnly.MinValue), "UTC"),
            };
            if (file?.Time is { } time)
            {
                // No end: a meeting has no set length, and an event without one ends as it starts (RFC 5545, 3.6.1).
                var start = NodaTime.LocalDateTime.FromDateTime(date.ToDateTime(time)).InZoneLeniently(London).ToDateTimeUtc();
                happening.DtStart = new CalDateTime(start, "UTC");
            }
            else
            {
                happening.DtStart = new CalDateTime(date);
                happening.DtEnd = new CalDateTime(date.AddDays(1));
            }
            if (file is { Venue.Length: > 0 }) happening.Location = file.Venue;
            if (file is { IsCancelled: true }) happening.Status = EventStatus.Cancelled;
            calendar.Events.Add(happening);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
