using System.Text.Json;
using Committee.Tests.Support;

namespace Committee.Tests.Authoring;

/// <summary><c>validate --changed-since REF</c>: only the papers a branch changed, plus the collisions they cause.</summary>
public class ChangedSinceTests
{
    private const string BrokenUnchanged = "content/reports/safer-ppb/2024-11-12-broken-on-main.md";
    private const string ChangedDemo = "content/reports/safer-ppb/2024-01-23-statement-of-licensing-policy.md";
    private const string NewBroken = "content/reports/safer-ppb/2024-11-12-new-and-broken.md";

    /// <summary>
    /// The demo archive and one broken paper committed on main; then, uncommitted, a demo paper given a
    /// mistyped ward and a new paper with a mistyped board.
    /// </summary>
    private static TestSite Branch()
    {
        var site = new TestSite(withDemoReports: true);
        site.Write(BrokenUnchanged, Reports.ValidPpb.Replace("wards: all", "wards: [dokside]"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        GitRepo.Run(site.Root, "checkout", "--quiet", "-b", "paper");
        var demo = Path.Combine(site.Root, ChangedDemo);
        File.WriteAllText(demo, File.ReadAllText(demo).Replace("wards: all", "wards: [castel-hill]"));
        site.Write(NewBroken, Reports.ValidPpb.Replace("board: safer-ppb", "board: safer-pbb"));
        return site;
    }

    [Fact]
    public void Only_the_changed_papers_are_reported()
    {
        using var site = Branch();
        var all = site.Run("validate");
        Assert.Contains(BrokenUnchanged, all.Out);

        var changed = site.Run("validate", "--changed-since", "main");
        Assert.Equal(1, changed.ExitCode);
        Assert.DoesNotContain(BrokenUnchanged, changed.Out);
        Assert.Contains($"{ChangedDemo}:", changed.Out);
        Assert.Contains("ward-unknown", changed.Out);
        Assert.Contains($"{NewBroken}:", changed.Out);
        Assert.Contains("board-unknown", changed.Out);
        Assert.Contains("Checked 2 reports", changed.Out);
    }

    [Fact]
    public void Committed_changes_on_the_branch_count_as_well_as_uncommitted_ones()
    {
        using var site = Branch();
        GitRepo.CommitAll(site.Root, "The branch's work");
        var changed = site.Run("validate", "--changed-since", "main", "--format", "json");
        using var json = JsonDocument.Parse(changed.Out);
        var files = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { ChangedDemo, NewBroken }, files);
        Assert.Equal(2, json.RootElement.GetProperty("reportsChecked").GetInt32());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("sarif")]
    public void Every_format_shows_only_the_changed_papers(string format)
    {
        using var site = Branch();
        var changed = site.Run("validate", "--changed-since", "main", "--format", format);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains(NewBroken, changed.Out);
        Assert.Contains(ChangedDemo, changed.Out);
        Assert.DoesNotContain(BrokenUnchanged, changed.Out);
    }

    [Fact]
    public void A_new_paper_at_an_unchanged_papers_address_shows_the_collision()
    {
        using var site = new TestSite(withDemoReports: true);
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        // Sorts before the demo paper it collides with, so the finding is recorded against the unchanged paper.
        site.Write("content/reports/safer-ppb/2024-01-23-a-copy.md", Reports.ValidPpb
            .Replace("date: 2024-11-12", "date: 2024-01-23\nslug: quarter-3-performance")
            .Replace("period: 2024/25 Q2", "period: 2023/24 Q2"));
        var changed = site.Run("validate", "--changed-since", "main");
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("url-collision", changed.Out);
    }

    [Fact]
    public void A_new_paper_at_an_unchanged_papers_old_address_shows_the_alias_collision()
    {
        using var site = new TestSite(withDemoReports: true);
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        // The demo's moved paper keeps /boards/environment-osc/2025-10-08/town-centre-regeneration-progress/ as its old address.
        site.Write("content/reports/environment-osc/2025-10-08-town-centre-regeneration-progress.md", Reports.ValidPpb
            .Replace("board: safer-ppb", "board: environment-osc").Replace("date: 2024-11-12", "date: 2025-10-08")
            .Replace("period: 2024/25 Q2", "period: 2025/26 Q1"));
        var changed = site.Run("validate", "--changed-since", "main");
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("content/reports/environment-osc/2025-11-05-town-centre-regeneration-progress.md", changed.Out);
        Assert.Contains("alias-collision", changed.Out);
    }

    [Fact]
    public void Nothing_changed_is_clean()
    {
        using var site = new TestSite(withDemoReports: true);
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        var changed = site.Run("validate", "--changed-since", "main");
        Assert.Equal(0, changed.ExitCode);
        Assert.Contains("Checked 0 reports: no problems found.", changed.Out);
        Assert.Contains("no paper has changed since main", changed.Error);
    }

    [Fact]
    public void A_changed_board_checks_every_paper()
    {
        using var site = Branch();
        var board = Path.Combine(site.Content, "boards", "safer-ppb.yml");
        File.AppendAllText(board, "# a note\n");
        var changed = site.Run("validate", "--changed-since", "main");
        Assert.Contains(BrokenUnchanged, changed.Out);
        Assert.Contains("so every paper is checked", changed.Error);
    }

    [Fact]
    public void An_unknown_ref_or_a_folder_outside_git_is_a_usage_problem()
    {
        using var site = Branch();
        var unknown = site.Run("validate", "--changed-since", "origin/mian");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no branch, tag or commit 'origin/mian'", unknown.Error);

        using var plain = new TestSite();
        var outside = plain.Run("validate", "--changed-since", "main");
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("not in a Git repository", outside.Error);
    }
}
