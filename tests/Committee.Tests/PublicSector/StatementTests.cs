using Committee.Tests.Archive;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.PublicSector;

/// <summary>
/// The accessibility statement and privacy notice made from site.yml, linked from the footer of every page; the
/// home page's title said once; the favicon.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class StatementTests(ArchiveFixture fixture)
{
    private string Page(string path) => File.ReadAllText(Path.Combine(fixture.Output, path));

    [Fact]
    public void Every_page_links_to_the_accessibility_statement_privacy_notice_and_contact_page_from_its_footer()
    {
        var pages = Directory.EnumerateFiles(fixture.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 50, $"Only {pages.Count} pages.");
        var without = pages
            .Select(p => (Path: Path.GetRelativePath(fixture.Output, p), Html: File.ReadAllText(p)))
            // A moved paper's old address is a page that sends the reader on at once, with no frame of its own.
            .Where(p => !p.Html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Where(p => p.Html.IndexOf("<footer", StringComparison.Ordinal) is var footer && footer < 0
                || !p.Html[footer..].Contains("href=\"/accessibility/\"", StringComparison.Ordinal)
                || !p.Html[footer..].Contains("href=\"/privacy/\"", StringComparison.Ordinal)
                || !p.Html[footer..].Contains("href=\"https://www.eastmere.example/contact-us\"", StringComparison.Ordinal))
            .Select(p => p.Path)
            .ToList();
        Assert.True(without.Count == 0, "Pages without the footer's links: " + string.Join(", ", without));
    }

    [Fact]
    public void The_accessibility_statement_follows_the_model_statement_with_the_councils_details()
    {
        var html = Page("accessibility/index.html");
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Accessibility statement for Eastmere committee papers</h1>", html);
        foreach (var heading in new[] { "How accessible this website is", "Feedback and contact information", "Reporting accessibility problems with this website",
                     "Enforcement procedure", "Technical information about this website's accessibility", "Compliance status", "Preparation of this accessibility statement" })
        {
            Assert.Contains(">" + heading + "</h", html);
        }
        Assert.Contains("mailto:democratic.services@eastmere.example", html);
        Assert.Contains("call 01632 960 000", html);
        Assert.Contains("<time datetime=\"2026-12-01\">1 December 2026</time>", html);
        Assert.Contains("Equality Advisory and Support Service (EASS)", html);
        Assert.Contains("England, Scotland and Wales", html);
        Assert.Contains("axe accessibility checker in the Chromium browser", html);
        Assert.Contains("320 and 1,280 pixels wide", html);
        Assert.Contains("partially compliant", html);
        Assert.Contains("scanned PDF documents", html); // the issue listed in site.yml
        Assert.Contains("<a class=\"govuk-link\" href=\"https://www.eastmere.example/privacy\">full privacy notice</a>", Page("privacy/index.html"));
        Assert.Contains("sets no cookies and runs no analytics", Page("privacy/index.html"));
    }

    [Fact]
    public void The_home_page_title_says_the_sites_title_once_and_other_pages_add_it()
    {
        Assert.Contains("<title>Eastmere committee papers</title>", Page("index.html"));
        Assert.Contains("<title>Boards and committees – Eastmere committee papers</title>", Page("boards/index.html"));
    }

    [Fact]
    public void The_favicon_is_made_from_the_councils_colour_and_every_page_links_it()
    {
        var svg = Page("favicon.svg");
        Assert.Contains("fill=\"#0b5e5e\"", svg);
        Assert.Contains(">E</text>", svg);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\">", Page("index.html"));
    }
}

/// <summary>Settings of the statement pages that are missing, the council's own favicon, and values that cannot be used.</summary>
public sealed class StatementSettingsTests
{
    [Fact]
    public void Without_contact_details_the_statement_still_says_whom_to_ask_and_the_footer_has_no_contact_link()
    {
        using var site = new TestSite().WithFrontEnd();
        var yml = Path.Combine(site.SiteSources, "site.yml");
        var text = File.ReadAllText(yml);
        File.WriteAllText(yml, text[..text.IndexOf("# How people reach", StringComparison.Ordinal)]);
        site.WriteReport("safer-ppb/2024-07-10-a.md", Reports.ValidPpb);
        site.WriteBytes("site-src/assets/favicon.png", [0x89, 0x50, 0x4e, 0x47]);
        site.BuildOk();
        var statement = File.ReadAllText(Path.Combine(site.Output, "accessibility", "index.html"));
        Assert.Contains("contact Eastmere Borough Council's democratic services team", statement);
        Assert.Contains("fully compliant", statement);
        Assert.DoesNotContain("last tested", statement);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.DoesNotContain("Contact Eastmere", home);
        Assert.Contains("<link rel=\"icon\" href=\"/assets/favicon.png\">", home);
        Assert.False(File.Exists(Path.Combine(site.Output, "favicon.svg")));
    }

    [Theory]
    [InlineData("history_url: https://git.example/papers/log\n", "history_url must say where the paper's path goes")]
    [InlineData("privacy_url: intranet/privacy\n", "privacy_url 'intranet/privacy' must be a web address")]
    [InlineData("accessibility:\n  tested: 1 December 2026\n", "tested '1 December 2026' must be a date written yyyy-mm-dd")]
    [InlineData("contact: democratic services\n", "a group of settings")]
    public void A_setting_that_cannot_be_used_is_a_finding_naming_it(string setting, string expected)
    {
        using var site = new TestSite();
        var yml = Path.Combine(site.SiteSources, "site.yml");
        var text = File.ReadAllText(yml);
        File.WriteAllText(yml, text[..text.IndexOf("# How people reach", StringComparison.Ordinal)] + setting);
        var findings = site.Validate().Diagnostics;
        Assert.Contains(findings, d => d.File.EndsWith("site.yml", StringComparison.Ordinal) && d.Message.Contains(expected, StringComparison.Ordinal));
    }
}
