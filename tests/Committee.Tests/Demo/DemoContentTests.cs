using Committee.Model;
using Committee.Tests.Support;

namespace Committee.Tests.Demo;

/// <summary>The demo council's content is what the README promises, and validates without errors.</summary>
public class DemoContentTests
{
    [Fact]
    public void The_demo_content_has_no_errors_or_warnings_but_the_draft_s_deliberate_status_slip()
    {
        using var site = new TestSite(withDemoReports: true);
        var result = site.Validate();
        // Left in the draft PSPO paper so `committee validate` shows the indicator rule on the demo.
        var deliberate = Assert.Single(result.Diagnostics, d => d.RuleId == "indicator-status-contradicts");
        Assert.Equal("content/reports/" + TestSite.DemoSlipPaper, deliberate.File);
        using var corrected = new TestSite(withDemoReports: true).WithoutDemoSlip();
        Assert.Empty(corrected.Validate().Diagnostics);
        var others = result.Diagnostics.Remove(deliberate);
        Assert.True(others.IsEmpty, string.Join("\n", others.Select(d => $"{d.Location}: {d.RuleId}: {d.Message}")));
        Assert.True(result.Documents.Length >= 24, $"only {result.Documents.Length} demo reports");
    }

    [Fact]
    public void The_demo_content_covers_boards_types_years_an_exempt_and_a_draft()
    {
        using var site = new TestSite(withDemoReports: true);
        var reports = site.Validate().Documents.Select(d => (d.Report!, d.Type!)).ToList();
        Assert.True(reports.Select(r => r.Item1.BoardId).Distinct().Count() >= 4);
        Assert.Equal(["osc-report", "ppb-report"], reports.Select(r => r.Item2.Id).Distinct().Order());
        var years = reports.Select(r => FinancialPeriod.Of(r.Item1.Date!.Value, 4).Year).Distinct().Count();
        Assert.True(years >= 2, $"{years} financial years");
        Assert.Single(reports, r => r.Item1.IsExempt);
        Assert.Single(reports, r => r.Item1.IsDraft);
    }

    [Fact]
    public void The_demo_reports_indicators_over_eight_quarters_from_the_catalogue()
    {
        using var site = new TestSite(withDemoReports: true);
        var result = site.Validate();
        Assert.InRange(result.Context.Site.Indicators.ById.Count, 15, 30);
        var quarters = result.Documents.Where(d => d.Report is { IsDraft: false })
            .SelectMany(d => d.Indicators.Select(r => (r.IndicatorId, d.Quarter)))
            .GroupBy(r => r.IndicatorId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Quarter).Distinct().Count());
        Assert.True(quarters.Count(q => q.Value >= 8) >= 5, string.Join(", ", quarters.Select(q => $"{q.Key}: {q.Value}")));
    }

    [Fact]
    public void The_demo_content_has_attachments_and_an_exempt_appendix_of_a_public_paper()
    {
        using var site = new TestSite(withDemoReports: true);
        var documents = site.Validate().Documents;
        Assert.True(documents.Count(d => !d.Attachments.IsEmpty) >= 2);
        Assert.Contains(documents, d => d.Report is { IsExempt: false } r && r.Attachments.Any(a => a.IsExempt));
        var kinds = documents.SelectMany(d => d.Attachments).Select(a => a.Kind).ToHashSet();
        Assert.Superset(new HashSet<string?> { "attachment_pdf", "attachment_csv", "attachment_svg" }, kinds);
    }
}
