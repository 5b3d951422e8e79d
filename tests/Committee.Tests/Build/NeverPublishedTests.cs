using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// What an author wrote but never meant the public to read stays off the built site: the text of a paper whose access
/// is in doubt.
/// </summary>
public sealed class NeverPublishedTests
{
    private const string Page = "boards/safer-ppb/2024-11-12/performance/index.html";
    private const string Para = "3.1 Most measures are on target.";

    [Theory]
    [InlineData("wards: all\nexempt_paragraph: 3")]
    [InlineData("wards: all\naccess: public\nexempt_paragraph: 3")]
    [InlineData("wards: all\naccess:")]
    [InlineData("wards: all\naccess: private")]
    [InlineData("wards: all\nstatus:")]
    public void A_paper_whose_access_or_status_is_in_doubt_stops_the_build(string replace)
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(
            RuleCheck.Edit(Reports.ValidPpb, "wards: all", replace), Para, "3.1 The Marlowe Wharf bid is 3.85 million."));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Nothing was published", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }
}
