using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The section rules: each required section of the report type present once, in order and not empty.
/// PPB headings are on lines 10 (1.0), 14 (2.0), 20 (3.0), 26 (4.0), 30 (5.0), 34 (6.0), 38 (7.0), 42 (8.0), 46 (9.0);
/// its last line is 48. OSC headings are on lines 11 (Corporate implications), 21 (Recommendations) and 25 (Background); its last line is 29.
/// </summary>
public class SectionRuleTests
{
    private const string PpbLastSection = "\n\n## 9.0 List of background papers under section 100D of the Local Government Act 1972\n\n9.1 None under the meaning of the Act.";
    private const string OscRecommendations = "## Recommendations\n\nThat the Committee notes the report.\n\n";
    private const string OscBackground = "## Background\n\n3. Attendance fell slightly in the autumn term.\n\n4. The attendance team is working with six schools.";

    [Theory]
    // A missing section is reported at the section it should come before, or at the end when it is the last.
    [InlineData("osc", OscRecommendations, "", "section-missing", 21)]
    [InlineData("ppb", PpbLastSection, "", "section-missing", 44)]
    // Out of order: reported at the section that comes too late.
    [InlineData("osc", OscRecommendations + OscBackground, OscBackground + "\n\n## Recommendations\n\nThat the Committee notes the report.", "section-order", 27)]
    // Twice: reported at the second.
    [InlineData("osc", "six schools.", "six schools.\n\n## Background\n\n5. More detail.", "section-duplicate", 31)]
    [InlineData("osc", "six schools.", "six schools.\n\n## Supporting information\n\n5. More detail.", "section-duplicate", 31)]
    [InlineData("osc", "six schools.", "six schools.\n\n## Appendices\n\nAppendix A.\n\n## Appendix\n\nAppendix B.", "section-duplicate", 35)]
    // Empty: nothing, only a sub-heading, or only an author's comment.
    [InlineData("ppb", "7.1 Not applicable.", "", "section-empty", 38)]
    [InlineData("ppb", "7.1 Not applicable.", "<!-- guidance -->", "section-empty", 38)]
    [InlineData("ppb", "7.1 Not applicable.", "<!--\nSay what the risks are.\n-->", "section-empty", 38)]
    [InlineData("ppb", "7.1 Not applicable.", "### Risks", "section-empty", 38)]
    [InlineData("ppb", "7.1 Not applicable.", "---", "section-empty", 38)]
    [InlineData("osc", "That the Committee notes the report.", "<!-- What the committee is asked to do -->", "section-empty", 21)]
    // A heading the type does not know is a warning: it may be a sub-heading written as ##.
    [InlineData("ppb", "9.1 None under the meaning of the Act.", "9.1 None under the meaning of the Act.\n\n## 10.0 Glossary\n\n10.1 Words.", "section-unknown", 50)]
    [InlineData("osc", "six schools.", "six schools.\n\n## Next steps\n\n5. A review in the summer.", "section-unknown", 31)]
    // Text before the first heading belongs to no section (a warning).
    [InlineData("ppb", "---\n\n## 1.0", "---\n\nThis report is for information.\n\n## 1.0", "content-before-sections", 10)]
    [InlineData("ppb", "---\n\n## 1.0", "---\n\n# Community safety performance\n\n- A stray list\n\n## 1.0", "content-before-sections", 12)]
    [InlineData("osc", "---\n\n## Corporate", "---\n\n> A quotation.\n\n## Corporate", "content-before-sections", 11)]
    public void A_change_to_the_sections_gives_its_rule_at_its_line(string start, string find, string replace, string ruleId, int line)
    {
        var (text, name) = RuleCheck.Start(start);
        var findings = RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name);
        RuleCheck.AssertOnly(findings, ruleId, line, RuleCheck.Rule(ruleId).Severity);
    }

    [Theory]
    // Titles match whatever the case, '&' or 'and', punctuation and number.
    [InlineData("ppb", "## 2.0 Recommended", "## 2.0 RECOMMENDATIONS:")]
    [InlineData("ppb", "## 2.0 Recommended", "## 2.0 Recommendation")]
    [InlineData("ppb", "## 8.0 Equality and diversity issues", "## 8.0 Equality & Diversity Issues")]
    [InlineData("ppb", "## 8.0 Equality and diversity issues", "## 8.0 EQUALITY AND DIVERSITY ISSUES")]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1.0 PURPOSE OF THE REPORT")]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1.0 Purpose of report.")]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1 Purpose of report")]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1. Purpose of report")]
    [InlineData("ppb", "## 6.0 Implications for the Council's priorities", "## 6.0 Implications for the Council\u2019s priorities")]
    [InlineData("ppb", "## 6.0 Implications for the Council's priorities", "## 6.0 Implications for Council Priorities")]
    [InlineData("ppb", "## 5.0 Other implications", "## 5.0 Financial and other implications")]
    [InlineData("ppb", "## 7.0 Risk analysis", "## 7.0 Risk Analysis")]
    [InlineData("ppb", "## 9.0 List of background papers under section 100D of the Local Government Act 1972", "## 9.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D OF THE LOCAL GOVERNMENT ACT 1972")]
    [InlineData("ppb", "## 9.0 List of background papers under section 100D of the Local Government Act 1972", "## 9.0 Background papers")]
    [InlineData("osc", "## Corporate implications", "## CORPORATE IMPLICATIONS OF THE REPORT")]
    [InlineData("osc", "## Recommendations", "## Recommendation:")]
    // An optional section, a sub-heading and an author's comment next to text are all fine.
    [InlineData("ppb", "9.1 None under the meaning of the Act.", "9.1 None under the meaning of the Act.\n\n## 10.0 Appendices\n\n10.1 Appendix A: the measures.")]
    [InlineData("osc", "six schools.", "six schools.\n\n## Background papers\n\nThe attendance returns.")]
    [InlineData("osc", "six schools.", "six schools.\n\n### Schools\n\n5. Six schools were chosen.")]
    [InlineData("ppb", "7.1 Not applicable.", "<!-- guidance -->\n\n7.1 Not applicable.")]
    [InlineData("ppb", "7.1 Not applicable.", "7.1 Not applicable.\n\n---")]
    [InlineData("ppb", "---\n\n## 1.0", "---\n\n<!-- Draft 2, checked by legal -->\n\n## 1.0")]
    [InlineData("ppb", "---\n\n## 1.0", "---\n\n\n\n## 1.0")]
    public void A_close_but_valid_section_has_no_findings(string start, string find, string replace)
    {
        var (text, name) = RuleCheck.Start(start);
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name));
    }

    [Fact]
    public void A_missing_section_says_where_it_goes()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidOsc, OscRecommendations, ""), RuleCheck.OscName);
        var found = RuleCheck.AssertOnly(findings, "section-missing", 21, Severity.Error);
        Assert.Equal("The section 'Recommendations' is missing. A Overview and Scrutiny report needs it, between 'Corporate implications' and 'Background'.", found.Message);
        Assert.Equal("What the committee is asked to do, starting \"That the Committee\".", found.Hint);
    }

    [Fact]
    public void A_missing_last_section_is_reported_at_the_end_of_the_paper()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, PpbLastSection, ""));
        var found = RuleCheck.AssertOnly(findings, "section-missing", 44, Severity.Error);
        Assert.EndsWith(", after 'Equality and diversity issues'.", found.Message);
    }

    [Fact]
    public void A_section_out_of_order_names_the_section_it_should_precede()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidOsc, OscRecommendations + OscBackground,
            OscBackground + "\n\n## Recommendations\n\nThat the Committee notes the report."), RuleCheck.OscName);
        var found = RuleCheck.AssertOnly(findings, "section-order", 27, Severity.Error);
        Assert.Equal("The section 'Recommendations' should come before 'Background'.", found.Message);
    }

    [Fact]
    public void A_second_section_of_the_same_kind_names_the_line_of_the_first()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidOsc, "six schools.", "six schools.\n\n## Background\n\n5. More detail."), RuleCheck.OscName);
        var found = RuleCheck.AssertOnly(findings, "section-duplicate", 31, Severity.Error);
        Assert.Equal("The section 'Background' appears twice (first on line 25). Merge the two.", found.Message);
    }

    [Fact]
    public void An_empty_section_gives_the_type_guidance()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "7.1 Not applicable.", "<!-- guidance -->"));
        var found = RuleCheck.AssertOnly(findings, "section-empty", 38, Severity.Error);
        Assert.Equal("The section 'Risk analysis' is empty. Write its text, or 'Not applicable' if nothing applies.", found.Message);
        Assert.Equal("The key risks and how they will be managed, or \"Not applicable\".", found.Hint);
    }

    [Fact]
    public void A_misspelt_section_is_unknown_and_suggests_the_title()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "## 7.0 Risk analysis", "## 7.0 Risk analyis"));
        var unknown = Assert.Single(findings, d => d.RuleId == "section-unknown");
        Assert.Equal((38, Severity.Warning), (unknown.Line, unknown.Severity));
        Assert.Equal("'Risk analyis' is not a section of a Policy and Performance Board report. Make it a sub-heading (###) inside a section, or check its title.", unknown.Message);
        Assert.Equal("did you mean 'Risk analysis'?", unknown.Hint);
        // The real section is then missing, before the one that follows it.
        var missing = Assert.Single(findings, d => d.RuleId == "section-missing");
        Assert.Equal(42, missing.Line);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void A_report_with_no_sections_is_missing_each_one_at_its_last_line()
    {
        var text = Reports.ValidPpb[..(Reports.ValidPpb.IndexOf("## 1.0", StringComparison.Ordinal))] + "Just some text.";
        var findings = RuleCheck.Findings(text);
        Assert.Equal(9, findings.Count(d => d.RuleId == "section-missing" && d.Line == 10 && d.IsError));
        Assert.Single(findings, d => d.RuleId == "content-before-sections" && d.Line == 10 && !d.IsError);
        Assert.Equal(10, findings.Count);
    }
}
