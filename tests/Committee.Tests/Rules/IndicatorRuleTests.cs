using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The indicator rules: each row puts an indicator table after paragraph 3.1 of the PPB report (its header on line 24, its
/// first row on line 26) and checks the one finding, against the demo's catalogue (content/indicators/).
/// </summary>
public class IndicatorRuleTests
{
    private const string Para = "3.1 Most measures are on target.";
    private const string Header = "| Indicator | Target | Quarter 2 actual | Status | Direction of travel |\n| --- | --- | --- | --- | --- |\n";

    private static string WithTable(params string[] rows) => RuleCheck.Edit(Reports.ValidPpb, Para, Para + "\n\n" + Header + string.Join("\n", rows));

    [Theory]
    [InlineData("| Repeat child protection plan | 18% or lower | 22% | Red | n/a |", "indicator-unknown", 26)]
    [InlineData("| High-risk food premises inspected when due | 100% | about 92 | Amber | Stable |", "indicator-value", 26)]
    [InlineData("| High-risk food premises inspected when due | 100% | 92% | Purple | Stable |", "indicator-value", 26)]
    [InlineData("| High-risk food premises inspected when due | 100% | 92% | Amber | Sideways |", "indicator-value", 26)]
    // Missing a higher-is-better target by more than the tolerance (10 points), yet green; meeting it, yet red.
    [InlineData("| High-risk food premises inspected when due | 100% | 85% | Green | Stable |", "indicator-status-contradicts", 26)]
    [InlineData("| Anti-social behaviour incidents reported to police | 1,450 or fewer | 1,312 | Red | Stable |", "indicator-status-contradicts", 26)]
    // Within the tolerance (5% of the target: 72.5) is amber, not red.
    [InlineData("| Anti-social behaviour incidents reported to police | 1,450 or fewer | 1,500 | Red | Stable |", "indicator-status-contradicts", 26)]
    [InlineData("| Accidental dwelling fires (fire and rescue service) | 30 or fewer | 27% | Green | Stable |", "indicator-unit", 26)]
    [InlineData("| Noise complaints responded to within two working days | 90% | £94 | Green | Stable |", "indicator-unit", 26)]
    public void A_row_gives_its_rule_at_its_line(string row, string ruleId, int line)
    {
        var findings = RuleCheck.Findings(WithTable(row));
        RuleCheck.AssertOnly(findings, ruleId, line, RuleCheck.Rule(ruleId).Severity);
    }

    [Fact]
    public void An_unknown_indicator_close_to_a_known_name_gets_a_did_you_mean_hint()
    {
        var findings = RuleCheck.Findings(WithTable("| Noise complaint responded to within two working day | 90% | 94% | Green | Stable |"));
        var found = RuleCheck.AssertOnly(findings, "indicator-unknown", 26, Committee.Diagnostics.Severity.Warning);
        Assert.Equal("did you mean 'Noise complaints responded to within two working days'?", found.Hint);
    }

    [Fact]
    public void A_status_that_contradicts_the_figures_names_them_and_the_status_to_use()
    {
        var findings = RuleCheck.Findings(WithTable("| High-risk food premises inspected when due | 100% | 85% | Green | Stable |"));
        var found = Assert.Single(findings);
        Assert.Equal("'High-risk food premises inspected when due' is marked Green, but its actual (85%) against its target (100%) misses it by 15, "
            + "more than the tolerance for amber (10). Check the figures, or change the status to Red.", found.Message);
    }

    [Fact]
    public void The_same_indicator_twice_with_different_figures_is_an_error_at_the_second_row()
    {
        var findings = RuleCheck.Findings(WithTable(
            "| Noise complaints responded to within two working days | 90% | 94% | Green | Stable |",
            "| Anti-social behaviour incidents reported to police | 1,450 or fewer | 1,312 | Green | Stable |",
            "| noise-complaints-two-days | 90% | 91% | Green | Stable |"));
        var found = RuleCheck.AssertOnly(findings, "indicator-reported-twice", 28, Committee.Diagnostics.Severity.Error);
        Assert.Contains("on line 26 94%", found.Message);
    }

    [Theory]
    // Matched by name (case and punctuation aside), by id, or by name with a code in brackets; values with their units.
    [InlineData("| NOISE COMPLAINTS RESPONDED TO WITHIN TWO WORKING DAYS | 90% | 94% | G | ↑ Improving |")]
    [InlineData("| noise-complaints-two-days | 90% | 94% | Green | Improving |")]
    [InlineData("| Noise complaints responded to within two working days (SAF 12) | at least 90% | 94 per cent | On target | Better |")]
    [InlineData("| Repeat cases at the domestic abuse risk conference (rolling year) | 28% to 40% | 41% | Amber | Stable |")]
    [InlineData("| Anti-social behaviour incidents reported to police | 1,450 or fewer | 1,500 | Amber | Declining |")]
    [InlineData("| Anti-social behaviour incidents reported to police | 1,450 or fewer | n/a | | |")]
    // The same row twice with the same figures is not a mistake.
    [InlineData("| Accidental dwelling fires (fire and rescue service) | 30 or fewer | 27 | Green | Stable |", "| accidental-dwelling-fires | 30 or fewer | 27 | Green | Stable |")]
    public void A_row_read_as_the_catalogue_says_gives_no_finding(params string[] rows) =>
        RuleCheck.AssertNone(RuleCheck.Findings(WithTable(rows)));

    [Theory]
    // Not indicator tables: no Target column, no Actual column, no Indicator column.
    [InlineData("| Indicator | Result |\n|---|---|\n| Unknown thing | 12 |")]
    [InlineData("| Indicator | Target | Status |\n|---|---|---|\n| Unknown thing | 12 | Red |")]
    [InlineData("| Programme | Annual target | Delivered to date | Status |\n|---|---|---|---|\n| Resurfacing | 95,000 | 51,300 | Green |")]
    public void A_table_that_is_not_an_indicator_table_stays_a_plain_table(string table) =>
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, Para + "\n\n" + table)));

    [Fact]
    public void A_direction_of_travel_is_checked_against_the_previous_quarter_in_the_archive()
    {
        using var site = new TestSite();
        // 2024/25 Q1: 94%. Then 2024/25 Q2 says "Improving" at 91%, for a higher-is-better indicator.
        var first = RuleCheck.Edit(RuleCheck.Edit(RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2", "period: 2024/25 Q1"), "date: 2024-11-12", "date: 2024-08-13"),
            "the second quarter", "the first quarter");
        site.WriteReport("safer-ppb/2024-08-13-performance.md", RuleCheck.Edit(first, Para, Para + "\n\n" + Header + "| Noise complaints responded to within two working days | 90% | 94% | Green | Stable |"));
        site.WriteReport(RuleCheck.PpbName, WithTable("| Noise complaints responded to within two working days | 90% | 91% | Green | Improving |"));
        var findings = RuleCheck.InFile(site.Validate().Diagnostics, RuleCheck.PpbName);
        var found = RuleCheck.AssertOnly(findings, "indicator-direction-contradicts", 26, Committee.Diagnostics.Severity.Warning);
        Assert.Contains("from 94% in 2024/25 Q1", found.Message);
        Assert.Contains("change the direction of travel to Declining", found.Message);
        Assert.Empty(RuleCheck.InFile(site.Validate().Diagnostics, "safer-ppb/2024-08-13-performance.md"));
    }

    [Fact]
    public void An_exempt_paper_is_checked_but_keeps_no_figures_for_the_pages()
    {
        using var site = new TestSite();
        var exempt = RuleCheck.Edit(WithTable("| Noise complaints responded to within two working days | 90% | 80% | Green | Stable |"),
            "period: 2024/25 Q2", "period: 2024/25 Q2\naccess: exempt\nexempt_paragraph: 3");
        site.WriteReport(RuleCheck.PpbName, exempt);
        var run = site.Validate();
        Assert.Contains(run.Diagnostics, d => d.RuleId == "indicator-status-contradicts");
        Assert.All(run.Documents, d => Assert.Empty(d.Indicators));
    }
}
