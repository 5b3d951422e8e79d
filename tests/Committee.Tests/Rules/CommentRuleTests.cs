using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// A note to authors in an HTML comment ('&lt;!-- … --&gt;') must never reach the page. One with no closing '--&gt;'
/// would be published as text (inside a paragraph) or would hide the rest of the paper (on a line of its own).
/// Lines of the starting PPB report: 18 the recommendation, 22 paragraph 3.1, 48 paragraph 9.1 (the last).
/// </summary>
public class CommentRuleTests
{
    private const string Para = "3.1 Most measures are on target.";

    [Theory]
    [InlineData(Para, "3.1 Most measures <!-- note to self: check with Jo are on target.", 22)]
    [InlineData(Para, "3.1 Most measures are on target.\nStill <!-- to check", 23)]
    [InlineData(Para, "3.1 Most measures are on target.\n\n> As the chief constable said <!-- quote to check", 24)]
    [InlineData("1. Note the report.", "1. Note the report. <!-- ask the chair", 18)]
    [InlineData(Para, "### Performance <!-- better title?\n\n3.1 Most measures are on target.", 22)]
    [InlineData(Para, "3.1 Most measures are on target.\n\n| Measure | Result |\n|---|---|\n| Burglary | down <!-- check |", 26)]
    [InlineData("9.1 None under the meaning of the Act.", "9.1 None under the meaning of the Act.\n\n<!-- note to self: add the 2023 review", 50)]
    public void An_unclosed_comment_is_comment_unclosed_at_its_line(string find, string replace, int line)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace));
        RuleCheck.AssertOnly(findings, "comment-unclosed", line, Severity.Error);
    }

    [Fact]
    public void An_unclosed_comment_on_its_own_line_is_named_even_though_it_hides_the_sections_after_it()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, "<!-- note to self: check the figures\n\n" + Para));
        var found = Assert.Single(findings, d => d.RuleId == "comment-unclosed");
        Assert.Equal((22, 1, Severity.Error), (found.Line, found.Column, found.Severity));
        Assert.Equal("A note to authors starts here with '<!--' but never ends with '-->', so it would be published as text or hide the rest of the paper. End the note with '-->', or delete it.", found.Message);
    }

    [Fact]
    public void The_finding_points_at_the_comment_within_its_line()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, "3.1 Most measures <!-- check are on target."));
        var found = RuleCheck.AssertOnly(findings, "comment-unclosed", 22, Severity.Error);
        Assert.Equal(19, found.Column);
    }

    [Theory]
    [InlineData(Para, "3.1 Most measures <!-- check with Jo --> are on target.")]
    [InlineData(Para, "3.1 Most measures <!-- check\nwith Jo --> are on target.")]
    [InlineData(Para, "<!-- check with the team -->\n\n3.1 Most measures are on target.")]
    [InlineData(Para, "<!-- check with the team:\n\nthe figures are provisional -->\n\n3.1 Most measures are on target.")]
    [InlineData(Para, "3.1 Most measures <!-- a -- b --> are on target.")]
    [InlineData(Para, "3.1 Most measures are on target (write \\<!-- in HTML to start a comment).")]
    [InlineData(Para, "3.1 Most measures are on target (write `<!--` in HTML to start a comment).")]
    [InlineData(Para, "3.1 Most measures are on target (write &lt;!-- in HTML to start a comment).")]
    [InlineData(Para, "3.1 Most measures are on target; fewer than 5 <!- 10.")]
    public void Closed_comments_and_text_that_only_looks_like_one_have_no_findings(string find, string replace)
    {
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace)));
    }
}
