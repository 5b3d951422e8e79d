using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>"TO DO:" values written by committee new: fine in a draft, an error once the paper is final.</summary>
public class PlaceholderRuleTests
{
    private const string Officer = "officer: Strategic Director, Communities";

    [Fact]
    public void A_final_paper_with_a_to_do_value_is_an_error_at_that_line()
    {
        var text = RuleCheck.Edit(Reports.ValidPpb, Officer, "officer: \"TO DO: the reporting officer\"");
        var found = RuleCheck.AssertOnly(RuleCheck.Findings(text), "placeholder-left", 5, Severity.Error);
        Assert.Equal("'officer' still says 'TO DO: the reporting officer'. Fill it in before the paper is final: it would be published as it is.", found.Message);
    }

    [Fact]
    public void A_draft_with_a_to_do_value_has_no_finding()
    {
        var text = RuleCheck.Edit(Reports.ValidPpb, Officer, "officer: \"TO DO: the reporting officer\"\nstatus: draft");
        Assert.Empty(RuleCheck.Findings(text));
    }

    [Fact]
    public void A_final_paper_that_mentions_to_do_inside_a_value_has_no_finding()
    {
        var text = RuleCheck.Edit(Reports.ValidPpb, Officer, "officer: Head of the To Do list team");
        Assert.Empty(RuleCheck.Findings(text));
    }
}
