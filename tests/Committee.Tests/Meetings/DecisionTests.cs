using System.Text.Json;
using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Search;
using Committee.Tests.Support;

namespace Committee.Tests.Meetings;

/// <summary>The decisions in meetings' minutes: in decisions.json and decisions.csv, and in the search index.</summary>
public class DecisionTests
{
    private const string Meeting = """
        ---
        status: held
        ---

        ## Agenda

        1. Apologies for absence
        3. [[performance]]
        3a. Verbal update on the Marlowe Quay cameras

        ## Minutes

        ### 1. Apologies for absence

        Apologies were received from Councillor Olsen.

        ### 3. Community safety performance

        The Director presented the report.

        **Resolved:** that the Board

        1. notes the report; and
        2. asks for a review of the floodlit underpass.

        ### 3a. =HYPERLINK("http://evil.example")

        Resolved, that the update on the Marlowe Quay cameras be noted.
        """;

    private static TestSite Built()
    {
        var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.Write("content/meetings/safer-ppb/2024-11-12.md", Meeting);
        site.Write("content/meetings/safer-ppb/2027-02-09.md", "---\ntime: \"18:30\"\nvenue: Town Hall\n---\n\n## Agenda\n\n1. Apologies for absence\n");
        site.BuildOk("--build-date", "2025-01-10");
        return site;
    }

    [Fact]
    public void Each_resolution_is_a_row_of_decisions_json_and_csv()
    {
        using var site = Built();
        var rows = JsonDocument.Parse(site.ReadOutput("decisions.json")).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["board", "board_name", "meeting_date", "meeting_url", "item", "title", "decision"], rows[0].EnumerateObject().Select(p => p.Name));
        var first = rows[0];
        Assert.Equal("safer-ppb", first.GetProperty("board").GetString());
        Assert.Equal("2024-11-12", first.GetProperty("meeting_date").GetString());
        Assert.EndsWith("/boards/safer-ppb/2024-11-12/", first.GetProperty("meeting_url").GetString());
        Assert.Equal("3", first.GetProperty("item").GetString());
        Assert.Equal("Community safety performance", first.GetProperty("title").GetString());
        Assert.Equal("Resolved: that the Board\n\n1. notes the report; and\n2. asks for a review of the floodlit underpass.", first.GetProperty("decision").GetString());
        Assert.Equal("3a", rows[1].GetProperty("item").GetString());

        var csv = site.ReadOutput("decisions.csv").Split("\r\n");
        Assert.Equal("board,board_name,meeting_date,meeting_url,item,title,decision", csv[0]);
        // A title a spreadsheet would run as a formula opens as text.
        Assert.Contains(csv, l => l.Contains(",3a,\"'=HYPERLINK(\"\"http://evil.example\"\")\",", StringComparison.Ordinal));
        Assert.DoesNotContain("Apologies were received", site.ReadOutput("decisions.csv"));
        Assert.Contains("href=\"/decisions.csv\">Decisions (CSV)</a>", site.ReadOutput("index.html"));
    }

    [Fact]
    public void The_minutes_are_searched_at_the_meetings_page()
    {
        using var site = Built();
        var index = new SearchIndexReader(site.Output);
        var minutes = Assert.Single(index.Documents, d => d.GetProperty("url").GetString() == "boards/safer-ppb/2024-11-12/");
        Assert.Equal("Minutes: Safer Policy and Performance Board, 12 November 2024", minutes.GetProperty("title").GetString());
        Assert.Contains("floodlit underpass", minutes.GetProperty("text").GetString());
        Assert.NotEmpty(index.Find("underpass"));
        // A meeting still to come has no minutes to search.
        Assert.DoesNotContain(index.Documents, d => d.GetProperty("url").GetString() == "boards/safer-ppb/2027-02-09/");
    }

    [Fact]
    public void The_navigation_links_the_meetings_page_and_marks_it_current_there()
    {
        using var site = Built();
        Assert.Contains("href=\"/meetings/\">Meetings</a>", site.ReadOutput("index.html"));
        Assert.Contains("href=\"/meetings/\" aria-current=\"true\">Meetings</a>", site.ReadOutput("meetings/index.html"));
    }
}
