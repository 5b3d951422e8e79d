using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The rules about a paper's place on an agenda and its old addresses: status-reason-missing, alias-collision and
/// late-publication (the five clear working days of section 100B of the Local Government Act 1972).
/// </summary>
public class AgendaRuleTests
{
    private static string Paper(string fields, string? text = null) => RuleCheck.Edit(text ?? Reports.ValidPpb, "wards: all", "wards: all\n" + fields);

    [Fact]
    public void A_deferred_paper_without_a_reason_is_status_reason_missing()
    {
        var found = RuleCheck.AssertOnly(RuleCheck.Findings(Paper("status: deferred")), "status-reason-missing", 7, Severity.Warning);
        Assert.StartsWith("The paper is deferred, but does not say why: its page will only say that it is deferred.", found.Message);
    }

    /// <summary>Two papers, the second with the aliases given; the findings in the second's file.</summary>
    private static List<Diagnostic> AliasFindings(string aliases)
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.WriteReport("safer-ppb/2024-12-10-moved.md", RuleCheck.Edit(Paper("aliases:\n" + aliases), "date: 2024-11-12", "date: 2024-12-10"));
        return RuleCheck.InFile(site.Validate().Diagnostics, "safer-ppb/2024-12-10-moved.md");
    }

    [Theory]
    [InlineData("  - /boards/safer-ppb/2024-11-12/moved/")]
    [InlineData("  - boards/safer-ppb/2024-11-12/moved")]
    [InlineData("  - https://example.org/council/boards/safer-ppb/2024-11-12/moved/")]
    [InlineData("  - /documents/s1234/")]
    public void An_old_address_free_for_a_redirect_has_no_findings(string aliases) => RuleCheck.AssertNone(AliasFindings(aliases));

    [Theory]
    [InlineData("  - /boards/safer-ppb/2024-11-12/performance/", "the address of the paper content/reports/safer-ppb/2024-11-12-performance.md")]
    [InlineData("  - /boards/safer-ppb/2024-12-10/moved/", "this paper's own address")]
    [InlineData("  - /boards/safer-ppb/2024-11-12/", "an address the site keeps for its own pages and files")]
    [InlineData("  - /meetings/", "an address the site keeps for its own pages and files")]
    [InlineData("  - /reports.json", "an address the site keeps for its own pages and files")]
    [InlineData("  - /boards/safer-ppb/2024-11-12/performance/appendix-a.pdf", "an address the site keeps for its own pages and files")]
    [InlineData("  - /old/moved/\n  - /OLD/moved", "given twice in 'aliases'")]
    public void An_old_address_taken_by_a_page_or_another_alias_is_alias_collision(string aliases, string clash)
    {
        var found = Assert.Single(AliasFindings(aliases), d => d.RuleId == "alias-collision");
        Assert.Equal(Severity.Error, found.Severity);
        Assert.Contains(clash, found.Message);
        Assert.True(found.Line >= 8, $"line {found.Line}");
    }

    [Fact]
    public void An_old_address_of_two_papers_is_alias_collision_for_the_second()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Paper("aliases: /old/paper/"));
        site.WriteReport("safer-ppb/2024-11-12-other.md", Paper("aliases: /old/paper/"));
        var found = Assert.Single(site.Validate().Diagnostics, d => d.RuleId == "alias-collision");
        Assert.Equal("The old address /old/paper/ is already an old address of the paper content/reports/safer-ppb/2024-11-12-other.md, so it cannot redirect to this paper. Remove it from 'aliases', or correct it.", found.Message);
    }

    [Theory]
    [InlineData("aliases: ../../etc/")]
    [InlineData("aliases: /old page/")]
    [InlineData("aliases: /old?id=12")]
    public void An_old_address_that_is_not_a_path_is_field_value(string field) =>
        RuleCheck.AssertOnly(RuleCheck.Findings(Paper(field)), "field-value", 7, Severity.Error);

    private const string Meeting = "---\ntime: \"18:30\"\nvenue: Council Chamber\nagenda_published: {0}\n---\n\n## Agenda\n\n1. [[performance]]\n";

    [Theory]
    [InlineData("2024-11-04")] // Monday: Tuesday 5 to Monday 11 November hold five working days
    [InlineData("2024-10-30")]
    public void An_agenda_out_five_clear_working_days_before_has_no_findings(string published) =>
        RuleCheck.AssertNone(MeetingRuleTests.Findings(string.Format(Meeting, published)));

    [Fact]
    public void An_agenda_out_four_clear_working_days_before_is_late_publication()
    {
        var found = RuleCheck.AssertOnly(MeetingRuleTests.Findings(string.Format(Meeting, "2024-11-05")), "late-publication", 4, Severity.Warning);
        Assert.Equal("The agenda was published on Tuesday 5 November 2024, 4 clear working day(s) before the meeting on Tuesday 12 November 2024; " +
            "section 100B of the Local Government Act 1972 asks for five. It should have gone out by Monday 4 November 2024. " +
            "If the chair agreed to take a late paper as urgent, mark it 'supplementary: true'.", found.Message);
    }

    [Fact]
    public void A_bank_holiday_is_not_a_working_day_and_a_council_lists_its_own()
    {
        // Thursday 30 May 2024; Monday 27 May was the spring bank holiday in England and Wales.
        var meeting = string.Format(Meeting, "2024-05-22").Replace("1. [[performance]]", "1. Apologies for absence");
        const string name = "content/meetings/safer-ppb/2024-05-30.md";
        var found = Assert.Single(MeetingRuleTests.Findings(meeting, name: name), d => d.RuleId == "late-publication");
        Assert.Contains("4 clear working day(s)", found.Message);
        Assert.Contains("by Tuesday 21 May 2024", found.Message);

        using var site = new TestSite();
        site.Write(name, meeting);
        site.Write("site-src/bank-holidays.yml", "# Scotland's\n- 2024-05-20\n");
        Assert.DoesNotContain(site.Validate().Diagnostics, d => d.RuleId == "late-publication");
    }

    [Theory]
    [InlineData("published: 2024-11-08", true)]
    [InlineData("published: 2024-11-08\nsupplementary: true", false)]
    [InlineData("published: 2024-11-01", false)]
    public void A_paper_out_after_its_agenda_is_late_publication_unless_supplementary(string fields, bool late)
    {
        var findings = RuleCheck.Findings(Paper(fields));
        if (late) Assert.Equal(7, RuleCheck.AssertOnly(findings, "late-publication", 7, Severity.Warning).Line);
        else RuleCheck.AssertNone(findings);
    }

    [Fact]
    public void A_bank_holidays_file_that_is_not_a_list_of_dates_is_settings()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.Write("site-src/bank-holidays.yml", "- 2024-05-27\n- 27 May\n");
        var found = Assert.Single(site.Validate().Diagnostics, d => d.File == "site-src/bank-holidays.yml");
        Assert.Equal(("settings", 2), (found.RuleId, found.Line));
    }
}
