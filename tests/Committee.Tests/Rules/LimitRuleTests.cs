using Committee.Diagnostics;
using Committee.Parse;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The limits no real paper comes near, each pinned at its line: links per paper, columns per table, and nesting of
/// emphasis, links and lists. Past them a paper once took minutes, gigabytes, or the whole process (a stack overflow).
/// Each row changes paragraph 3.1 (line 22 of the PPB report) or adds lines after paragraph 3.2 (line 24).
/// </summary>
public class LimitRuleTests
{
    private const string Para = "3.1 Most measures are on target.";
    private const string After = "3.2 Two are not, and are explained below.";

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Addresses(int count, string format) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => string.Format(format, i)));

    public static TheoryData<string, string, string, string, int> Breaking => new()
    {
        // Bare addresses are counted in the text before it is parsed; the finding is at the first past the limit.
        { "2,001 bare addresses", Para, "3.1 " + Addresses(TextLimits.MaxLinks + 1, "https://site{0}.example/page"), "too-many-links", 22 },
        { "2,001 www addresses", Para, "3.1 " + Addresses(TextLimits.MaxLinks + 1, "www.site{0}.example"), "too-many-links", 22 },
        // Links of every kind are counted in the parsed paper: these relative links hold no address to count before.
        { "2,001 links to pages", Para, "3.1 " + Addresses(TextLimits.MaxLinks + 1, "[page {0}](page-{0}/)"), "too-many-links", 22 },
        { "a table of 51 columns", After, After + "\n\n|" + Repeat(" a |", 51) + "\n|" + Repeat("---|", 51), "table-too-wide", 26 },
        { "a row of a million cells", After, After + "\n\n| a | b |\n|---|---|\n|" + Repeat("x|", 1_000_000), "table-too-wide", 28 },
        // Emphasis nested 33 deep passes the parser, but once failed the build in Markdig's renderer (ArgumentException).
        { "emphasis nested 33 deep", Para, "3.1 " + Repeat("*a ", 33) + "x" + Repeat(" b*", 33), "nesting-too-deep", 22 },
        // A million '*' nested inside each other once overflowed the stack in the content check, killing the process.
        { "a million nested '**'", Para, "3.1 " + Repeat("**", 500_000) + "x" + Repeat("**", 500_000), "nesting-too-deep", 22 },
        { "100,000 '['", Para, "3.1 " + new string('[', 100_000), "nesting-too-deep", 22 },
        // Each line indented two more spaces than the last: Markdig's time grew with the cube of the lines (20 s for 2,000).
        // The list starts on line 26; its 32nd line, indented 62 spaces, is the first that may open a block 65 deep.
        { "a list indented 2,000 deep", After, After + "\n\n" + string.Join('\n', Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- x")), "nesting-too-deep", 26 + 31 },
    };

    [Theory]
    [MemberData(nameof(Breaking))]
    public void A_paper_past_a_limit_gives_its_rule_at_its_line(string what, string find, string replace, string ruleId, int line)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace));
        Assert.True(findings.Count == 1, $"{what}:\n{RuleCheck.Describe(findings)}");
        RuleCheck.AssertOnly(findings, ruleId, line, Severity.Error);
    }

    public static TheoryData<string, string, string> Within => new()
    {
        { "2,000 bare addresses", Para, "3.1 " + Addresses(TextLimits.MaxLinks, "https://site{0}.example/page") },
        { "2,000 addresses with www", Para, "3.1 " + Addresses(TextLimits.MaxLinks, "https://www.site{0}.example/page") },
        { "a table of 50 columns", After, After + "\n\n|" + Repeat(" a |", 50) + "\n|" + Repeat("---|", 50) },
        { "a row of escaped '|'", After, After + "\n\n| a | b |\n|---|---|\n| x" + Repeat("\\|", 200) + " | y |" },
        // A link cannot hold a link, so these brackets nest no deeper than the emphasis.
        { "emphasis and links alternating 33 deep", Para, "3.1 " + Repeat("*[", 33) + "x" + Repeat("](https://example.org)*", 33) },
        { "emphasis nested 30 deep", Para, "3.1 " + Repeat("*a ", 30) + "x" + Repeat(" b*", 30) },
        { "a list nested 10 deep", After, After + "\n\n" + string.Join('\n', Enumerable.Range(0, 10).Select(i => new string(' ', 2 * i) + "- x")) },
    };

    [Theory]
    [MemberData(nameof(Within))]
    public void A_paper_within_the_limits_has_no_findings(string what, string find, string replace)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace));
        Assert.True(findings.Count == 0, $"{what}:\n{RuleCheck.Describe(findings)}");
    }

    [Fact]
    public void The_messages_say_what_to_do()
    {
        var links = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, Para, "3.1 " + Addresses(2001, "https://site{0}.example")));
        Assert.Equal("The paper has more than 2,000 links, the most a paper can have; this is the first past that. Put a long list of links in an appendix published separately.", Assert.Single(links).Message);
        var table = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, After, After + "\n\n|" + Repeat(" a |", 60)));
        Assert.Equal("This line has 61 '|' column separators; a table can have at most 50 columns. Put a wide table in an appendix published separately.", Assert.Single(table).Message);
    }
}
