using Committee.Tests.Support;

namespace Committee.Tests;

public class SmokeTests
{
    [Fact]
    public void The_starting_reports_are_valid()
    {
        using var site = new TestSite();
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        site.WriteReport("childrens-osc/2025-02-04-attendance.md", Reports.ValidOsc);
        var result = site.Validate();
        var reportFindings = result.Diagnostics.Where(d => d.File.StartsWith("content/reports")).ToList();
        Assert.Empty(reportFindings);
    }
}
