using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The rules about a paper's attachments, the files in its own folder (<c>2024-11-12-performance/</c>): a link or an
/// <c>attachments:</c> entry must name a file that is there, and each file must be a published type within the limit.
/// </summary>
public class AttachmentRuleTests
{
    private const string Folder = "safer-ppb/2024-11-12-performance/";

    private static List<Diagnostic> Findings(string report, params (string Name, int Bytes)[] files) =>
        Findings(report, [.. files.Select(f => (f.Name, new byte[f.Bytes]))]);

    private static List<Diagnostic> Findings(string report, (string Name, byte[] Bytes)[] files)
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, report);
        foreach (var (name, bytes) in files) site.WriteBytes(Path.Combine("content", "reports", Folder + name), bytes);
        File.AppendAllText(Path.Combine(site.SiteSources, "site.yml"), "\nattachment_limit_mb: 1\n");
        // The paper and the files of its folder; not the other boards of the test site, which have no papers.
        return site.Validate().Diagnostics.Where(d => d.File.StartsWith("content/reports/safer-ppb/2024-11-12-performance", StringComparison.Ordinal)).ToList();
    }

    private static string Linking(string link) =>
        RuleCheck.Edit(Reports.ValidPpb, "3.1 Most measures are on target.", $"3.1 Most measures are on target: see [the appendix]({link}).");

    private static string Listing(string file) =>
        RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2\n", $"period: 2024/25 Q2\nattachments:\n  - file: {file}\n    title: Appendix A\n");

    [Theory]
    [InlineData("a link to a file not in the folder", "2024-11-12-performance/appendix-b.pdf", 22)]
    [InlineData("a link without the paper's folder", "appendix-a.pdf", 22)]
    [InlineData("a link written with ./", "./2024-11-12-performance/appendix-b.pdf", 22)]
    public void A_link_to_an_attachment_not_there_is_attachment_missing(string what, string link, int line)
    {
        var findings = RuleCheck.InFile(Findings(Linking(link), ("appendix-a.pdf", 10)), RuleCheck.PpbName);
        var found = RuleCheck.AssertOnly(findings, "attachment-missing", line, Severity.Error);
        Assert.True(found.Message.Contains("2024-11-12-performance/"), what);
    }

    [Fact]
    public void An_entry_for_a_file_not_there_is_attachment_missing()
    {
        var findings = RuleCheck.InFile(Findings(Listing("appendix-b.pdf"), ("appendix-a.pdf", 10)), RuleCheck.PpbName);
        RuleCheck.AssertOnly(findings, "attachment-missing", 9, Severity.Error);
    }

    [Theory]
    [InlineData("2024-11-12-performance/appendix-a.pdf")]
    [InlineData("2024-11-12-performance/appendix-a.pdf#page=2")]
    [InlineData("https://example.org/appendix-b.pdf")]
    [InlineData("../other.md")]
    public void A_link_to_an_attachment_that_is_there_is_not_a_finding(string link)
    {
        RuleCheck.AssertNone(Findings(Listing("appendix-a.pdf").Replace("3.1 Most measures are on target.", $"3.1 See [it]({link})."), ("appendix-a.pdf", 10)));
    }

    [Fact]
    public void An_attachment_over_the_limit_is_attachment_too_large_and_one_at_it_is_not()
    {
        var findings = Findings(Reports.ValidPpb, ("big.pdf", 1024 * 1024 + 1), ("just.pdf", 1024 * 1024));
        var found = RuleCheck.AssertOnly(findings, "attachment-too-large", 0, Severity.Error);
        Assert.Equal("content/reports/" + Folder + "big.pdf", found.File);
        Assert.Contains("at most 1 MB", found.Message);
    }

    [Fact]
    public void An_attachment_of_a_type_not_published_is_attachment_type()
    {
        var findings = Findings(Reports.ValidPpb, ("notes.txt", 10), ("map.png", 10), ("data.CSV", 10));
        var found = RuleCheck.AssertOnly(findings, "attachment-type", 0, Severity.Warning);
        Assert.Equal("content/reports/" + Folder + "notes.txt", found.File);
    }

    [Theory]
    [InlineData("not a list", "attachments: appendix-a.pdf\n", "field-type", 8)]
    [InlineData("an entry that is not a mapping", "attachments:\n  - appendix-a.pdf\n", "field-type", 9)]
    [InlineData("an entry with no file", "attachments:\n  - title: Appendix A\n", "field-required", 9)]
    [InlineData("a misspelt field", "attachments:\n  - file: appendix-a.pdf\n    titel: Appendix A\n", "field-unknown", 10)]
    [InlineData("a path, not a name", "attachments:\n  - file: ../secret.pdf\n", "field-value", 9)]
    [InlineData("exempt without a paragraph", "attachments:\n  - file: appendix-a.pdf\n    access: exempt\n", "exempt-paragraph-missing", 9)]
    [InlineData("an access that is neither", "attachments:\n  - file: appendix-a.pdf\n    access: secret\n    exempt_paragraph: 3\n", "field-value", 10)]
    public void An_attachments_entry_that_cannot_be_read_is_a_front_matter_error(string what, string yaml, string rule, int line)
    {
        var report = RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2\n", "period: 2024/25 Q2\n" + yaml);
        var findings = RuleCheck.InFile(Findings(report, ("appendix-a.pdf", 10)), RuleCheck.PpbName);
        var found = RuleCheck.AssertOnly(findings, rule, line, Severity.Error);
        Assert.True(found.Line == line, what);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onload=\"alert(1)\"/></svg>", "onload=")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>", "javascript:")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>", "<foreignObject")]
    public void An_svg_with_script_is_attachment_active(string svg, string what)
    {
        var findings = Findings(Reports.ValidPpb, [("chart.svg", System.Text.Encoding.UTF8.GetBytes(svg))]);
        var found = RuleCheck.AssertOnly(findings, "attachment-active", 0, Severity.Error);
        Assert.Contains($"'{what}'", found.Message);
    }

    [Fact]
    public void A_plain_svg_drawing_is_not_attachment_active()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Online bookings</title><rect width=\"5\" height=\"5\"/></svg>";
        RuleCheck.AssertNone(Findings(Reports.ValidPpb, [("chart.svg", System.Text.Encoding.UTF8.GetBytes(svg))]));
    }
}
