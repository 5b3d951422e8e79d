using Committee.Tests.Support;

namespace Committee.Tests.Read;

/// <summary>Nothing in the reports folder is silently left out: a file that is not a report gets a finding.</summary>
public class FindReportsTests
{
    [Fact]
    public void A_word_document_in_the_reports_folder_is_reported_not_ignored()
    {
        using var site = new TestSite();
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        site.WriteBytes("content/reports/safer-ppb/old-paper.docx", [0x50, 0x4B, 0x03, 0x04, 0, 0]);
        site.Write("content/reports/safer-ppb/.gitkeep", "");

        var findings = site.Validate().Diagnostics.Where(d => d.File.StartsWith("content/reports/")).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("not-a-report", finding.RuleId);
        Assert.Equal("content/reports/safer-ppb/old-paper.docx", finding.File);
        Assert.False(finding.IsError);
    }
}
