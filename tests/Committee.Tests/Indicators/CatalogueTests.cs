using Committee.Indicators;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Indicators;

/// <summary>The indicator catalogue, content/indicators/&lt;id&gt;.yml: read, and each mistake a finding at its line.</summary>
public class CatalogueTests
{
    private const string Valid = "name: Street lights repaired within five days\nboard: environment-osc\nunit: percent\npolarity: higher-is-better\ntolerance: 5%\n";

    [Fact]
    public void An_indicator_file_is_read_into_the_catalogue()
    {
        using var site = new TestSite();
        site.Write("content/indicators/street-lights.yml", Valid + "description: Lights fixed.\ndefinition_url: https://www.example.org/def\n");
        var run = site.Validate();
        Assert.DoesNotContain(run.Diagnostics, d => d.File.Contains("indicators/", StringComparison.Ordinal));
        var indicator = run.Context.Site.Indicators.ById["street-lights"];
        Assert.Equal(("Street lights repaired within five days", IndicatorUnit.Percent, Polarity.HigherIsBetter), (indicator.Name, indicator.Unit, indicator.Polarity));
        Assert.Equal(["environment-osc"], indicator.Boards.ToArray());
        Assert.Equal(new Tolerance(5, OfTarget: true), indicator.Tolerance);
        Assert.Same(indicator, run.Context.Site.Indicators.Find("STREET LIGHTS REPAIRED WITHIN FIVE DAYS (SL1)"));
    }

    [Theory]
    [InlineData("unit: percent", "unit: percentage", "settings", 3)]
    [InlineData("polarity: higher-is-better", "polarity: up", "settings", 4)]
    [InlineData("tolerance: 5%", "tolerance: five", "settings", 5)]
    [InlineData("board: environment-osc", "board: enviroment-osc", "board-unknown", 2)]
    [InlineData("name: Street lights repaired within five days\n", "", "setting-required", 1)]
    public void A_mistake_in_an_indicator_file_is_a_finding_at_its_line(string find, string replace, string ruleId, int line)
    {
        using var site = new TestSite();
        site.Write("content/indicators/street-lights.yml", Valid.Replace(find, replace));
        var found = Assert.Single(site.Validate().Diagnostics, d => d.File == "content/indicators/street-lights.yml");
        Assert.Equal((ruleId, line), (found.RuleId, found.Line));
    }

    [Fact]
    public void An_indicator_file_named_unlike_an_id_is_refused()
    {
        using var site = new TestSite();
        site.Write("content/indicators/Street Lights.yml", Valid);
        var found = Assert.Single(site.Validate().Diagnostics, d => d.File.EndsWith("Street Lights.yml", StringComparison.Ordinal));
        Assert.Equal("id-format", found.RuleId);
        Assert.False(site.Validate().Context.Site.Indicators.ById.ContainsKey("Street Lights"));
    }

    [Fact]
    public void Without_a_catalogue_tables_stay_plain_and_the_indicators_page_says_there_are_none()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Directory.Delete(Path.Combine(site.Content, "indicators"), recursive: true);
        site.BuildOk();
        // The menu's link still leads somewhere: the index says there are none.
        Assert.Contains("No performance indicators are published yet.", site.ReadOutput("indicators/index.html"));
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(Path.Combine(site.Output, "indicators")).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(site.Output, "indicators.csv")));
        Assert.DoesNotContain("rag--", site.ReadOutput("boards/childrens-ppb/2024-11-25/quarter-2-performance/index.html"));
        Assert.DoesNotContain(site.Validate().Diagnostics, d => d.RuleId.StartsWith("indicator-", StringComparison.Ordinal));
    }
}
