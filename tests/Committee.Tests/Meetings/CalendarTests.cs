using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Support;
using Ical.Net;
using Ical.Net.DataTypes;

namespace Committee.Tests.Meetings;

/// <summary>A board's calendar (boards/&lt;board&gt;/meetings.ics) with the times, venues and status of its meeting files.</summary>
public class CalendarTests
{
    private static Calendar Built(params (string Date, string Details)[] meetings)
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        foreach (var (date, details) in meetings) site.Write($"content/meetings/safer-ppb/{date}.md", $"---\n{details}\n---\n");
        site.BuildOk("--build-date", "2025-01-10");
        return Calendar.Load(site.ReadOutput("boards/safer-ppb/meetings.ics"))!;
    }

    [Fact]
    public void A_meeting_with_a_time_starts_then_in_london_time_at_its_venue()
    {
        // 12 November is GMT (18:30 is 18:30 UTC); 10 June is BST (18:30 is 17:30 UTC).
        var calendar = Built(("2024-11-12", "time: \"18:30\"\nvenue: Council Chamber\nstatus: held"), ("2027-06-10", "time: \"18:30\"\nvenue: Room 2"));
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(new DateTime(2024, 11, 12, 18, 30, 0, DateTimeKind.Utc), events[0].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 6, 10, 17, 30, 0, DateTimeKind.Utc), events[1].DtStart!.AsUtc);
        Assert.Equal(["Council Chamber", "Room 2"], events.Select(e => e.Location));
        Assert.All(events, e => Assert.True(e.DtStart!.HasTime));
    }

    [Fact]
    public void A_future_meeting_without_papers_is_in_the_calendar_and_a_cancelled_one_is_cancelled()
    {
        var calendar = Built(("2027-01-14", "time: \"18:30\"\nvenue: Town Hall\nstatus: cancelled"), ("2027-02-09", "venue: Town Hall"));
        var cancelled = Assert.Single(calendar.Events, e => e.DtStart!.Date == new DateOnly(2027, 1, 14));
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.Contains("cancelled", cancelled.Summary);
        Assert.Equal("https://papers.eastmere.example/boards/safer-ppb/2027-01-14/", cancelled.Url?.AbsoluteUri);

        // No time: an all-day event.
        var allDay = Assert.Single(calendar.Events, e => e.DtStart!.Date == new DateOnly(2027, 2, 9));
        Assert.False(allDay.DtStart!.HasTime);
        Assert.Null(allDay.Status);

        // The paper's meeting, with no meeting file, is as before: all day.
        var paper = Assert.Single(calendar.Events, e => e.DtStart!.Date == new DateOnly(2024, 11, 12));
        Assert.False(paper.DtStart!.HasTime);
    }
}
