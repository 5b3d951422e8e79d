using Committee.Tests.Support;

namespace Committee.Tests.Import;

/// <summary>An indicator table laid out in columns in a text copy is imported as a pipe table, and its indicators checked.</summary>
public sealed class ImportIndicatorTableTests
{
    private const string Table = "3.2 The key measures are:\n\nIndicator\tTarget\tQuarter 2 actual\tStatus\n"
        + "Noise complaints responded to within two working days\t90%\t94%\tGreen\n"
        + "Street lights repaired within five days    95%    97%    Green\n";

    [Fact]
    public void A_text_table_of_indicators_becomes_a_pipe_table_and_unknown_indicators_are_reported()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("3.2 Two are not:", Table + "\n3.3 Two are not:"));
        var run = site.Run("import", "old/paper.txt");

        var report = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget));
        Assert.Contains("""
            | Indicator | Target | Quarter 2 actual | Status |
            | --- | --- | --- | --- |
            | Noise complaints responded to within two working days | 90% | 94% | Green |
            | Street lights repaired within five days | 95% | 97% | Green |
            """.ReplaceLineEndings("\n"), report);
        Assert.Contains("indicator table(s) laid out in columns written as pipe tables", run.Out);
        Assert.Contains("indicator-unknown", run.Out);
        Assert.Contains("'Street lights repaired within five days' is not an indicator in the catalogue", run.Out);
        var findings = site.Validate().Diagnostics.Where(d => d.RuleId.StartsWith("indicator-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["indicator-unknown"], findings.Select(d => d.RuleId));
        Assert.Contains(site.Validate().Documents, d => d.Indicators.Any(r => r.IndicatorId == "noise-complaints-two-days"));
    }

    [Fact]
    public void Text_in_columns_that_is_not_an_indicator_table_is_left_as_text()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("3.2 Two are not:", "3.2 Ward\tCases\tChange\nDockside\t12\t+2\n\n3.3 Two are not:"));
        site.Run("import", "old/paper.txt");
        Assert.DoesNotContain("| Ward |", File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget)));
    }
}
