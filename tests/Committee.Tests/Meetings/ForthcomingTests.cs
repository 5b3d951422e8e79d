using System.Text.RegularExpressions;
using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Meetings;

/// <summary>
/// The forthcoming meetings on home and each board's page, and the council's meetings page (/meetings/): which
/// meetings count as forthcoming is decided by the build date (--build-date), never by the clock.
/// </summary>
public class ForthcomingTests
{
    private static TestSite Built(string buildDate)
    {
        var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.Write("content/meetings/safer-ppb/2027-01-14.md", "---\ntime: \"18:30\"\nvenue: Council Chamber\n---\n");
        site.Write("content/meetings/safer-ppb/2027-03-02.md", "---\ntime: \"14:00\"\nvenue: Room 2\nstatus: postponed\n---\n");
        site.Write("content/meetings/executive-board/2027-01-20.md", "---\ntime: \"10:00\"\nvenue: Town Hall\n---\n");
        site.BuildOk("--build-date", buildDate);
        return site;
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    private static List<string> MeetingLinks(string html) =>
        [.. Regex.Matches(MainOf(html), @"<ul class=""govuk-list meeting-list"">.*?</ul>", RegexOptions.Singleline)
            .SelectMany(list => Regex.Matches(list.Value, @"href=""(/boards/[^""]+)""").Select(m => m.Groups[1].Value))];

    [Fact]
    public void Home_lists_every_boards_meetings_from_the_build_date_soonest_first()
    {
        using var site = Built("2024-11-12");
        Assert.Equal(
            ["/boards/safer-ppb/2024-11-12/", "/boards/safer-ppb/2027-01-14/", "/boards/executive-board/2027-01-20/", "/boards/safer-ppb/2027-03-02/"],
            MeetingLinks(site.ReadOutput("index.html")));
        var home = MainOf(site.ReadOutput("index.html"));
        Assert.Contains("6.30pm, Council Chamber", home);
        // A postponed meeting says so in words, not by colour alone.
        Assert.Contains(">Postponed</strong>", home);
        Assert.Contains("href=\"/meetings/\"", home);
    }

    [Fact]
    public void A_later_build_date_leaves_out_the_meetings_before_it()
    {
        using var site = Built("2027-01-15");
        Assert.Equal(["/boards/executive-board/2027-01-20/", "/boards/safer-ppb/2027-03-02/"], MeetingLinks(site.ReadOutput("index.html")));
        Assert.Equal(["/boards/safer-ppb/2027-03-02/"], MeetingLinks(site.ReadOutput("boards/safer-ppb/index.html")));
    }

    [Fact]
    public void The_meetings_page_lists_forthcoming_then_recent_meetings_by_month()
    {
        using var site = Built("2027-01-15");
        var page = MainOf(site.ReadOutput("meetings/index.html"));
        var months = Regex.Matches(page, @"<h3 class=""govuk-heading-m"">([^<]+)</h3>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["January 2027", "March 2027", "January 2027"], months);
        var forthcoming = page.IndexOf("Forthcoming meetings", StringComparison.Ordinal);
        var recent = page.IndexOf("Recent meetings", StringComparison.Ordinal);
        Assert.True(forthcoming >= 0 && recent > forthcoming);
        Assert.Equal(["/boards/executive-board/2027-01-20/", "/boards/safer-ppb/2027-03-02/", "/boards/safer-ppb/2027-01-14/"], MeetingLinks(site.ReadOutput("meetings/index.html")));
        // The paper's meeting of November 2024 is more than a year before the build date: on its board's page only.
        Assert.DoesNotContain("2024-11-12", page);
    }
}
