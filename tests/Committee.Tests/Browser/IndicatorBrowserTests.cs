using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Browser;

/// <summary>
/// A councillor follows an indicator from a paper: its trend over eight quarters against the target, the figures in the
/// table below, and the open data downloaded, in a real browser.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class IndicatorBrowserTests(BrowserFixture browser)
{
    private const string Indicator = "Education, health and care plans issued within 20 weeks";

    [SkippableFact]
    public async Task From_a_paper_to_an_indicator_s_trend_its_figures_and_the_csv()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/boards/childrens-ppb/2024-11-25/quarter-2-performance/");
        await Expect(page.Locator(".indicator-summary")).ToContainTextAsync("7 indicators: 3 green, 2 amber, 2 red.");
        // The status reads as a word, whatever the colour: "Amber" is the badge's text.
        var row = page.Locator(".report__body tr", new() { HasText = Indicator });
        await Expect(row.Locator(".rag")).ToHaveTextAsync("Amber");

        await row.GetByRole(AriaRole.Link, new() { Name = Indicator, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/indicators/ehcp-within-20-weeks/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Indicator);

        // The chart: one image, named and described, with a point for each of eight quarters and the target line.
        var chart = page.GetByRole(AriaRole.Img, new() { Name = Indicator + ": actual against target by quarter" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator(".indicator-chart__point")).ToHaveCountAsync(8);
        await Expect(chart.Locator(".indicator-chart__target")).ToHaveCountAsync(1);
        var box = await chart.BoundingBoxAsync();
        Assert.True(box!.Width > 400 && box.Height > 200, $"the chart is drawn {box.Width}x{box.Height}");
        Assert.StartsWith("8 quarters, from 2023/24 Q1 (41%)", await chart.Locator("desc").TextContentAsync());

        // The figures below, newest first, each linked to its paper.
        var figures = page.GetByRole(AriaRole.Region, new() { Name = "Figures by quarter" }).Locator("tbody tr");
        await Expect(figures).ToHaveCountAsync(8);
        await Expect(figures.First.Locator("th")).ToHaveTextAsync("2024/25 Q4");
        await Expect(figures.First.Locator("td").Nth(1)).ToHaveTextAsync("66%");

        // The link downloads the file (the browser starts a download named indicators.csv); what it holds is read from the
        // same address, as the fixture's routed responses are not saved to disk by the download.
        var link = page.GetByRole(AriaRole.Link, new() { Name = "indicators.csv" });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("indicators.csv", download.SuggestedFilename);
        Assert.Equal(BrowserFixture.Origin + "/indicators.csv", download.Url);
        var csv = await page.EvaluateAsync<string>("url => fetch(url).then(r => r.text())", download.Url);
        Assert.StartsWith("indicator,indicator_name,board,quarter,target,actual,unit,rag,direction,report_url\r\n", csv);
        Assert.Contains("ehcp-within-20-weeks,\"Education, health and care plans issued within 20 weeks\",childrens-ppb,2024/25 Q4,60,66,percent,green,improving,", csv);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Search_finds_an_indicator_by_name_beside_the_papers()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.GotoAsync("/search/?q=second+child+protection");
        var found = page.Locator("#search-indicators");
        await Expect(found).ToBeVisibleAsync();
        await Expect(found.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Children subject to a second or later child protection plan"]);
        await Expect(page.Locator("#search-status")).ToContainTextAsync("found for ‘second child protection’");

        // A query no indicator's name holds shows none.
        await page.GotoAsync("/search/?q=fly-tipping");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("found");
        await Expect(found).ToBeHiddenAsync();

        await page.GotoAsync("/search/?q=noise");
        await found.GetByRole(AriaRole.Link, new() { Name = "Noise complaints responded to within two working days" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/indicators/noise-complaints-two-days/");
        Assert.Empty(scriptErrors);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_chart_prints()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/indicators/ehcp-within-20-weeks/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var chart = page.Locator("svg.indicator-chart");
        await Expect(chart).ToBeVisibleAsync();
        Assert.True((await chart.BoundingBoxAsync())!.Height > 100);
        await page.Context.CloseAsync();
    }
}
