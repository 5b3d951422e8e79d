using Committee.Tests.Build;

namespace Committee.Tests.Browser;

/// <summary>
/// Reflow at 320 CSS pixels and axe (WCAG 2.2 AA) on a split board listing, a year page and the split ward listings. The
/// demo has too few papers for a listing to be split by financial year, so the pages are those of a long archive
/// (<see cref="YearPagesTests.ManyPapers"/>: 620 more papers of one board), shown in the one shared browser.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class YearPagesQualityTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages => new()
    {
        { "/boards/safer-ppb/", 1280 },
        { "/boards/safer-ppb/", 320 },
        { "/boards/safer-ppb/2031-32/", 1280 },
        { "/boards/safer-ppb/2023-24/", 320 },
        { "/wards/abbey/", 1280 },
        { "/wards/abbey/2031-32/", 1280 },
        { "/wards/all/", 1280 },
        { "/wards/all/2032-33/", 320 },
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task A_year_split_listing_reflows_and_has_no_wcag_22_aa_violations(string path, int width)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: width, height: 900, siteFolder: YearPagesTests.ManyPapers.Output);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        // A page of the split listing: it links to papers and to other years' pages.
        Assert.True(await page.Locator("main a").EvaluateAllAsync<int>(
            "links => links.filter(a => /^\\/boards\\/[^/]+\\/\\d{4}-\\d{2}-\\d{2}\\/[^/]+\\/$/.test(a.getAttribute('href'))).length") > 0, $"{path} lists no papers.");
        Assert.True(await page.Locator("main a").EvaluateAllAsync<int>(
            "links => links.filter(a => /\\/\\d{4}-\\d{2}\\/$/.test(a.getAttribute('href'))).length") > 0, $"{path} links to no other year.");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at {width}px: scrollWidth {widths[0]} > innerWidth {widths[1]}.");

        await AxeCheck.AssertNoViolationsAsync(page, path, width);
        await page.Context.CloseAsync();
    }
}
