using Committee.Diagnostics;
using Committee.Model;
using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Meetings;

/// <summary>A paper's place on its agenda: item numbers such as 7a, withdrawn and deferred papers, and late (supplementary) papers.</summary>
public class PaperOnAgendaTests
{
    private static string Paper(string fields) => RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\n" + fields);

    [Theory]
    [InlineData("7", 7, "")]
    [InlineData("7a", 7, "a")]
    [InlineData("12B", 12, "b")]
    public void An_item_number_may_have_a_letter(string written, int number, string letter)
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Paper($"item: {written}"));
        var run = site.Validate();
        RuleCheck.AssertNone(RuleCheck.InFile(run.Diagnostics, RuleCheck.PpbName));
        Assert.Equal(new ItemNumber(number, letter), run.Documents.Single().Report!.Item);
    }

    [Theory]
    [InlineData("item: 7ab")]
    [InlineData("item: 0")]
    [InlineData("item: seven")]
    public void An_item_number_that_is_not_one_is_field_type(string field)
    {
        var found = RuleCheck.AssertOnly(RuleCheck.Findings(Paper(field)), "field-type", 7, Severity.Error);
        Assert.Equal("'item' must be an agenda item number from 1 to 999, with a letter for an added item: 7 or 7a.", found.Message);
    }

    [Fact]
    public void Items_sort_by_number_then_letter()
    {
        ItemNumber[] items = [new(8, ""), new(7, "b"), ItemNumber.Last, new(7, ""), new(7, "a"), new(10, "")];
        Assert.Equal(["7", "7a", "7b", "8", "10", "2147483647"], items.Order().Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("withdrawn")]
    [InlineData("deferred")]
    public void A_withdrawn_or_deferred_paper_without_a_reason_is_status_reason_missing(string status)
    {
        var found = RuleCheck.AssertOnly(RuleCheck.Findings(Paper($"status: {status}")), "status-reason-missing", 7, Severity.Warning);
        Assert.StartsWith($"The paper is {status}, but does not say why", found.Message);
    }

    [Theory]
    [InlineData("status: withdrawn\nstatus_reason: Withdrawn by the report author.")]
    [InlineData("status: deferred\nstatus_reason: Deferred to the next meeting.")]
    [InlineData("supplementary: true")]
    [InlineData("supplementary: false\npublished: 2024-11-01")]
    public void Agenda_fields_written_well_have_no_findings(string fields) => RuleCheck.AssertNone(RuleCheck.Findings(Paper(fields)));

    [Theory]
    [InlineData("supplementary: late", "field-type")]
    [InlineData("published: 1 November 2024", "date-format")]
    [InlineData("status: postponed", "field-value")]
    public void Agenda_fields_written_badly_are_errors(string fields, string rule) =>
        RuleCheck.AssertOnly(RuleCheck.Findings(Paper(fields)), rule, 7, Severity.Error);

    [Fact]
    public void A_withdrawn_paper_on_a_cancelled_meeting_needs_no_moving()
    {
        var withdrawn = Paper("status: withdrawn\nstatus_reason: The meeting was cancelled.");
        var meeting = "---\nstatus: cancelled\n---\n\n## Agenda\n\n1. [[performance]]\n";
        Assert.DoesNotContain(MeetingRuleTests.Findings(meeting, withdrawn), d => d.RuleId == "meeting-cancelled-with-papers");
        Assert.Contains(MeetingRuleTests.Findings(meeting), d => d.RuleId == "meeting-cancelled-with-papers");
    }

    [Fact]
    public void Withdrawn_deferred_and_late_papers_keep_their_pages_marked_with_the_reason()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, Paper("item: 3\nstatus: withdrawn\nstatus_reason: Withdrawn at the request of the <b>report author</b>."));
        site.WriteReport("safer-ppb/2024-11-12-cctv.md", RuleCheck.Edit(Paper("item: 3a\nsupplementary: true"), "Community safety performance", "CCTV upgrade"));
        site.WriteReport("safer-ppb/2024-11-12-licensing.md", RuleCheck.Edit(Paper("item: 4\nstatus: deferred\nstatus_reason: Deferred to await the consultation."), "Community safety performance", "Licensing policy"));
        site.Write("content/meetings/safer-ppb/2024-11-12.md",
            "---\nstatus: held\n---\n\n## Agenda\n\n1. Apologies for absence\n3. [[performance]]\n3a. [[cctv]]\n4. [[licensing]]\n");
        site.BuildOk("--build-date", "2025-01-10");

        var withdrawn = site.ReadOutput("boards/safer-ppb/2024-11-12/performance/index.html");
        Assert.Contains("This paper has been withdrawn", withdrawn);
        Assert.Contains("Withdrawn at the request of the &lt;b&gt;report author&lt;/b&gt;.", withdrawn);
        var deferred = site.ReadOutput("boards/safer-ppb/2024-11-12/licensing/index.html");
        Assert.Contains("This paper has been deferred", deferred);
        Assert.Contains("Deferred to await the consultation.", deferred);
        Assert.Contains("govuk-tag--blue\">Supplementary</strong>", site.ReadOutput("boards/safer-ppb/2024-11-12/cctv/index.html"));
        Assert.DoesNotContain("Supplementary</strong>", withdrawn);

        var meeting = site.ReadOutput("boards/safer-ppb/2024-11-12/index.html");
        int At(string text) => meeting.IndexOf(text, StringComparison.Ordinal);
        Assert.True(At(">3.</span>") < At(">3a.</span>") && At(">3a.</span>") < At(">4.</span>"));
        Assert.True(At("Withdrawn</strong>") > At(">3.</span>") && At("Withdrawn</strong>") < At(">3a.</span>"));
        Assert.True(At("Supplementary</strong>") > At(">3a.</span>") && At("Supplementary</strong>") < At(">4.</span>"));
        Assert.True(At("Deferred</strong>") > At(">4.</span>"));

        // The board's calendar lists the meeting's papers, saying which were not taken.
        var calendar = site.ReadOutput("boards/safer-ppb/meetings.ics").Replace("\r\n ", "").Replace("\\n", "\n");
        Assert.Contains("- Community safety performance for Quarter 2 2024/25 (withdrawn)", calendar);
        Assert.Contains("- Licensing policy for Quarter 2 2024/25 (deferred)", calendar);
    }
}
