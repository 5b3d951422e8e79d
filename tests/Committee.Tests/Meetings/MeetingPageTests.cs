using Committee.Meetings;
using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Meetings;

/// <summary>The meeting page (boards/&lt;board&gt;/&lt;date&gt;/) made from a meeting file and the meeting's papers.</summary>
public class MeetingPageTests
{
    /// <summary>A sentence only the exempt paper holds, in its summary and its body: it must reach no output file.</summary>
    private const string Secret = "Marlowe Wharf purchase price of 4.2 million pounds";

    private const string Meeting = """
        ---
        time: "18:30"
        venue: Council Chamber, Town Hall
        status: held
        chair: Councillor Priya Shah
        webcast: https://webcast.example/2024-11-12
        agenda_published: 2024-11-04
        ---

        ## Agenda

        1. Apologies for absence
        2. Declarations of *interest*
        3. [[performance]]
        3a. Verbal update <script>alert(1)</script>

        ## Part 2

        4. [[land-acquisition]]

        ## Minutes

        ### 3. Community safety performance

        **Resolved:** that the report be noted.
        """;

    private static string Exempt() => RuleCheck.Edit(RuleCheck.Edit(RuleCheck.Edit(Reports.ValidPpb,
        "wards: all", $"wards: all\naccess: exempt\nexempt_paragraph: 3\nsummary: {Secret}"),
        "title: Community safety performance for Quarter 2 2024/25", "title: Proposed land acquisition"),
        "1.1 To report performance for the second quarter of 2024/25.", $"1.1 This report sets out the {Secret}.");

    private static TestSite Built(string meeting, bool withPapers = true, string name = "content/meetings/safer-ppb/2024-11-12.md")
    {
        var site = new TestSite().WithFrontEnd();
        if (withPapers)
        {
            site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
            site.WriteReport("safer-ppb/2024-11-12-land-acquisition.md", Exempt());
        }
        site.Write(name, meeting);
        site.BuildOk("--build-date", "2025-01-10");
        return site;
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    [Fact]
    public void The_page_shows_the_details_the_agenda_in_order_part_2_and_the_minutes()
    {
        using var site = Built(Meeting);
        var page = MainOf(site.ReadOutput("boards/safer-ppb/2024-11-12/index.html"));
        foreach (var text in new[] { "6.30pm", "2024-11-12T18:30", "Council Chamber, Town Hall", "Councillor Priya Shah", "https://webcast.example/2024-11-12", "4 November 2024", ">Held<" })
        {
            Assert.Contains(text, page);
        }
        var order = new[] { "Apologies for absence", "Declarations of <em>interest</em>", "href=\"/boards/safer-ppb/2024-11-12/performance/\"", "3a.", "Part 2", "Proposed land acquisition", "paragraph 3 of Part 1 of Schedule 12A", "Minutes and decisions", "<strong>Resolved:</strong> that the report be noted." }
            .Select(t => page.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        // The item's raw HTML is shown as text, never run.
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("&lt;script&gt;", page);
        // Every paper is on the agenda, so there is no list of other papers.
        Assert.DoesNotContain("Other papers for this meeting", page);
    }

    [Fact]
    public void No_text_of_an_exempt_paper_reaches_any_output_file()
    {
        using var site = Built(Meeting);
        var leaks = site.OutputFiles().Where(f => f.Text.Contains(Secret, StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Empty(leaks);
        Assert.Contains("Proposed land acquisition", site.ReadOutput("boards/safer-ppb/2024-11-12/index.html"));
    }

    [Theory]
    [InlineData("cancelled", "This meeting has been cancelled.")]
    [InlineData("postponed", "This meeting has been postponed.")]
    public void A_cancelled_or_postponed_meeting_says_so_as_a_warning(string status, string words)
    {
        using var site = Built($"---\ntime: \"18:30\"\nvenue: Town Hall\nstatus: {status}\n---\n\n## Agenda\n\n1. Apologies for absence\n", withPapers: false,
            name: "content/meetings/safer-ppb/2027-01-14.md");
        var page = MainOf(site.ReadOutput("boards/safer-ppb/2027-01-14/index.html"));
        Assert.Contains("govuk-warning-text", page);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Warning</span>", page);
        Assert.Contains(words, page);
    }

    [Fact]
    public void A_meeting_file_without_papers_makes_a_meeting_page_linked_from_the_board()
    {
        using var site = Built("---\ntime: \"14:00\"\nvenue: Committee Room 2\n---\n\n## Agenda\n\n1. Apologies for absence\n2. Work programme\n", withPapers: false,
            name: "content/meetings/safer-ppb/2027-02-09.md");
        var page = MainOf(site.ReadOutput("boards/safer-ppb/2027-02-09/index.html"));
        Assert.Contains("2pm", page);
        Assert.Contains("Work programme", page);
        Assert.Contains("boards/safer-ppb/2027-02-09/", site.ReadOutput("boards/safer-ppb/index.html"));
    }

    [Fact]
    public void A_paper_left_off_the_agenda_is_listed_under_other_papers()
    {
        using var site = Built(Meeting.Replace("3. [[performance]]\n", ""));
        var page = MainOf(site.ReadOutput("boards/safer-ppb/2024-11-12/index.html"));
        Assert.Contains("Other papers for this meeting", page);
        Assert.Contains("href=\"/boards/safer-ppb/2024-11-12/performance/\"", page);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("---\n: :\n---\n## Agenda\n1.")]
    [InlineData("## Agenda\n\n- [[]]\n- [[a]] [[b]]\n  continued\n999z. x\n## Minutes\n### \n#### x")]
    [InlineData("\u0000\u0001---\n\ttime: 18:30\n---\n## Part 2\n```\n## Minutes\n")]
    [InlineData("---\ntime: [1, [2, [3]]]\nstatus: &a held\nchair: *a\n---\n## part 2 items\n1) [[x]]")]
    public void Odd_meeting_files_give_findings_never_an_exception(string text)
    {
        var findings = new List<Committee.Diagnostics.Diagnostic>();
        var meeting = ReadMeetings.Decode(text, "safer-ppb", new DateOnly(2024, 11, 12), "m.md", findings);
        Assert.Equal("safer-ppb", meeting.BoardId);
    }

    [Fact]
    public void Items_take_the_councils_numbers_and_count_on_from_them()
    {
        var meeting = ReadMeetings.Decode("## Agenda\n\n1. Apologies\n7. [[budget]]\n- 7a. Verbal update\n- Any other business\n", "safer-ppb", new DateOnly(2024, 11, 12), "m.md", []);
        Assert.Equal(["1", "7", "7a", "8"], meeting.Agenda.Select(i => i.Number));
        Assert.Equal("budget", meeting.Agenda[1].ReportSlug);
        Assert.Equal("Verbal update", meeting.Agenda[2].Text);
        Assert.Equal([3, 4, 5, 6], meeting.Agenda.Select(i => i.Line));
    }
}
