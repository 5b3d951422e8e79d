using System.Net;
using System.Text.RegularExpressions;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary><c>committee build</c> on the demo content: the pages it writes, and what it must never publish.</summary>
public partial class BuildTests
{
    private const string ExemptFile = "executive-board/2024-09-19-proposed-land-acquisition.md";
    private const string ExemptPage = "boards/executive-board/2024-09-19/proposed-land-acquisition/index.html";
    private const string DraftFile = "safer-ppb/2025-09-09-anti-social-behaviour-pspo.md";
    private const string DraftPage = "boards/safer-ppb/2025-09-09/anti-social-behaviour-pspo/index.html";

    private sealed record DemoReport(string File, string Text, string Board, string Date, string Slug, bool IsDraft, bool IsExempt)
    {
        public string Page => $"boards/{Board}/{Date}/{Slug}/index.html";
    }

    /// <summary>The demo reports as the test reads them, independently of the generator's parser.</summary>
    private static List<DemoReport> DemoReports(TestSite site)
    {
        var reports = Path.Combine(site.Content, "reports");
        return
        [
            .. Directory.EnumerateFiles(reports, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path =>
            {
                var text = File.ReadAllText(path);
                var fields = SiteBuild.FrontMatter(text);
                var name = Path.GetFileNameWithoutExtension(path);
                var slug = fields.GetValueOrDefault("slug") ?? DatePrefix().Replace(name, "");
                return new DemoReport(
                    Path.GetRelativePath(reports, path).Replace(Path.DirectorySeparatorChar, '/'),
                    text,
                    fields["board"],
                    fields["date"],
                    slug,
                    fields.GetValueOrDefault("status") == "draft",
                    fields.GetValueOrDefault("access") == "exempt");
            }),
        ];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();

    /// <summary>Report pages are the only pages four folders down (boards/&lt;board&gt;/&lt;date&gt;/&lt;slug&gt;/index.html) but for
    /// the redirect pages at moved papers' old addresses.</summary>
    private static SortedSet<string> ReportPages(TestSite site) =>
    [
        .. SiteBuild.Files(site.Output).Keys.Where(p => Regex.IsMatch(p, @"^boards/[^/]+/\d{4}-\d{2}-\d{2}/[^/]+/index\.html$") &&
            !p.EndsWith("/pack/index.html", StringComparison.Ordinal) && // not the meeting's agenda pack
            !site.ReadOutput(p).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)),
    ];

    [Fact]
    public void The_demo_builds_a_home_page_a_404_page_and_one_page_per_public_report()
    {
        using var site = new TestSite(withDemoReports: true).WithoutDemoSlip().WithFrontEnd();
        var result = site.BuildOk();

        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, ".committee-site")));

        var demo = DemoReports(site);
        Assert.Single(demo, r => r.IsDraft);
        var expected = demo.Where(r => !r.IsDraft).Select(r => r.Page).ToHashSet();
        Assert.Equal(demo.Count - 1, expected.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ReportPages(site));
        Assert.Contains($"Built {expected.Count} report pages", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Every_section_heading_of_a_report_is_an_h2_with_an_id_on_its_page()
    {
        using var site = BuiltSite.Demo.Copy();

        var checkedHeadings = 0;
        foreach (var report in DemoReports(site).Where(r => !r.IsDraft && !r.IsExempt))
        {
            var page = site.ReadOutput(report.Page);
            var h2 = H2WithId().Matches(page)
                .Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups["text"].Value, "<[^>]+>", "")).Trim())
                .ToHashSet(StringComparer.Ordinal);
            foreach (var heading in SiteBuild.Body(report.Text).Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)))
            {
                var title = heading[3..].Trim();
                Assert.True(h2.Contains(title), $"{report.Page} has no <h2 id=\"...\"> for '{title}'; it has: {string.Join(" | ", h2)}");
                checkedHeadings++;
            }
        }
        Assert.True(checkedHeadings > 100, $"only {checkedHeadings} headings checked");
    }

    [GeneratedRegex(@"<h2 id=""[a-z0-9][a-z0-9-]*"">(?<text>.*?)</h2>")]
    private static partial Regex H2WithId();

    [Fact]
    public void The_exempt_report_is_a_notice_only_and_none_of_its_text_is_published_anywhere()
    {
        using var site = BuiltSite.Demo.Copy();

        var source = File.ReadAllText(Path.Combine(site.Content, "reports", ExemptFile));
        var body = SiteBuild.Body(source);
        Assert.Contains("Marlowe Wharf acquisition", body); // the test's premise: the phrase is in the paper

        var page = site.ReadOutput(ExemptPage);
        Assert.Contains("paragraph 3 of Part 1 of Schedule 12A", page);
        Assert.Contains("Town centre and docks regeneration: proposed land acquisition", page);
        Assert.DoesNotContain("report__body", page);
        Assert.DoesNotContain("<h2 id=", page);

        // Every distinctive sentence of the body (paragraphs and list items, without their numbers):
        // one that no other paper also says.
        var others = DemoReports(site).Where(r => r.File != ExemptFile).Select(r => r.Text).ToList();
        var sentences = body.Split('\n')
            .Select(l => Regex.Replace(l.Trim(), @"^(\d+(\.\d+)*\.?|[-*])\s+", ""))
            .Where(l => l.Length >= 40 && !l.StartsWith('#'))
            .SelectMany(l => l.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 40)
            .Select(s => s[..40])
            .Where(s => !others.Any(o => o.Contains(s, StringComparison.OrdinalIgnoreCase)))
            .Concat(["Marlowe Wharf", "Calder Marine", "£3.85 million", "without-prejudice offer"])
            .Distinct()
            .ToList();
        Assert.True(sentences.Count > 20, $"only {sentences.Count} sentences");

        var files = site.OutputFiles().ToList();
        Assert.True(files.Count > 50);
        foreach (var (path, text) in files)
        {
            var decoded = WebUtility.HtmlDecode(text);
            foreach (var sentence in sentences)
            {
                Assert.False(
                    text.Contains(sentence, StringComparison.OrdinalIgnoreCase) || decoded.Contains(sentence, StringComparison.OrdinalIgnoreCase),
                    $"{Path.GetRelativePath(site.Output, path)} publishes exempt text: '{sentence}'");
            }
        }
    }

    [Fact]
    public void A_draft_is_left_out_without_drafts_and_shown_marked_DRAFT_with_it()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var title = SiteBuild.FrontMatter(File.ReadAllText(Path.Combine(site.Content, "reports", DraftFile)))["title"];

        var result = site.BuildOk();
        Assert.False(File.Exists(Path.Combine(site.Output, DraftPage)));
        Assert.Contains("1 draft left out", result.Out);
        foreach (var (path, text) in site.OutputFiles())
        {
            Assert.DoesNotContain("anti-social-behaviour-pspo", text);
            Assert.DoesNotContain(title, WebUtility.HtmlDecode(text));
        }

        site.BuildOk("--drafts");
        var page = site.ReadOutput(DraftPage);
        Assert.Contains("DRAFT", page);
        Assert.Contains("<title>DRAFT: ", page);
        Assert.Contains(WebUtility.HtmlEncode("public spaces protection orders"), page);
        Assert.Equal(DemoReports(site).Count, ReportPages(site).Count);
    }

    [Fact]
    public void A_report_with_raw_html_fails_the_build_and_nothing_is_written()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb.Replace(
            "3.2 Two are not, and are explained below.",
            "3.2 Two are not.\n\n<script>alert('pwned')</script>\n\n3.3 See <img src=x onerror=alert(1)> below."));
        var before = SiteBuild.Files(site.Root);

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("raw-html", result.Error);
        Assert.Contains("Nothing was published", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(site.Output));
        // A build keeps nothing besides its site: no cache, no record.
        Assert.Equal(before, SiteBuild.Files(site.Root));
        Assert.Equal(["content", "site-src"], SiteBuild.Folders(site.Root));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_as_it_was()
    {
        using var site = BuiltSite.Demo.Copy();
        var built = SiteBuild.Files(site.Output);

        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb.Replace("4.1 None.", "4.1 <b>None</b>."));
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(built, SiteBuild.Files(site.Output));
        // Besides the site, a build keeps nothing.
        Assert.Equal(["_site", "content", "site-src"], SiteBuild.Folders(site.Root));
    }

    [Fact]
    public void Html_written_as_code_is_shown_as_text_never_as_markup()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb.Replace(
            "3.2 Two are not, and are explained below.",
            "3.2 The form said `<script>alert('x')</script>` in the field.\n\n3.3 Fine.\n\n    <iframe src=\"https://evil.example\"></iframe>\n"));

        site.BuildOk();

        var page = site.ReadOutput("boards/safer-ppb/2024-11-12/performance/index.html");
        Assert.Contains("&lt;script&gt;alert(", page);
        Assert.Contains("&lt;iframe", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<iframe", page);
    }

    [Fact]
    public void A_folder_of_other_files_is_never_replaced()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var mine = site.Write("_site/notes/mine.txt", "my own notes");
        site.Write("_site/index.html", "<p>my own page</p>");
        var before = SiteBuild.Files(site.Root);

        var result = site.Run("build");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("committee did not write", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("my own notes", File.ReadAllText(mine));
        Assert.Equal(before, SiteBuild.Files(site.Root));
        Assert.Equal(["_site", "content", "site-src"], SiteBuild.Folders(site.Root));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("site-src")]
    public void The_working_content_or_site_sources_folder_is_never_the_output(string output)
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var before = SiteBuild.Files(site.Root);

        var result = site.Run("build", "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("choose a folder of its own", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(before, SiteBuild.Files(site.Root));
        Assert.Equal(["content", "site-src"], SiteBuild.Folders(site.Root));
    }

    [Fact]
    public void The_build_writes_nothing_outside_its_output_folder()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var parent = Path.GetDirectoryName(site.Root)!;
        var siblings = Directory.EnumerateFileSystemEntries(parent, Path.GetFileName(site.Root) + "*").Order().ToList();
        var before = SiteBuild.Files(site.Root);

        site.BuildOk();
        site.BuildOk("--drafts"); // a second build replaces the first: the swap must not leave anything behind either

        Assert.Equal(before, SiteBuild.Files(site.Root, skipFolder: "_site"));
        Assert.Equal(["_site", "content", "site-src"], SiteBuild.Folders(site.Root));
        Assert.Equal(siblings, Directory.EnumerateFileSystemEntries(parent, Path.GetFileName(site.Root) + "*").Order().ToList());
    }

    [Fact]
    public void A_second_build_replaces_the_first()
    {
        using var site = BuiltSite.Demo.Copy();
        const string removedPage = "boards/safer-ppb/2023-10-10/cctv-network-upgrade/index.html";
        Assert.True(File.Exists(Path.Combine(site.Output, removedPage)));
        Assert.Contains("cctv-network-upgrade", site.ReadOutput("boards/safer-ppb/index.html"));
        site.Write("_site/stray.txt", "left from before");

        File.Delete(Path.Combine(site.Content, "reports", "safer-ppb", "2023-10-10-cctv-network-upgrade.md"));
        site.BuildOk();

        Assert.False(File.Exists(Path.Combine(site.Output, removedPage)));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "boards", "safer-ppb", "2023-10-10")));
        Assert.False(File.Exists(Path.Combine(site.Output, "stray.txt")));
        Assert.DoesNotContain("cctv-network-upgrade", site.ReadOutput("boards/safer-ppb/index.html"));
        Assert.True(File.Exists(Path.Combine(site.Output, ".committee-site")));
        Assert.Equal(DemoReports(site).Count(r => !r.IsDraft), ReportPages(site).Count);
    }
}
