using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Safety;

/// <summary>
/// What is published never rests on a record of an earlier build or on a file's size and time, and a build never
/// reads, writes or deletes anything outside the content, the site sources and its own output, whatever was planted
/// there.
/// </summary>
public class PublicationSafetyTests
{
    private const string Paper = "content/reports/childrens-ppb/2023-09-18-primary-school-places.md";
    private const string Page = "boards/childrens-ppb/2023-09-18/primary-school-places/index.html";
    private const string Phrase = "a room suitable for pupils who need a quiet space";

    [Fact]
    public void A_paper_made_exempt_by_a_same_size_edit_with_its_time_restored_is_published_as_a_notice_only()
    {
        using var site = BuiltSite.Demo.Copy();
        Assert.Contains(Phrase, site.ReadOutput(Page));

        // As rsync -t, tar or cp -p leave it: the same size and the same modification time, other bytes.
        var path = Path.Combine(site.Root, Paper);
        var text = File.ReadAllText(path);
        var time = File.GetLastWriteTimeUtc(path);
        const string portfolio = "portfolio: \"Children and Young People\"";
        var paragraph = "exempt_paragraph: 3 #";
        var edited = text.Replace("access: public", "access: exempt").Replace(portfolio, paragraph + new string('.', portfolio.Length - paragraph.Length));
        Assert.Equal(text.Length, edited.Length);
        File.WriteAllText(path, edited);
        File.SetLastWriteTimeUtc(path, time);

        site.BuildOk();

        var everything = string.Concat(site.OutputFiles().Select(f => f.Text));
        Assert.DoesNotContain(Phrase, everything);
        Assert.Contains("exempt", site.ReadOutput(Page), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_paper_made_draft_by_a_same_size_edit_with_its_time_restored_is_not_published()
    {
        using var site = BuiltSite.Demo.Copy();
        var path = Path.Combine(site.Root, Paper);
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("status: final", "status: draft"));
        File.SetLastWriteTimeUtc(path, time);

        site.BuildOk();

        Assert.False(File.Exists(Path.Combine(site.Output, Page)));
        Assert.DoesNotContain(Phrase, string.Concat(site.OutputFiles().Select(f => f.Text)));
    }

    [Fact]
    public void A_link_planted_in_the_output_folder_is_never_followed_written_through_or_deleted_through()
    {
        using var site = BuiltSite.Demo.Copy();
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        var precious = site.Write("elsewhere/precious.txt", "keep me");
        site.Write("elsewhere/index.html", "not the site's");
        // A link where the site has a folder of its own, and one the site does not have.
        Directory.Delete(Path.Combine(site.Output, "boards", "safer-ppb"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "boards", "safer-ppb"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "planted"), elsewhere);

        site.BuildOk();
        site.BuildOk();

        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.Equal(["index.html", "precious.txt"], Directory.GetFiles(elsewhere).Select(Path.GetFileName).Order());
        Assert.Null(new DirectoryInfo(Path.Combine(site.Output, "boards", "safer-ppb")).LinkTarget);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "planted")));
        Assert.Contains("safer-ppb", site.ReadOutput("boards/safer-ppb/index.html"));
    }

    [Fact]
    public void An_output_folder_that_is_a_link_is_refused()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        site.Write("elsewhere/precious.txt", "keep me");
        Directory.CreateSymbolicLink(site.Output, elsewhere);

        var result = site.Run("build");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("symbolic link", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(["precious.txt"], Directory.GetFiles(elsewhere).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("site-src/assets/out")]
    [InlineData("site-src/templates/_site")]
    [InlineData("content/_site")]
    [InlineData("content/reports/_site")]
    public void An_output_folder_inside_the_content_or_the_site_sources_is_refused(string output)
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var before = SiteBuild.Files(site.Root);

        var result = site.Run("build", "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("inside the content or the site sources", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(before, SiteBuild.Files(site.Root));
    }

    [Fact]
    public void What_killed_builds_left_beside_the_output_is_removed_and_nothing_else()
    {
        using var site = BuiltSite.Demo.Copy();
        // Process ids no process has (Linux's largest is 4,194,304).
        var building = site.Write("_site.building-99999998/boards/old/index.html", "withdrawn paper");
        site.Write("_site.building-99999998/.committee-site", "");
        site.Write("_site.old-99999999/boards/exempt/index.html", "a paper since made exempt");
        site.Write("_site.old-99999999/.committee-site", "");
        var notOurs = site.Write("_site.old-99999997/notes.txt", "someone's own folder");
        // Killed after making its folder, before marking it.
        Directory.CreateDirectory(Path.Combine(site.Root, "_site.building-99999996"));

        site.BuildOk();

        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site.building-99999998")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site.old-99999999")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site.building-99999996")));
        Assert.True(File.Exists(notOurs));
        Assert.False(File.Exists(building));
    }

    [Fact]
    public void A_site_left_aside_between_the_two_renames_of_a_killed_build_is_put_back()
    {
        using var site = BuiltSite.Demo.Copy();
        var built = SiteBuild.Files(site.Output);
        Directory.Move(site.Output, site.Output + ".old-99999999");
        site.Write("content/reports/safer-ppb/broken.md", "no front matter");

        var result = site.Run("build");

        // This build fails on the broken paper, so the site it found aside is the one left in place.
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(built, SiteBuild.Files(site.Output));
        Assert.False(Directory.Exists(site.Output + ".old-99999999"));
    }

    [Fact]
    public void The_cache_an_earlier_version_kept_is_removed_and_no_build_keeps_one()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.Write(".committee/cache/reports.memo", "Exempt section: Tender prices");

        site.BuildOk();

        Assert.False(Directory.Exists(Path.Combine(site.Root, ".committee", "cache")));
        Assert.Equal(["_site", "content", "site-src"], SiteBuild.Folders(site.Root).Where(f => f != ".committee"));
    }

    [Fact]
    public void Hidden_files_and_links_out_of_the_site_sources_are_not_copied_from_the_assets()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.Write("site-src/assets/.committee/cache/reports.memo", "Exempt section: Tender prices");
        site.Write("site-src/assets/.env", "SECRET=1");
        var outside = site.Write("outside/passwd", "root:x:0:0");
        File.CreateSymbolicLink(Path.Combine(site.SiteSources, "assets", "passwd.txt"), outside);
        site.Write("site-src/assets/logo.txt", "the council's logo");

        site.BuildOk();

        Assert.Equal("the council's logo", site.ReadOutput("assets/logo.txt"));
        Assert.False(File.Exists(Path.Combine(site.Output, "assets", "passwd.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "assets", ".env")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "assets", ".committee")));
    }

    [Fact]
    public void The_build_log_never_quotes_an_exempt_paper_but_validate_shows_the_author_everything()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var path = Path.Combine(site.Content, "reports", "executive-board", "2024-09-19-proposed-land-acquisition.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("## 3.0 Supporting information", "## 3.0 Tender prices from Acme Holdings", StringComparison.Ordinal));

        var build = site.Run("build");

        Assert.True(build.ExitCode is 0 or 1, build.ToString());
        Assert.Contains("2024-09-19-proposed-land-acquisition.md", build.Error);
        Assert.Contains("withheld", build.Error);
        Assert.DoesNotContain("Acme", build.ToString());
        Assert.Contains("Acme", site.Run("validate").ToString());
    }

    [Fact]
    public void A_page_the_templates_cannot_make_stops_the_build_and_the_previous_site_stays()
    {
        using var site = BuiltSite.Demo.Copy();
        var built = SiteBuild.Files(site.Output);
        var template = Path.Combine(site.SiteSources, "templates", "report.liquid");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{ title }}", "{{ title }}{{ no_such_value }}", StringComparison.Ordinal));

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing was published", result.Error);
        Assert.Equal(built, SiteBuild.Files(site.Output));
        Assert.Equal(["_site", "content", "site-src"], SiteBuild.Folders(site.Root));
    }

    [Fact]
    public void A_board_file_that_is_a_link_out_of_the_content_folder_is_not_read()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var board = Path.Combine(site.Content, "boards", "safer-ppb.yml");
        var outside = site.Write("outside/secret-board.yml", File.ReadAllText(board).Replace("Safer Policy", "SECRET Safer Policy", StringComparison.Ordinal));
        File.Delete(board);
        File.CreateSymbolicLink(board, outside);

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/boards/safer-ppb.yml", result.Error);
        Assert.Contains("outside", result.Error);
        Assert.DoesNotContain("SECRET", result.ToString());
        Assert.False(Directory.Exists(site.Output));
    }
}
