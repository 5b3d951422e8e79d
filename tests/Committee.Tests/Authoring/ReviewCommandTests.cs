using Committee.Tests.Support;

namespace Committee.Tests.Authoring;

/// <summary><c>committee review --base REF</c> over a real (temporary) Git repository.</summary>
public class ReviewCommandTests
{
    private const string Added = "content/reports/safer-ppb/2024-11-12-community-safety-performance.md";
    private const string Exempt = "content/reports/executive-board/2024-09-19-proposed-land-acquisition.md";
    private const string RenamedFrom = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";
    private const string RenamedTo = "content/reports/safer-ppb/2023-10-10-cctv-upgrade.md";
    private const string Removed = "content/reports/childrens-ppb/2023-09-18-primary-school-places.md";

    /// <summary>The demo archive on main; a branch that adds a paper, changes a section of the exempt one, renames one and removes one.</summary>
    private static TestSite PullRequest()
    {
        var site = new TestSite(withDemoReports: true);
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        GitRepo.Run(site.Root, "checkout", "--quiet", "-b", "papers-for-november");

        site.Write(Added, Reports.ValidPpb);
        var exempt = Path.Combine(site.Root, Exempt);
        File.WriteAllText(exempt, File.ReadAllText(exempt).Replace("\n3.1 The 0.9 hectare site", "\n3.1 The 0.95 hectare site"));
        GitRepo.Run(site.Root, "mv", RenamedFrom, RenamedTo);
        GitRepo.Run(site.Root, "rm", "--quiet", Removed);
        GitRepo.CommitAll(site.Root, "Papers for November");
        return site;
    }

    [Fact]
    public void The_summary_lists_each_added_changed_renamed_and_removed_paper()
    {
        using var site = PullRequest();
        var result = site.Run("review", "--base", "main", "--output", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = result.Out;
        var lines = summary.Split('\n');

        Assert.Contains("Compared with `main`: 4 papers (1 added, 1 changed, 1 renamed, 1 removed).", summary);

        Assert.Contains("### Added: Community safety performance for Quarter 2 2024/25", lines);
        Assert.Contains($"- File: `{Added}`", lines);
        Assert.Contains("- Board: Safer Policy and Performance Board, meeting on 12 November 2024", lines);

        Assert.Contains("### Changed: Town centre and docks regeneration: proposed land acquisition", lines);
        Assert.Contains("- Board: Executive Board, meeting on 19 September 2024", lines);
        Assert.Contains("- Sections changed: 3.0 Supporting information (changed)", lines);
        Assert.Contains("#### 3.0 Supporting information (changed)", lines);
        Assert.Contains("- 3.1 The 0.9 hectare site lies between the proposed public square and the dock edge. Without it, the waterfront walk cannot be completed and around 80 of the planned homes cannot be built.", lines);
        Assert.Contains(lines, l => l.StartsWith("+ 3.1 The 0.95 hectare site", StringComparison.Ordinal));

        Assert.Contains("### Renamed: Public space CCTV: upgrade of the camera network and control room", lines);
        Assert.Contains($"- Moved from `{RenamedFrom}` to `{RenamedTo}`", lines);
        Assert.Contains("- The text is unchanged.", lines);
        Assert.Contains(lines, l => l.StartsWith("- Its web address changes from `/boards/safer-ppb/2023-10-10/cctv-network-upgrade/` to `/boards/safer-ppb/2023-10-10/cctv-upgrade/`", StringComparison.Ordinal));

        Assert.Contains("### Removed: Primary school places in Brookfield, Fairfield and Westbury", lines);
        Assert.Contains("- Board: Children, Young People and Families Policy and Performance Board, meeting on 18 September 2023", lines);
    }

    [Fact]
    public void An_exempt_paper_is_reviewed_but_said_not_to_be_published()
    {
        using var site = PullRequest();
        var summary = site.Run("review", "--base", "main", "--output", "-").Out;
        var exempt = Section(summary, "### Changed: Town centre and docks regeneration");
        Assert.Contains("**Exempt: this paper will not be published.**", exempt);
        Assert.Contains("paragraph 3 of Part 1 of Schedule 12A", exempt);
        Assert.DoesNotContain("will not be published", Section(summary, "### Added:"));
        Assert.Contains("(exempt)", summary.Split('\n').Single(l => l.StartsWith("| Changed |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_paper_shows_its_checks_with_lines()
    {
        using var site = PullRequest();
        site.Write(Added, Reports.ValidPpb.Replace("wards: all", "wards: [dokside]"));
        var result = site.Run("review", "--base", "main", "--output", "-");
        Assert.Equal(1, result.ExitCode);
        var added = Section(result.Out, "### Added:");
        Assert.Contains("- Checks: ❌ 1 error, 0 warnings", added);
        Assert.Contains("  - ❌ error, line 6: There is no ward 'dokside'.", added);
        Assert.Contains("`ward-unknown`", added);
        Assert.Contains("- Checks: ✅ no problems found", Section(result.Out, "### Renamed:"));
    }

    [Fact]
    public void Uncommitted_work_and_a_new_draft_are_reviewed_too()
    {
        using var site = PullRequest();
        var path = site.Run("new", "--board", "safer-ppb", "--date", "2025-03-18", "--title", "Night-time economy").Out.Trim();
        var summary = site.Run("review", "--base", "main", "--output", "-").Out;
        var draft = Section(summary, "### Added: Night-time economy");
        Assert.Contains($"- File: `{path}`", draft);
        Assert.Contains("**Draft: this paper will not be published**", draft);
        Assert.Contains("section-empty", draft);
    }

    [Fact]
    public void The_summary_is_appended_to_the_file_given()
    {
        using var site = PullRequest();
        var file = Path.Combine(site.Root, "summary.md");
        File.WriteAllText(file, "# Earlier step\n");
        var result = site.Run("review", "--base", "main", "--output", "summary.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Wrote the review of 4 papers to summary.md.", result.Out.Trim());
        var text = File.ReadAllText(file);
        Assert.StartsWith("# Earlier step\n## Papers in this pull request", text);
    }

    [Fact]
    public void An_unknown_base_is_a_usage_problem()
    {
        using var site = PullRequest();
        var result = site.Run("review", "--base", "origin/main", "--output", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fetch-depth: 0", result.Error);
    }

    /// <summary>The summary from the heading that starts with <paramref name="heading"/> to the next paper's heading.</summary>
    private static string Section(string summary, string heading)
    {
        var start = summary.IndexOf("\n" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No '{heading}' in:\n{summary}");
        var end = summary.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        return end < 0 ? summary[start..] : summary[start..end];
    }
}
