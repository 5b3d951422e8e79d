using Committee.Meetings;
using Committee.Pipeline;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Demo;

/// <summary>The demo council's meeting files show every part of the format, and the demo still builds clean.</summary>
public class DemoMeetingsTests
{
    [Fact]
    public void The_demo_meetings_cover_times_venues_a_cancellation_minutes_part_2_and_forthcoming_agendas()
    {
        using var site = new TestSite(withDemoReports: true).WithoutDemoSlip();
        var result = ArchiveRun.Check(site.Options() with { BuildDate = new DateOnly(2026, 12, 7) }, loadTemplates: false);
        Assert.Empty(result.Diagnostics);
        var meetings = result.Context.Meetings;
        Assert.True(meetings.Length >= 6, $"only {meetings.Length} demo meetings");
        Assert.All(meetings, m => Assert.NotNull(m.Time));
        Assert.All(meetings, m => Assert.NotEqual("", m.Venue));
        Assert.Contains(meetings, m => m.Status == MeetingStatus.Cancelled);

        Assert.Contains(meetings, m => m.Status == MeetingStatus.Postponed);

        var held = meetings.Where(m => m.Minutes.Length > 0).ToList();
        Assert.True(held.Count >= 4, $"only {held.Count} demo meetings with minutes");
        Assert.All(held, m => Assert.Equal(MeetingStatus.Held, m.Status));
        Assert.True(held.Sum(m => Decisions.Of(m).Count()) >= 6, "too few decisions in the demo minutes");
        var part2 = Assert.Single(meetings, m => !m.Part2.IsEmpty);
        Assert.Equal(["proposed-land-acquisition"], part2.Part2.Select(i => i.ReportSlug));
        Assert.Equal(("executive-board", new DateOnly(2024, 9, 19)), (part2.BoardId, part2.Date));

        var forthcoming = meetings.Where(m => m.Date.Year == 2027 && !m.IsCancelled).ToList();
        Assert.True(forthcoming.Count >= 3, $"only {forthcoming.Count} forthcoming demo meetings");
        Assert.All(forthcoming, m =>
        {
            Assert.NotEmpty(m.Agenda);
            Assert.All(m.Agenda, i => Assert.Null(i.ReportSlug));
        });

        // Papers on the agenda: withdrawn, deferred, a late 5a, and one moved to a later meeting with its old address kept.
        var reports = result.Documents.Select(d => d.Report!).ToList();
        Assert.Single(reports, r => r.Status == Committee.Model.ReportStatus.Withdrawn && r.StatusReason.Length > 0);
        Assert.Single(reports, r => r.Status == Committee.Model.ReportStatus.Deferred && r.StatusReason.Length > 0);
        Assert.Contains(reports, r => r.Supplementary && r.Item is { Letter: "a" });
        Assert.Contains(reports, r => !r.Aliases.IsEmpty);
    }

    [Fact]
    public void The_demo_builds_and_no_text_of_its_exempt_paper_reaches_the_site()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk("--build-date", "2026-12-07");
        // Sentences only the exempt paper's body holds.
        var secrets = new[] { "Calder Marine Holdings Limited", "former Calder Marine boatyard" };
        var leaks = site.OutputFiles().Where(f => secrets.Any(s => f.Text.Contains(s, StringComparison.Ordinal))).Select(f => f.Path).ToList();
        Assert.Empty(leaks);

        var meeting = site.ReadOutput("boards/executive-board/2024-09-19/index.html");
        Assert.Contains("Town centre and docks regeneration: proposed land acquisition", meeting);
        Assert.Contains("paragraph 3 of Part 1 of Schedule 12A", meeting);
        Assert.Contains("This meeting has been cancelled.", site.ReadOutput("boards/childrens-osc/2024-09-17/index.html"));
        Assert.Contains("This paper has moved", site.ReadOutput("boards/environment-osc/2025-10-08/town-centre-regeneration-progress/index.html"));
        Assert.Contains("This paper has been withdrawn", site.ReadOutput("boards/safer-ppb/2024-01-23/statement-of-licensing-policy/index.html"));
        Assert.Contains("approves the net revenue budget", site.ReadOutput("decisions.csv"));
        var home = site.ReadOutput("index.html");
        Assert.Contains("boards/executive-board/2027-01-14/", home);
    }
}
