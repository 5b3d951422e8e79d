using System.Net;
using System.Text.RegularExpressions;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// What an author wrote but never meant the public to read stays off the built site: the text of a paper whose access
/// is in doubt, notes to authors in HTML comments, and invisible characters that would scramble the page.
/// </summary>
public sealed partial class NeverPublishedTests
{
    private const string Page = "boards/safer-ppb/2024-11-12/performance/index.html";
    private const string Para = "3.1 Most measures are on target.";

    /// <summary>Every file the build wrote, as text, with character references decoded.</summary>
    private static List<(string Path, string Text)> Published(TestSite site) =>
        [.. site.OutputFiles().Select(f => (Path.GetRelativePath(site.Output, f.Path), WebUtility.HtmlDecode(f.Text)))];

    [Theory]
    [InlineData("wards: all\nexempt_paragraph: 3")]
    [InlineData("wards: all\naccess: public\nexempt_paragraph: 3")]
    [InlineData("wards: all\naccess:")]
    [InlineData("wards: all\naccess: private")]
    [InlineData("wards: all\nstatus:")]
    public void A_paper_whose_access_or_status_is_in_doubt_stops_the_build(string replace)
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(
            RuleCheck.Edit(Reports.ValidPpb, "wards: all", replace), Para, "3.1 The Marlowe Wharf bid is 3.85 million."));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Nothing was published", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void No_note_in_a_closed_comment_reaches_any_published_file()
    {
        using var site = new TestSite().WithFrontEnd();
        var notes = new[]
        {
            ("## 1.0 Purpose of report", "## 1.0 Purpose of report <!-- NOTEONE heading -->"),
            ("1.1 To report", "<!-- NOTETWO block\n\nacross a blank line -->\n\n1.1 To report"),
            ("1. Note the report.", "1. Note the report. <!-- NOTETHREE in a list -->"),
            (Para, "3.1 Most measures <!-- NOTEFOUR inline\nover two lines --> are on target.\n\n> Quoted <!-- NOTEFIVE in a quote -->\n\n| Measure | Result |\n|---|---|\n| Burglary <!-- NOTESIX in a table --> | down |"),
            ("4.1 None.", "4.1 None. <!-- NOTESEVEN -- with dashes -->\n\n<!-- NOTEEIGHT --> text after a comment line"),
            ("5.1 None.", "5.1 See [the plan <!-- NOTENINE in a link -->](https://www.gov.uk) and ![chart <!-- NOTETEN in alt text -->](https://www.gov.uk/chart.png)."),
        };
        var text = notes.Aggregate(Reports.ValidPpb, (t, n) => RuleCheck.Edit(t, n.Item1, n.Item2));
        site.WriteReport(RuleCheck.PpbName, text);

        site.BuildOk();

        Assert.Contains("Most measures", site.ReadOutput(Page));
        var words = new[] { "NOTEONE", "NOTETWO", "NOTETHREE", "NOTEFOUR", "NOTEFIVE", "NOTESIX", "NOTESEVEN", "NOTEEIGHT", "NOTENINE", "NOTETEN" };
        var leaks = Published(site)
            .SelectMany(f => words.Where(w => f.Text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"{f.Path}: {w}"))
            .ToList();
        Assert.True(leaks.Count == 0, "Comment text published in:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void An_unclosed_comment_stops_the_build_and_its_note_is_not_published()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(Reports.ValidPpb, Para, "3.1 Most measures <!-- NOTEUNCLOSED ask Jo are on target."));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("content/reports/safer-ppb/2024-11-12-performance.md:22:19: error comment-unclosed", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>The characters <see cref="Committee.Parse.ControlCharacters"/> takes out: C0 and C1 controls (but tab and
    /// line breaks), and the bidirectional embeddings, overrides and isolates.</summary>
    private static bool IsScrambling(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007F' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>The same characters written as JSON escapes, as the search index and open data would write them.</summary>
    [GeneratedRegex(@"\\u(000[0-8BbCcEeFf]|001[0-9A-Fa-f]|007[Ff]|00[89][0-9A-Fa-f]|202[A-Ea-e]|206[6-9])")]
    private static partial Regex JsonEscaped();

    [Fact]
    public void Control_characters_in_the_front_matter_are_warned_about_and_reach_no_published_file()
    {
        using var site = new TestSite().WithFrontEnd();
        var text = RuleCheck.Edit(Reports.ValidPpb, "title: Community safety performance for Quarter 2 2024/25",
            "title: \"Community \\u202Esafety\\u202C performance\\a for \\u2066Quarter 2\\u2069 2024/25\\e\"");
        text = RuleCheck.Edit(text, "officer: Strategic Director, Communities", "officer: \"Strategic Director\\u0085\\u0090, Communities\\u202B\"");
        text = RuleCheck.Edit(text, "wards: all", "wards: all\nportfolio: \"Communities\\u202D\\x7F\"\nsummary: \"The \\u2067quarter's\\u2068 figures\\u2069.\"");
        site.WriteReport(RuleCheck.PpbName, text);

        var result = site.BuildOk();

        Assert.Contains("content/reports/safer-ppb/2024-11-12-performance.md:2:8: warning control-character", result.Error);
        Assert.Contains("content/reports/safer-ppb/2024-11-12-performance.md:5:10: warning control-character", result.Error);
        Assert.Contains("<h1", site.ReadOutput(Page));
        Assert.Contains("Community safety performance for Quarter 2 2024/25", WebUtility.HtmlDecode(site.ReadOutput(Page)));
        var found = Published(site).Where(f => f.Text.Any(IsScrambling) || JsonEscaped().IsMatch(f.Text))
            .Select(f => $"{f.Path}: {(f.Text.Any(IsScrambling) ? $"U+{(int)f.Text.First(IsScrambling):X4}" : JsonEscaped().Match(f.Text).Value)}").ToList();
        Assert.True(found.Count == 0, "Control characters published in:\n" + string.Join("\n", found));
    }
}
