using System.Text.RegularExpressions;
using Committee.Tests.Authoring;
using Committee.Tests.Build;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Meetings;

/// <summary>A paper moved to another meeting keeps its old address (<c>aliases</c>): a page there sends readers on.</summary>
public partial class AliasPageTests
{
    private static string Moved(string aliases) => RuleCheck.Edit(RuleCheck.Edit(Reports.ValidPpb, "date: 2024-11-12", "date: 2024-12-10"),
        "wards: all", "wards: all\naliases:\n" + aliases);

    [Fact]
    public void An_old_address_redirects_to_the_paper_and_every_redirect_leads_to_a_page()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport("safer-ppb/2024-12-10-performance.md", Moved("  - /boards/safer-ppb/2024-11-12/performance/\n  - /documents/s1234/"));
        site.BuildOk("--build-date", "2025-01-10");

        var redirect = site.ReadOutput("boards/safer-ppb/2024-11-12/performance/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/boards/safer-ppb/2024-12-10/performance/\">", redirect);
        Assert.Matches("<link rel=\"canonical\" href=\"https?://[^\"]+/boards/safer-ppb/2024-12-10/performance/\">", redirect);
        Assert.Contains("<a href=\"/boards/safer-ppb/2024-12-10/performance/\">Community safety performance for Quarter 2 2024/25</a>", redirect);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", redirect);
        Assert.True(File.Exists(Path.Combine(site.Output, "documents/s1234/index.html")));
        Assert.DoesNotContain("boards/safer-ppb/2024-11-12/performance/", site.ReadOutput("sitemap.xml"));

        // The link check: every redirect page's links and refresh lead to a page in the site.
        var redirects = site.OutputFiles().Where(f => f.Text.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, redirects.Count);
        foreach (var (_, text) in redirects)
        {
            foreach (Match link in Target().Matches(text))
            {
                Assert.True(File.Exists(Path.Combine(site.Output, link.Groups["path"].Value.TrimStart('/'), "index.html")), link.Value);
            }
        }
    }

    [Fact]
    public void A_drafts_old_address_makes_no_page_until_it_is_published()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport("safer-ppb/2024-12-10-performance.md", Moved("  - /documents/s1234/").Replace("wards: all\n", "wards: all\nstatus: draft\n"));
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.BuildOk("--build-date", "2025-01-10");
        Assert.False(File.Exists(Path.Combine(site.Output, "documents/s1234/index.html")));
    }

    [GeneratedRegex("(?:href=\"|url=)(?<path>/[^\"]*)\"")]
    private static partial Regex Target();

    [Fact]
    public void Review_says_when_a_papers_address_changes_and_suggests_the_alias()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.WriteReport("safer-ppb/2024-11-12-licensing.md", RuleCheck.Edit(Reports.ValidPpb, "Community safety performance", "Licensing policy"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        GitRepo.Run(site.Root, "checkout", "--quiet", "-b", "move");
        // One paper moved to December by its date alone (its file keeps its name), the other with an alias kept.
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(Reports.ValidPpb, "date: 2024-11-12", "date: 2024-12-10"));
        site.WriteReport("safer-ppb/2024-11-12-licensing.md", RuleCheck.Edit(RuleCheck.Edit(Reports.ValidPpb, "Community safety performance", "Licensing policy"),
            "wards: all", "wards: all\nslug: licensing-policy\naliases: /boards/safer-ppb/2024-11-12/licensing/"));
        GitRepo.CommitAll(site.Root, "Move");

        var result = site.Run("review", "--base", "main", "--output", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("- Its web address changes from `/boards/safer-ppb/2024-11-12/performance/` to `/boards/safer-ppb/2024-12-10/performance/`: links to the old address will stop working. To keep them working, add to the paper's front matter:", result.Out);
        Assert.Contains("    - /boards/safer-ppb/2024-11-12/performance/\n", result.Out);
        Assert.Contains("- Its web address changes from `/boards/safer-ppb/2024-11-12/licensing/` to `/boards/safer-ppb/2024-11-12/licensing-policy/`; the old address will redirect to the new one (`aliases`).", result.Out);
    }
}
