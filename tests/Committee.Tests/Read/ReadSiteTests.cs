using Committee.Tests.Support;

namespace Committee.Tests.Read;

public class ReadSiteTests
{
    [Fact]
    public void A_ward_cannot_have_the_id_all_which_means_borough_wide()
    {
        using var site = new TestSite();
        var settings = File.ReadAllText(Path.Combine(site.SiteSources, "site.yml"));
        site.Write("site-src/site.yml", settings.Replace("  - id: abbey\n", "  - id: all\n", StringComparison.Ordinal));

        var finding = Assert.Single(site.Validate().Diagnostics, d => d.File == "site-src/site.yml");

        Assert.Equal("settings", finding.RuleId);
        Assert.True(finding.IsError);
        Assert.Contains("cannot have the id 'all'", finding.Message);
    }
}
