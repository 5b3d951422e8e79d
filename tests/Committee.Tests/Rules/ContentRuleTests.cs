using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The content rules: what a public paper must not publish (raw HTML, links that run script or embed data), links the
/// public cannot follow, and a quarter in the text that differs from the paper's period. Each row changes paragraph 3.1
/// (line 22 of the PPB report) or another line whose number the row gives.
/// </summary>
public class ContentRuleTests
{
    private const string Para = "3.1 Most measures are on target.";

    [Theory]
    // Raw HTML, as a block or inline; the closing tag is not reported again.
    [InlineData(Para, "3.1 Most measures are on target.\n\n<div class=\"note\">Two are close.</div>", "raw-html", 24)]
    [InlineData(Para, "3.1 Most measures are on target.\n\n<script>alert(1)</script>", "raw-html", 24)]
    [InlineData(Para, "3.1 Most measures are <b>on target</b>.", "raw-html", 22)]
    [InlineData(Para, "3.1 Most measures are on\ntarget.<br>", "raw-html", 23)]
    [InlineData(Para, "3.1 Most measures are <span style=\"color:red\">on target</span>.", "raw-html", 22)]
    [InlineData(Para, "3.1 Most measures are on target.\n\n| Measure | Result |\n|---|---|\n| Burglary | <b>down</b> |", "raw-html", 26)]
    [InlineData(Para, "3.1 Most measures are on target.\n\n<iframe src=\"https://example.org\"></iframe>", "raw-html", 24)]
    [InlineData(Para, "3.1 Most measures are on target <img src=x onerror=alert(1)>.", "raw-html", 22)]
    // Links that run script or embed data, however they are disguised.
    [InlineData(Para, "3.1 Most measures are [on target](javascript:alert(1)).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](JavaScript:alert(1)).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](vbscript:msgbox(1)).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](data:text/html;base64,PHNjcmlwdD4=).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](<java\tscript:alert(1)>).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](java&#9;script:alert(1)).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](&#106;avascript:alert(1)).", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are on target: <javascript:alert(1)>.", "unsafe-link", 22)]
    [InlineData(Para, "3.1 Most measures are on target.\n![chart](data:image/svg+xml;base64,PHN2Zz4=)", "unsafe-link", 23)]
    [InlineData(Para, "3.1 Most measures are [on target][t].\n\n[t]: javascript:alert(1)", "unsafe-link", 22)]
    // Links only staff can follow (a warning).
    [InlineData(Para, "3.1 Most measures are [on target](https://intranet/performance/q2).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](http://localhost:8080/report).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](http://10.1.2.3/report).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](http://192.168.0.10/report).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](http://172.16.4.1/report).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](http://127.0.0.1/report).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](https://sharepoint.eastmere.local/sites/performance).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](https://PERFORMANCE.EASTMERE.INTERNAL/q2).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](file:///C:/Reports/q2.xlsx).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are on target: <https://intranet/performance>.", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](//intranet/performance).", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are on target, see www.performance.eastmere.local/q2.", "private-link", 22)]
    [InlineData(Para, "3.1 Most measures are [on target](https://[::1]/report).", "private-link", 22)]
    // A quarter named in the purpose or the recommendations that differs from the period (Q2): a warning.
    [InlineData("1. Note the report.", "1. Receive the first quarter's performance report.", "quarter-mismatch", 18)]
    [InlineData("the second quarter of 2024/25", "the first quarter of 2024/25", "quarter-mismatch", 12)]
    [InlineData("the second quarter of 2024/25", "quarter three of 2024/25", "quarter-mismatch", 12)]
    [InlineData("the second quarter of 2024/25", "Q4 of 2024/25", "quarter-mismatch", 12)]
    [InlineData("That the Board:", "That the Board, for the Fourth Quarter:", "quarter-mismatch", 16)]
    public void A_change_to_the_text_gives_its_rule_at_its_line(string find, string replace, string ruleId, int line)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace));
        RuleCheck.AssertOnly(findings, ruleId, line, RuleCheck.Rule(ruleId).Severity);
    }

    [Theory]
    // Comments, code and escaped angle brackets are not HTML.
    [InlineData(Para, "3.1 Most measures <!-- check with the team --> are on target.")]
    [InlineData(Para, "<!-- check with the team -->\n\n3.1 Most measures are on target.")]
    [InlineData(Para, "3.1 Most measures are on target (see `<div>` in the template).")]
    [InlineData(Para, "3.1 Most measures are on target:\n\n    <div>code</div>")]
    [InlineData(Para, "3.1 Most measures are \\<on target\\>.")]
    [InlineData(Para, "3.1 Most measures are on target (fewer than 5 < 10 > 2).")]
    // Links the public can follow.
    [InlineData(Para, "3.1 Most measures are [on target](https://www.gov.uk/government/statistics).")]
    [InlineData(Para, "3.1 Most measures are [on target](http://www.eastmere.example/q2).")]
    [InlineData(Para, "3.1 Most measures are [on target](mailto:performance@eastmere.example).")]
    [InlineData(Para, "3.1 Most measures are on target: <https://www.gov.uk> or <performance@eastmere.example>.")]
    [InlineData(Para, "3.1 Most measures are [on target](#40-policy-implications).")]
    [InlineData(Para, "3.1 Most measures are [on target](../2024-08-13/performance/).")]
    [InlineData(Para, "3.1 Most measures are [on target](http://8.8.8.8/report).")]
    [InlineData(Para, "3.1 Most measures are [on target](//www.gov.uk/government/statistics).")]
    [InlineData(Para, "3.1 Most measures are [on target](https://data.gov.uk/javascript:not-a-scheme).")]
    [InlineData(Para, "3.1 Most measures are on target, see www.gov.uk or javascript: in a sentence.")]
    // The period's own quarter, and other quarters outside the purpose and the recommendations.
    [InlineData("the second quarter of 2024/25", "Q2 of 2024/25")]
    [InlineData("the second quarter of 2024/25", "quarter two of 2024/25")]
    [InlineData("the second quarter of 2024/25", "the SECOND QUARTER of 2024/25")]
    [InlineData(Para, "3.1 Most measures are on target, as they were in the first quarter.")]
    [InlineData("1. Note the report.", "1. Note the report, which covers the quarterly figures.")]
    public void Close_but_valid_text_has_no_findings(string find, string replace)
    {
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace)));
    }

    [Fact]
    public void A_paper_with_no_period_is_not_checked_for_quarters()
    {
        var text = RuleCheck.Edit(RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2\n", ""), "the second quarter", "the first quarter");
        RuleCheck.AssertNone(RuleCheck.Findings(text));
    }

    [Fact]
    public void Raw_html_is_named_in_the_message()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, "3.1 Most measures are <b>on target</b>."));
        var found = RuleCheck.AssertOnly(findings, "raw-html", 22, Severity.Error);
        Assert.StartsWith("The paper contains HTML (<b>). Papers are published to the public", found.Message);
    }

    [Fact]
    public void An_unsafe_link_says_which_links_are_allowed()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, "3.1 Most measures are [on target](javascript:alert(1))."));
        var found = RuleCheck.AssertOnly(findings, "unsafe-link", 22, Severity.Error);
        Assert.Equal("The link 'javascript:alert(1)' is not allowed in a public paper: link only to web pages (https://...) or email addresses (mailto:).", found.Message);
    }

    [Fact]
    public void A_private_link_names_the_host()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, "3.1 Most measures are [on target](https://intranet/performance/q2)."));
        var found = RuleCheck.AssertOnly(findings, "private-link", 22, Severity.Warning);
        Assert.Equal("The link 'https://intranet/performance/q2' points to 'intranet', which the public cannot reach (an intranet or local address).", found.Message);
    }

    [Fact]
    public void A_quarter_mismatch_names_both_quarters()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "1. Note the report.", "1. Receive the first quarter's performance report."));
        var found = RuleCheck.AssertOnly(findings, "quarter-mismatch", 18, Severity.Warning);
        Assert.Equal("The text says 'first quarter', but the paper's period is 2024/25 Q2 (the second quarter).", found.Message);
    }
}
