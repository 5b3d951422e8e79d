using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// A rebuild with the cache in .committee/cache/ writes only what changed: the edited report's page, the pages
/// that show it, and the feeds and data files; and it ends with exactly the site a full build makes.
/// </summary>
public class IncrementalBuildTests
{
    private const string Edited = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";
    private const string EditedPage = "boards/safer-ppb/2023-10-10/cctv-network-upgrade/index.html";

    /// <summary>The files the last build wrote, as its cache records them.</summary>
    private static List<string> Written(TestSite site) => SiteBuild.LastBuild(site, "Written");

    private static bool IsReportPage(string path) => path.StartsWith("boards/", StringComparison.Ordinal) && path.Count(c => c == '/') == 4;

    [Fact]
    public void A_rebuild_with_no_change_writes_nothing()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var first = site.BuildOk();
        Assert.Contains("; wrote ", first.Out);
        var before = SiteBuild.Files(site.Output);

        var again = site.BuildOk();

        Assert.Contains("only changes: wrote 0 files", again.Out);
        Assert.Empty(Written(site));
        Assert.Equal(before, SiteBuild.Files(site.Output));
    }

    [Fact]
    public void Editing_one_report_rewrites_its_page_and_the_listings_that_show_it_only()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var reportPages = SiteBuild.Files(site.Output).Keys.Count(IsReportPage);
        Assert.True(reportPages > 20);

        var path = Path.Combine(site.Root, Edited);
        File.WriteAllText(path, File.ReadAllText(path).Replace("upgrade of the camera network and control room", "renewal of the camera network", StringComparison.Ordinal));
        site.BuildOk();

        var written = Written(site);
        Assert.Contains(EditedPage, written);
        Assert.Contains("boards/safer-ppb/index.html", written);
        Assert.Contains("boards/safer-ppb/2023-10-10/index.html", written);
        Assert.Contains("wards/abbey/index.html", written);
        Assert.Contains("wards/kingsway/index.html", written);
        Assert.DoesNotContain("boards/childrens-ppb/index.html", written);
        Assert.DoesNotContain("wards/brookfield/index.html", written);
        Assert.DoesNotContain("assets/site.css", written);
        // Besides its own page, only its neighbours' pages name it (their previous and next links).
        var rewrittenReports = written.Where(IsReportPage).ToList();
        Assert.Contains(EditedPage, rewrittenReports);
        Assert.True(rewrittenReports.Count <= 3, string.Join("\n", rewrittenReports));
        Assert.True(written.Count < SiteBuild.Files(site.Output).Count / 2, string.Join("\n", written));
        Assert.Contains("renewal of the camera network", site.ReadOutput(EditedPage));
    }

    [Fact]
    public void An_incremental_build_ends_with_the_site_a_full_build_makes_and_removes_pages_of_removed_reports()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        File.Delete(Path.Combine(site.Root, Edited));
        var path = Path.Combine(site.Content, "reports", "safer-ppb", "2024-06-11-domestic-abuse-strategy.md");
        File.AppendAllText(path, "\n3.99 An added paragraph.\n");

        site.BuildOk();
        var incremental = SiteBuild.Files(site.Output);
        Assert.DoesNotContain(EditedPage, incremental.Keys);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "boards/safer-ppb/2023-10-10")));
        Assert.DoesNotContain(incremental.Keys, k => k.Contains(".tmp-", StringComparison.Ordinal));

        Directory.Delete(Path.Combine(site.Root, ".committee"), recursive: true);
        Directory.Delete(site.Output, recursive: true);
        site.BuildOk();
        Assert.Equal(SiteBuild.Files(site.Output), incremental);
    }

    [Fact]
    public void An_incremental_build_with_an_error_writes_nothing()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var before = SiteBuild.Files(site.Output);
        var path = Path.Combine(site.Root, Edited);
        File.AppendAllText(path, "\n<script>alert(1)</script>\n");

        var failed = site.Run("build");

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Equal(before, SiteBuild.Files(site.Output));
    }

    [Fact]
    public void Changing_a_template_makes_a_full_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var layout = Path.Combine(site.SiteSources, "templates", "layout.liquid");
        File.AppendAllText(layout, "\n");

        var rebuilt = site.BuildOk();

        Assert.DoesNotContain("only changes", rebuilt.Out);
        Assert.True(Written(site).Count(IsReportPage) > 20);
    }

    /// <summary>The build's record, which names every file and folder of the site, so a rebuild need not list the site.</summary>
    private static Committee.Write.BuildCache.Stored Record(TestSite site)
    {
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".committee", "cache"), "build-*.record"));
        return Committee.Write.BuildRecordFile.Read(file) ?? throw new InvalidOperationException("The build record could not be read.");
    }

    private static List<string> FoldersOf(string output) =>
    [
        "",
        .. Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(output, d).Replace(Path.DirectorySeparatorChar, '/')),
    ];

    [Fact]
    public void The_record_names_every_file_and_folder_of_the_site_after_a_full_and_an_incremental_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        Assert.Equal(SiteBuild.Files(site.Output).Keys, Record(site).Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(Record(site).Files, f => Assert.Equal(Committee.Write.BuildCache.Hash(File.ReadAllBytes(Path.Combine(site.Output, f.Key))), f.Value));
        Assert.Equal(FoldersOf(site.Output).Order(StringComparer.Ordinal), Record(site).Folders.Keys.Order(StringComparer.Ordinal));

        // A report removed and one added: a folder goes, others come.
        File.Delete(Path.Combine(site.Root, Edited));
        var moved = File.ReadAllText(Path.Combine(site.Content, "reports", "safer-ppb", "2024-06-11-domestic-abuse-strategy.md")).Replace("date: 2024-06-11", "date: 2024-07-16", StringComparison.Ordinal);
        site.WriteReport("safer-ppb/2024-07-16-domestic-abuse-strategy-review.md", moved.Replace("title: \"", "title: \"Review: ", StringComparison.Ordinal));
        Assert.Contains("only changes", site.BuildOk().Out);

        Assert.Equal(SiteBuild.Files(site.Output).Keys, Record(site).Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(Record(site).Files, f => Assert.Equal(Committee.Write.BuildCache.Hash(File.ReadAllBytes(Path.Combine(site.Output, f.Key))), f.Value));
        Assert.Equal(FoldersOf(site.Output).Order(StringComparer.Ordinal), Record(site).Folders.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(EditedPage, Record(site).Files.Keys);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "boards/safer-ppb/2023-10-10")));
    }

    [Fact]
    public void A_record_with_one_byte_changed_is_not_trusted_and_the_next_build_is_a_full_one()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".committee", "cache"), "build-*.record"));
        Assert.NotNull(Committee.Write.BuildRecordFile.Read(file));
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(file, bytes);

        Assert.Null(Committee.Write.BuildRecordFile.Read(file));
        var rebuilt = site.BuildOk().Out;
        Assert.DoesNotContain("only changes", rebuilt);
        Assert.NotNull(Committee.Write.BuildRecordFile.Read(file));
    }

    [Fact]
    public void Files_someone_else_added_or_removed_in_the_site_are_put_right_by_the_next_rebuild()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var full = SiteBuild.Files(site.Output);
        // A file beside a page, a folder of someone's files, and a page deleted by hand.
        site.Write("_site/boards/safer-ppb/2023-10-10/notes.txt", "left by hand");
        site.Write("_site/boards/safer-ppb/drafts/old/plan.html", "left by hand");
        File.Delete(Path.Combine(site.Output, EditedPage));
        File.Delete(Path.Combine(site.Output, "wards/abbey/index.html"));

        Assert.Contains("only changes", site.BuildOk().Out);

        Assert.Equal(full, SiteBuild.Files(site.Output));
        Assert.Contains(EditedPage, Written(site));
        Assert.Contains("wards/abbey/index.html", Written(site));
        Assert.True(Written(site).Count <= 3, string.Join("\n", Written(site)));
    }

    [Fact]
    public void A_rebuild_keeps_the_assets_puts_back_a_deleted_one_and_a_new_front_end_package_makes_a_full_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var full = SiteBuild.Files(site.Output);

        site.BuildOk();
        Assert.DoesNotContain(Written(site), p => p.StartsWith("assets/", StringComparison.Ordinal));

        File.Delete(Path.Combine(site.Output, "assets", "site.css"));
        Assert.Contains("only changes", site.BuildOk().Out);
        Assert.Equal(full, SiteBuild.Files(site.Output));
        Assert.Contains("assets/site.css", Written(site));

        // The front-end package is not in the site's sources, but the assets are made from it.
        File.AppendAllText(Path.Combine(site.SiteSources, "node_modules", "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js"), "\n// a new version\n");
        Assert.DoesNotContain("only changes", site.BuildOk().Out);
        Assert.EndsWith("// a new version\n", site.ReadOutput("assets/govuk/govuk-frontend.min.js"), StringComparison.Ordinal);
    }
}
