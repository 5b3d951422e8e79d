using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// Whether a paper may be published is decided by 'access' and 'status': a value the validator cannot read, or an
/// exempt paragraph on a paper not marked exempt, is an error, and the paper is read as exempt until it is fixed.
/// Lines of the starting PPB report: 6 wards, 7 the first field added after it.
/// </summary>
public class AccessRuleTests
{
    [Theory]
    // An officer who wrote the paragraph meant the paper to be exempt.
    [InlineData("wards: all\nexempt_paragraph: 3", "exempt-paragraph-on-public", 7)]
    [InlineData("wards: all\naccess: public\nexempt_paragraph: 3", "exempt-paragraph-on-public", 8)]
    // Given but left empty: the paper's access or status is not known.
    [InlineData("wards: all\naccess:", "field-empty", 7)]
    [InlineData("wards: all\naccess: \"\"", "field-empty", 7)]
    [InlineData("wards: all\naccess: ' '", "field-empty", 7)]
    [InlineData("wards: all\nstatus:", "field-empty", 7)]
    [InlineData("wards: all\nstatus: ''", "field-empty", 7)]
    // A value that is neither choice.
    [InlineData("wards: all\naccess: private", "field-value", 7)]
    [InlineData("wards: all\naccess: ~", "field-value", 7)]
    [InlineData("wards: all\nstatus: drafted", "field-value", 7)]
    public void An_access_or_status_that_cannot_be_read_is_an_error(string replace, string ruleId, int line)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", replace));
        RuleCheck.AssertOnly(findings, ruleId, line, Severity.Error);
    }

    [Theory]
    [InlineData("wards: all\naccess: public")]
    [InlineData("wards: all\naccess: exempt\nexempt_paragraph: 3")]
    [InlineData("wards: all\nstatus: draft")]
    [InlineData("wards: all\nstatus: final")]
    public void A_readable_access_or_status_has_no_findings(string replace)
    {
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", replace)));
    }

    [Theory]
    [InlineData("wards: all\nexempt_paragraph: 3")]
    [InlineData("wards: all\naccess: public\nexempt_paragraph: 3")]
    [InlineData("wards: all\naccess:")]
    [InlineData("wards: all\naccess: private")]
    public void A_paper_whose_access_is_in_doubt_is_read_as_exempt(string replace)
    {
        // Fail closed: anything that shows pages despite errors (the preview server) shows only the exempt notice.
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(Reports.ValidPpb, "wards: all", replace));
        var report = Assert.Single(site.Validate().Documents).Report;
        Assert.NotNull(report);
        Assert.True(report.IsExempt);
    }

    [Fact]
    public void An_exempt_paragraph_on_a_public_paper_says_to_mark_it_exempt()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\nexempt_paragraph: 3"));
        var found = RuleCheck.AssertOnly(findings, "exempt-paragraph-on-public", 7, Severity.Error);
        Assert.Equal("The paper gives 'exempt_paragraph' but is not marked exempt. It will not be published until you add 'access: exempt', or remove 'exempt_paragraph' if the paper is public.", found.Message);
    }

    [Fact]
    public void An_empty_status_says_what_to_write()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\nstatus:"));
        var found = RuleCheck.AssertOnly(findings, "field-empty", 7, Severity.Error);
        Assert.Equal("'status' is given but empty; it must be 'final', 'draft', 'withdrawn' or 'deferred'.", found.Message);
    }
}
