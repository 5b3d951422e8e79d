using System.Text;
using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Attachments;

/// <summary>
/// A paper's attachments: files in a folder named like the paper, published under its address, listed on its page,
/// linked from its Markdown; an exempt attachment, and every attachment of an exempt paper, never published.
/// </summary>
public class AttachmentTests
{
    private const string Folder = "safer-ppb/2024-11-12-performance";
    private const string Page = "boards/safer-ppb/2024-11-12/performance/";
    private const string Marker = "EXEMPT-MARKER-7f3a9c";

    /// <summary>A tiny but valid PDF, so a test reads bytes that are a PDF's.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static string WithAttachments(string frontMatter, string body = "") =>
        RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2\n", "period: 2024/25 Q2\n" + frontMatter)
            .Replace("3.2 Two are not, and are explained below.", "3.2 Two are not, and are explained below." + body);

    private static TestSite Site(string report)
    {
        var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, report);
        site.WriteBytes(Path.Combine("content", "reports", Folder, "appendix-a.pdf"), Pdf);
        site.WriteReport(Folder + "/measures.csv", "measure,value\nburglaries,12\n");
        site.WriteReport(Folder + "/confidential-costs.csv", $"supplier,cost\n{Marker},1000\n");
        return site;
    }

    [Fact]
    public void Attachments_are_published_under_the_papers_address_listed_and_linked()
    {
        var report = WithAttachments(
            "attachments:\n  - file: measures.csv\n    title: Performance measures\n",
            " See [Appendix A](2024-11-12-performance/appendix-a.pdf) and [the measures](2024-11-12-performance/measures.csv).");
        using var site = Site(report);
        var result = site.BuildOk();
        Assert.Equal(Pdf, File.ReadAllBytes(Path.Combine(site.Output, Page + "appendix-a.pdf")));
        Assert.Equal("measure,value\nburglaries,12\n", site.ReadOutput(Page + "measures.csv"));
        var html = site.ReadOutput(Page + "index.html");
        Assert.Contains("<a class=\"govuk-link\" href=\"appendix-a.pdf\">Appendix A</a> (PDF, ", html);
        Assert.Contains("<a class=\"govuk-link\" href=\"measures.csv\">Performance measures</a> (CSV, 28 bytes)", html);
        Assert.Contains("<a href=\"appendix-a.pdf\">Appendix A</a>", html);
        Assert.Contains("<a href=\"measures.csv\">the measures</a>", html);
        Assert.DoesNotContain("not-a-report", result.Out + result.Error);
    }

    [Fact]
    public void An_image_in_the_papers_folder_is_shown_from_beside_the_page()
    {
        using var site = Site(WithAttachments("", "\n\n![Burglaries by quarter](2024-11-12-performance/chart.svg)"));
        site.WriteReport(Folder + "/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>");
        site.BuildOk();
        Assert.Contains("<img src=\"chart.svg\" alt=\"Burglaries by quarter\"", site.ReadOutput(Page + "index.html"));
        Assert.True(File.Exists(Path.Combine(site.Output, Page + "chart.svg")));
    }

    [Fact]
    public void A_link_written_from_the_page_not_the_file_is_an_error_that_says_how_to_write_it()
    {
        using var site = Site(WithAttachments("", " See [Appendix A](appendix-a.pdf)."));
        var finding = Assert.Single(site.Validate().Diagnostics, d => d.RuleId == "attachment-missing");
        Assert.Equal("a link to an attachment starts with the paper's folder: write '2024-11-12-performance/appendix-a.pdf'", finding.Hint);
    }

    [Fact]
    public void An_exempt_attachment_of_a_public_paper_is_listed_as_a_notice_and_its_bytes_reach_no_output_file()
    {
        var report = WithAttachments(
            "attachments:\n  - file: confidential-costs.csv\n    title: Contract costs\n    access: exempt\n    exempt_paragraph: 3\n",
            " The costs are in [Appendix C](2024-11-12-performance/confidential-costs.csv).");
        using var site = Site(report);
        site.BuildOk();
        var html = site.ReadOutput(Page + "index.html");
        Assert.Contains("Contract costs: Not for publication (paragraph 3 of Part 1 of Schedule 12A)", html);
        Assert.False(File.Exists(Path.Combine(site.Output, Page + "confidential-costs.csv")));
        Assert.Contains("href=\"#report-attachments\"", html);
        Assert.True(File.Exists(Path.Combine(site.Output, Page + "appendix-a.pdf")));
        AssertMarkerNowhere(site);
    }

    [Fact]
    public void An_attachment_whose_access_is_in_doubt_is_not_published()
    {
        var report = WithAttachments("attachments:\n  - file: confidential-costs.csv\n    access: Exempt\n    exempt_paragraph: 3\n");
        using var site = Site(report);
        site.BuildOk();
        Assert.Contains("Confidential costs: Not for publication (paragraph 3 of Part 1 of Schedule 12A)", site.ReadOutput(Page + "index.html"));
        AssertMarkerNowhere(site);
    }

    [Fact]
    public void No_attachment_of_an_exempt_paper_is_published_or_listed()
    {
        var report = RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2\n", "period: 2024/25 Q2\naccess: exempt\nexempt_paragraph: 3\n");
        using var site = Site(report);
        site.WriteReport(Folder + "/appendix-a.pdf", Marker);
        site.BuildOk();
        Assert.Equal(["index.html"], Directory.EnumerateFiles(Path.Combine(site.Output, Page)).Select(Path.GetFileName));
        Assert.DoesNotContain("Appendix A", site.ReadOutput(Page + "index.html"));
        AssertMarkerNowhere(site);
    }

    [Fact]
    public void A_drafts_attachments_are_published_only_with_drafts()
    {
        using var site = Site(RuleCheck.Edit(Reports.ValidPpb, "period: 2024/25 Q2\n", "period: 2024/25 Q2\nstatus: draft\n"));
        site.BuildOk();
        Assert.False(Directory.Exists(Path.Combine(site.Output, Page)));
        AssertMarkerNowhere(site);
        site.BuildOk("--drafts");
        Assert.True(File.Exists(Path.Combine(site.Output, Page + "appendix-a.pdf")));
    }

    [Fact]
    public void An_attachment_over_the_sites_limit_stops_the_build_and_the_limit_is_a_setting()
    {
        using var site = Site(Reports.ValidPpb);
        site.WriteBytes(Path.Combine("content", "reports", Folder, "big.pdf"), new byte[1024 * 1024 + 1]);
        var yml = Path.Combine(site.SiteSources, "site.yml");
        File.AppendAllText(yml, "\nattachment_limit_mb: 1\n");
        var result = site.Run("build");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("attachment-too-large", result.ToString());
        Assert.Contains("content/reports/" + Folder + "/big.pdf", result.ToString());
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("attachment_limit_mb: 1", "attachment_limit_mb: 2"));
        site.BuildOk();
        Assert.Equal(1024 * 1024 + 1, new FileInfo(Path.Combine(site.Output, Page + "big.pdf")).Length);
    }

    [Fact]
    public void Files_in_a_folder_not_named_like_a_paper_keep_their_findings()
    {
        using var site = Site(Reports.ValidPpb);
        site.WriteReport("safer-ppb/2024-11-12-other/appendix.pdf", "x");
        var result = site.Validate();
        Assert.Contains(result.Diagnostics, d => d.RuleId == "not-a-report" && d.File.EndsWith("2024-11-12-other/appendix.pdf", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.File.Contains(Folder + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_out_of_content_in_a_papers_folder_is_an_error_and_never_read()
    {
        using var site = Site(Reports.ValidPpb);
        var outside = Path.Combine(site.Root, "secret.pdf");
        File.WriteAllText(outside, Marker);
        File.CreateSymbolicLink(Path.Combine(site.Content, "reports", Folder, "secret.pdf"), outside);
        site.WriteReport(Folder + "/.hidden.pdf", Marker);
        site.WriteReport(Folder + "/~$appendix-a.docx", Marker);
        var result = site.Validate();
        Assert.Contains(result.Diagnostics, d => d.RuleId == "attachment-type" && d.File.EndsWith("~$appendix-a.docx", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.RuleId == "link-outside-content" && d.File.EndsWith("secret.pdf", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.RuleId == "hidden-file" && d.File.EndsWith(".hidden.pdf", StringComparison.Ordinal));
        Assert.NotEqual(0, site.Run("build").ExitCode);
        Assert.False(Directory.Exists(site.Output) && SiteBuild.Files(site.Output).Keys.Any(k => k.EndsWith("secret.pdf", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("appendix-a.pdf", "Appendix A")]
    [InlineData("appendix_b_costs.xlsx", "Appendix B costs")]
    [InlineData("map.png", "Map")]
    public void A_title_is_made_from_the_file_name(string name, string title) =>
        Assert.Equal(title, Committee.Model.AttachmentFile.TitleFrom(name));

    [Theory]
    [InlineData(29, "size_bytes", "29")]
    [InlineData(240 * 1024, "size_kb", "240")]
    [InlineData(1536 * 1024, "size_mb", "1.5")]
    public void A_size_is_written_for_a_reader(long bytes, string key, string number) =>
        Assert.Equal((key, number), Committee.Model.AttachmentFile.Size(bytes));

    private static void AssertMarkerNowhere(TestSite site)
    {
        var marker = Encoding.UTF8.GetBytes(Marker);
        foreach (var path in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllBytes(path).AsSpan().IndexOf(marker) < 0, $"the exempt attachment's bytes reached {path}");
        }
    }
}

/// <summary>The demo council's appendices, built: the exempt appendix of a public paper reaches no output file.</summary>
public class DemoAttachmentTests
{
    [Fact]
    public void The_demos_exempt_appendix_is_listed_as_a_notice_and_reaches_no_output_file()
    {
        var site = BuiltSite.Demo;
        const string Page = "boards/executive-board/2024-09-19/town-centre-regeneration-phase-2/";
        var html = site.ReadOutput(Page + "index.html");
        Assert.Contains("href=\"appendix-a-site-plan.pdf\">Appendix A: Phase 2 site plan</a> (PDF, ", html);
        Assert.Contains("Appendix C: Land values and offers: Not for publication (paragraph 3 of Part 1 of Schedule 12A)", html);
        Assert.False(File.Exists(Path.Combine(site.Output, Page + "appendix-c-land-values.csv")));
        var marker = Encoding.UTF8.GetBytes("Demo Holdings Ltd (exempt demo)");
        foreach (var path in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllBytes(path).AsSpan().IndexOf(marker) < 0, $"the exempt appendix's bytes reached {path}");
        }
    }
}
