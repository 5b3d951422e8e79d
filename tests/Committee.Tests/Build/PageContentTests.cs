using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// The layout writes each page's body (<c>{{ content }}</c>) straight into the page as its own template makes it
/// (<see cref="Committee.Render.PageContent"/>), rather than as a string first. A site whose layout still says
/// <c>{{ content | raw }}</c>, as the layout did before, gets the same pages byte for byte, and neither way is the
/// body's HTML encoded a second time.
/// </summary>
public class PageContentTests
{
    [Fact]
    public void A_layout_that_still_says_raw_makes_the_same_site()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var layout = Path.Combine(site.SiteSources, "templates", "layout.liquid");
        var text = File.ReadAllText(layout);
        Assert.Contains("{{ content }}", text);
        site.BuildOk();
        var written = SiteBuild.Files(site.Output);

        File.WriteAllText(layout, text.Replace("{{ content }}", "{{ content | raw }}", StringComparison.Ordinal));
        site.BuildOk();
        var withRaw = SiteBuild.Files(site.Output);

        // The record of the build names the templates' hash, which changed with the layout; every page is the same.
        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), withRaw.Keys.Order(StringComparer.Ordinal));
        Assert.All(written, file => Assert.True(file.Value == withRaw[file.Key], file.Key));
    }

    [Fact]
    public void A_body_is_written_as_html_not_encoded_again()
    {
        var site = BuiltSite.Demo;
        var home = site.ReadOutput("index.html");
        var boards = site.ReadOutput("boards/index.html");
        var report = site.OutputFiles().First(f => f.Path.Replace('\\', '/').Contains("/boards/", StringComparison.Ordinal)
            && f.Text.Contains("report__body", StringComparison.Ordinal)).Text;
        foreach (var page in new[] { home, boards, report })
        {
            var main = page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
            Assert.Contains("<h1 class=\"govuk-heading-", main, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;", main, StringComparison.Ordinal);
        }
        Assert.Contains("<div class=\"report__body govuk-body print-links\">", report, StringComparison.Ordinal);
    }
}
