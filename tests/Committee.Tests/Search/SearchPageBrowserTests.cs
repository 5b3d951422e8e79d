using System.Text;
using Committee.Tests.Browser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Search;

/// <summary>The search page in Chromium: typing, marked excerpts, filters, the address as state, and axe.</summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class SearchPageBrowserTests(BrowserFixture browser)
{
    private const string FlyTipping = "/boards/environment-osc/2023-07-05/fly-tipping-enforcement/";

    [SkippableFact]
    public async Task Type_filter_open_and_reload()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync("/search/");
        await Expect(page.Locator("#search-no-js")).ToBeHiddenAsync();
        await page.Locator("#search-q").PressSequentiallyAsync("school");
        var results = page.Locator("#search-results > li");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("found for ‘school’");
        Assert.True(await results.CountAsync() > 2);
        await Expect(results.First.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^schools?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/search/?q=school");

        // Filter by board (a checkbox) and by financial year (a select): the address keeps both.
        await page.Locator("input[name=board][value=childrens-osc]").CheckAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"board=childrens-osc"));
        await Expect(results.First.Locator(".search-result__meta")).ToContainTextAsync("Overview and Scrutiny");
        var boardCount = await results.CountAsync();
        await page.Locator("#search-year").SelectOptionAsync("2024/25");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"board=childrens-osc&year=2024%2F25"));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("found");
        var filtered = await results.CountAsync();
        Assert.True(filtered >= 1 && filtered <= boardCount, $"{filtered} results after the year filter, {boardCount} before.");
        var stateUrl = page.Url;
        var statusText = await page.Locator("#search-status").InnerTextAsync();

        // Reload: the same query, filters and results.
        await page.ReloadAsync();
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("school");
        await Expect(page.Locator("#search-year")).ToHaveValueAsync("2024/25");
        await Expect(page.Locator("input[name=board][value=childrens-osc]")).ToBeCheckedAsync();
        await Expect(page.Locator("#search-status")).ToHaveTextAsync(statusText);
        Assert.Equal(stateUrl, page.Url);

        // Back to the unfiltered query, then open the fly-tipping paper from a new search.
        await page.GotoAsync("/search/?q=fly-tipping");
        await Expect(results).ToHaveCountAsync(1);
        await results.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + FlyTipping);
        await page.GoBackAsync();
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("fly-tipping");
        Assert.Empty(scriptErrors);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_javascript_the_page_says_so_and_links_to_browsing()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search/?q=school");
        var message = page.Locator("#search-no-js");
        await Expect(message).ToBeVisibleAsync();
        await Expect(message).ToContainTextAsync("Search needs JavaScript");
        foreach (var name in new[] { "board", "quarter", "ward" }) await Expect(message.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#search-form")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Search_page_with_results_and_filters_has_no_wcag_22_aa_violations(int width)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: width);
        await page.GotoAsync("/search/?q=school&board=childrens-ppb");
        await Expect(page.Locator("#search-results mark").First).ToBeVisibleAsync();
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(result.Passes.Length > 10, "axe did not run its rules.");
        var report = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes) report.AppendLine($"    {node.Target}: {node.Html}");
        }
        Assert.True(result.Violations.Length == 0, report.ToString());
        await page.Context.CloseAsync();
    }
}
