using Committee.Tests.Authoring;
using Committee.Tests.Support;

namespace Committee.Tests.Attachments;

/// <summary><c>committee review</c> lists the attachments a pull request adds, changes or removes, with their paper.</summary>
public class ReviewAttachmentTests
{
    private const string Regeneration = "content/reports/executive-board/2024-09-19-town-centre-regeneration-phase-2";
    private const string Performance = "content/reports/childrens-ppb/2024-11-25-quarter-2-performance";

    [Fact]
    public void Attachments_added_changed_and_removed_are_listed_with_their_paper()
    {
        using var site = new TestSite(withDemoReports: true);
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Base");
        GitRepo.Run(site.Root, "checkout", "--quiet", "-b", "appendices");
        site.Write(Regeneration + "/appendix-b-consultation-summary.csv", "question,agree\nRefurbish the market hall,413\n");
        site.Write(Regeneration + "/appendix-c-land-values.csv", "site,valuation\nplot 4,1300000\n");
        GitRepo.Run(site.Root, "rm", "--quiet", Performance + "/chart-ehcp-timeliness.svg");
        var performance = Path.Combine(site.Root, Performance + ".md");
        File.WriteAllText(performance, File.ReadAllText(performance).Replace(", with a [chart of plan timeliness](2024-11-25-quarter-2-performance/chart-ehcp-timeliness.svg)", ""));
        site.Write(Performance + "/key-measures-q1.csv", "indicator,target\nContacts,95%\n");
        GitRepo.CommitAll(site.Root, "Appendices");

        var result = site.Run("review", "--base", "main", "--output", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n');
        Assert.Contains("Compared with `main`: 2 papers (2 changed).", result.Out);
        Assert.Contains("- Attachments: `appendix-b-consultation-summary.csv` (changed); `appendix-c-land-values.csv` (changed; exempt, not published)", lines);
        Assert.Contains("- Attachments: `chart-ehcp-timeliness.svg` (removed); `key-measures-q1.csv` (added)", lines);
        Assert.Contains("- The text is unchanged.", lines);
        Assert.DoesNotContain("### Other files changed", result.Out);
    }
}
