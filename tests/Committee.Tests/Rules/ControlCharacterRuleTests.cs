using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// Invisible control characters and text-direction overrides in a front matter value (usually pasted in from another
/// document) would scramble the page around the value: a warning at the value's line, and they are left out of the page.
/// Lines of the starting PPB report: 2 title, 5 officer, 6 wards; of the OSC report: 7 summary.
/// </summary>
public class ControlCharacterRuleTests
{
    private const string Title = "title: Community safety performance for Quarter 2 2024/25";

    [Theory]
    [InlineData("ppb", Title, "title: \"Community safety \\u202Eperformance for Quarter 2 2024/25\"", 2)]
    [InlineData("ppb", Title, "title: Community safety \u202Eperformance for Quarter 2 2024/25", 2)]
    [InlineData("ppb", Title, "title: Community safety \u202Aperformance\u202C for Quarter 2 2024/25", 2)]
    [InlineData("ppb", Title, "title: Community safety \u2066performance\u2069 for Quarter 2 2024/25", 2)]
    [InlineData("ppb", Title, "title: \"Community safety\\a performance for Quarter 2 2024/25\"", 2)]
    [InlineData("ppb", Title, "title: \"Community safety\\e[31m performance for Quarter 2 2024/25\"", 2)]
    [InlineData("ppb", Title, "title: \"Community safety\\x7F performance for Quarter 2 2024/25\"", 2)]
    [InlineData("ppb", Title, "title: \"Community safety\\u0090 performance for Quarter 2 2024/25\"", 2)]
    [InlineData("ppb", "officer: Strategic Director, Communities", "officer: \"Strategic Director\\u202D, Communities\"", 5)]
    [InlineData("ppb", "wards: all", "wards: all\nportfolio: \"Communities\\u2067\"", 7)]
    [InlineData("osc", "summary: Attendance in the autumn term and the plan to improve it.", "summary: \"Attendance \\u202Ein the autumn term.\"", 7)]
    public void A_control_character_in_a_value_is_a_warning_at_its_line(string start, string find, string replace, int line)
    {
        var (text, name) = RuleCheck.Start(start);
        var findings = RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name);
        RuleCheck.AssertOnly(findings, "control-character", line, Severity.Warning);
    }

    [Theory]
    [InlineData("ppb", Title, "title: \"Community safety\\tperformance for Quarter 2 2024/25\"")]
    [InlineData("ppb", Title, "title: >-\n  Community safety performance\n  for Quarter 2 2024/25")]
    [InlineData("ppb", Title, "title: Cyngor Sir Ynys Môn – £3.85 million for Quarter 2 2024/25")]
    [InlineData("ppb", Title, "title: Community safety\u00A0performance for Quarter 2 2024/25")]
    [InlineData("ppb", "officer: Strategic Director, Communities", "officer: Strategic Director, Communities (مدير)")]
    public void Ordinary_text_has_no_findings(string start, string find, string replace)
    {
        var (text, name) = RuleCheck.Start(start);
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name));
    }

    [Fact]
    public void The_warning_names_the_field_and_the_character()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Title, "title: \"Community safety \\u202Eperformance\""));
        var found = RuleCheck.AssertOnly(findings, "control-character", 2, Severity.Warning);
        Assert.Equal("'title' contains an invisible control or text-direction character (U+202E), which can scramble how the page reads. It is left out of the published page; delete it from the paper.", found.Message);
    }

    [Fact]
    public void The_decoded_value_has_the_characters_taken_out()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(Reports.ValidPpb, Title, "title: \"Community \\u202Esafety\\u2066 \\aperformance\""));
        var report = Assert.Single(site.Validate().Documents).Report;
        Assert.NotNull(report);
        Assert.Equal("Community safety performance", report.Title);
    }
}
