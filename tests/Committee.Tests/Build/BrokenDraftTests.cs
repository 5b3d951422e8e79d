using System.Net;
using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// A draft is not published without --drafts, so its errors are shown but do not stop the others being published.
/// A paper whose status cannot be read, a build with --drafts, and <c>committee validate</c> still fail on them.
/// </summary>
public sealed class BrokenDraftTests
{
    private const string FinalPage = "boards/safer-ppb/2024-11-12/performance/index.html";
    private const string DraftTitle = "Fly-tipping: a review";
    private const string DraftPath = "content/reports/safer-ppb/2025-03-18-fly-tipping-a-review.md";

    /// <summary>A site with one valid final paper and a fresh draft from <c>committee new</c>, whose sections are all empty.</summary>
    private static TestSite WithNewDraft()
    {
        var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        var made = site.Run("new", "--board", "safer-ppb", "--date", "2025-03-18", "--title", DraftTitle);
        Assert.True(made.ExitCode == 0, made.ToString());
        Assert.Equal(DraftPath, made.Out.Trim());
        return site;
    }

    private static void AssertDraftInNoFile(TestSite site)
    {
        Assert.False(Directory.Exists(Path.Combine(site.Output, "boards", "safer-ppb", "2025-03-18")));
        var leaks = site.OutputFiles()
            .Where(f => WebUtility.HtmlDecode(f.Text).Contains(DraftTitle, StringComparison.Ordinal) || f.Text.Contains("fly-tipping", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Output, f.Path)).ToList();
        Assert.True(leaks.Count == 0, "The draft appears in: " + string.Join(", ", leaks));
    }

    [Fact]
    public void A_new_drafts_errors_are_shown_but_the_rest_of_the_site_is_published()
    {
        using var site = WithNewDraft();

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{DraftPath}:11:1: error section-empty", result.Error);
        Assert.DoesNotContain("Nothing was published", result.Error);
        Assert.Contains("1 draft left out", result.Out);
        Assert.Contains("Community safety performance", site.ReadOutput(FinalPage));
        Assert.True(File.Exists(Path.Combine(site.Output, "reports.csv")));
        Assert.True(File.Exists(Path.Combine(site.Output, "feed.xml")));
        AssertDraftInNoFile(site);

        // Again, with the draft's findings recalled from the memo and the last build's record in use.
        var again = site.Run("build");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"{DraftPath}:11:1: error section-empty", again.Error);
        AssertDraftInNoFile(site);
    }

    [Fact]
    public void With_drafts_the_drafts_errors_stop_the_build()
    {
        using var site = WithNewDraft();

        var result = site.Run("build", "--drafts");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{DraftPath}:11:1: error section-empty", result.Error);
        Assert.Contains("Nothing was published", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Validate_still_fails_on_a_drafts_errors()
    {
        using var site = WithNewDraft();

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{DraftPath}:11:1: error section-empty", result.Out);
    }

    [Theory]
    // The front matter cannot be read, so whether the paper is a draft is not known.
    [InlineData("status: draft", "summary: Budget: the plan\nstatus: draft", "front-matter-yaml")]
    [InlineData("status: draft", "status: draft\nstatus: draft", "field-duplicate")]
    // The status itself cannot be read.
    [InlineData("status: draft", "status: drafted", "field-value")]
    [InlineData("status: draft", "status:", "field-empty")]
    public void A_broken_paper_whose_status_is_in_doubt_still_stops_the_build(string find, string replace, string ruleId)
    {
        using var site = WithNewDraft();
        var path = Path.Combine(site.Root, DraftPath);
        File.WriteAllText(path, RuleCheck.Edit(File.ReadAllText(path), find, replace));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error {ruleId}", result.Error);
        Assert.Contains("Nothing was published", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_draft_with_errors_in_its_front_matter_does_not_stop_the_build()
    {
        using var site = WithNewDraft();
        var path = Path.Combine(site.Root, DraftPath);
        File.WriteAllText(path, RuleCheck.Edit(File.ReadAllText(path), "board: safer-ppb", "board: safer-pbb"));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("error board-unknown", result.Error);
        AssertDraftInNoFile(site);
    }

    [Fact]
    public void The_errors_that_stop_a_build_leave_out_only_drafts_not_asked_for()
    {
        using var site = WithNewDraft();
        var run = site.Validate();

        Assert.Contains(run.Diagnostics, d => d.IsError && d.File == DraftPath);
        Assert.Empty(run.BlockingErrors(includeDrafts: false));
        Assert.Equal(run.Diagnostics.Where(d => d.IsError), run.BlockingErrors(includeDrafts: true));
    }
}
