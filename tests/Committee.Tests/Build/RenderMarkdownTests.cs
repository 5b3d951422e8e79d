using Committee.Parse;
using Committee.Pipeline;
using Committee.Render;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// A build renders each report's body in the per-report pass (<see cref="RenderMarkdown"/>) and lets the Markdown tree
/// go there, as validate does: the body is rendered only for a page that will be published, never an exempt report's.
/// </summary>
public class RenderMarkdownTests
{
    private const string Exempt = "content/reports/executive-board/2024-09-19-proposed-land-acquisition.md";
    private const string Draft = "content/reports/safer-ppb/2025-09-09-anti-social-behaviour-pspo.md";

    /// <summary>Words only the exempt demo report's body has.</summary>
    private static readonly string[] ExemptWords = ["Marlowe Wharf", "Calder Marine", "3.85 million"];

    private static RunResult BuildPass(TestSite site, bool drafts = false, bool preview = false) =>
        ArchiveRun.Check(site.Options(drafts) with { Preview = preview }, loadTemplates: true);

    private static ReportDocument Named(RunResult run, TestSite site, string relative) =>
        run.Documents.Single(d => d.SourcePath == Path.GetFullPath(Path.Combine(site.Root, relative)));

    [Fact]
    public void A_builds_pass_renders_each_public_body_and_holds_no_tree_afterwards()
    {
        using var site = new TestSite(withDemoReports: true);
        var run = BuildPass(site);

        var published = run.Documents.Where(d => d.Report is { IsExempt: false, IsDraft: false } && !d.HasErrors).ToList();
        Assert.True(published.Count > 10, $"only {published.Count} public reports in the demo");
        Assert.All(published, d => Assert.NotNull(d.Body));
        Assert.All(run.Documents, d => Assert.Null(d.Markdown));
        Assert.All(run.Documents, d => Assert.Empty(d.Sections));
        Assert.All(published, d => Assert.True(d.HasMarkdown));

        // The same body and contents as rendering the report's own tree, parsed afresh.
        var one = published[0];
        var text = File.ReadAllText(one.SourcePath);
        var fresh = new FindSections().Process(new ParseMarkdown().Process(one with { Text = text, Markdown = null }, run.Context), run.Context);
        var expected = RenderMarkdown.Of(fresh, run.Context);
        Assert.Equal(expected.Html, one.Body!.Html);
        Assert.Equal<ContentsEntry>(expected.Contents, one.Body.Contents);
        Assert.Contains("<h2 id=", one.Body.Html, StringComparison.Ordinal);
        Assert.NotEmpty(one.Body.Contents);
    }

    [Fact]
    public void The_exempt_reports_text_is_never_rendered_even_in_the_preview()
    {
        using var site = new TestSite(withDemoReports: true);
        foreach (var preview in new[] { false, true })
        {
            var run = BuildPass(site, drafts: true, preview: preview);
            var exempt = Named(run, site, Exempt);
            Assert.True(exempt.Report!.IsExempt);
            Assert.Null(exempt.Body);
            var bodies = string.Join("\n", run.Documents.Select(d => d.Body?.Html));
            Assert.All(ExemptWords, w => Assert.DoesNotContain(w, bodies, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_draft_is_rendered_only_when_drafts_are_published()
    {
        using var site = new TestSite(withDemoReports: true);
        Assert.True(Named(BuildPass(site), site, Draft).Report!.IsDraft);
        Assert.Null(Named(BuildPass(site), site, Draft).Body);
        Assert.NotNull(Named(BuildPass(site, drafts: true), site, Draft).Body);
    }

    [Fact]
    public void A_report_with_errors_is_rendered_only_for_the_preview()
    {
        using var site = new TestSite();
        site.WriteReport("safer-ppb/2024-11-12-broken.md", Reports.ValidPpb.Replace("## 4.0 Policy implications", "## 4.0 Policy implication", StringComparison.Ordinal));

        var build = Assert.Single(BuildPass(site).Documents);
        Assert.True(build.HasErrors);
        Assert.Null(build.Body);

        var preview = Assert.Single(BuildPass(site, preview: true).Documents);
        Assert.True(preview.HasErrors);
        Assert.Contains("Policy implication", preview.Body!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_renders_nothing()
    {
        using var site = new TestSite(withDemoReports: true);
        var run = ArchiveRun.Check(site.Options(), loadTemplates: false, keepTrees: false);
        Assert.All(run.Documents, d => Assert.Null(d.Body));
        Assert.Contains(run.Documents, d => d.HasMarkdown);
    }
}
