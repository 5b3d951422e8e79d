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
        await Expect(results.First.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[Ss]chools?$"));
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
    public async Task Without_javascript_the_page_says_so_links_to_browsing_and_offers_the_councils_search()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        // The header's box goes to the council's own search without JavaScript (NoScriptAndScreenshotTests); a link
        // to this page, or a bookmark, still comes here.
        await page.GotoAsync("/search/?q=school");
        var message = page.Locator("#search-no-js");
        await Expect(message).ToBeVisibleAsync();
        await Expect(message).ToContainTextAsync("Search needs JavaScript");
        foreach (var name in new[] { "board", "quarter", "ward" }) await Expect(message.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        // The demo's site.yml names the council's own site search (search_fallback_url): a form that sends the words there.
        var fallback = message.Locator("form.search-fallback");
        await Expect(fallback).ToHaveAttributeAsync("action", "https://www.eastmere.example/search");
        await Expect(fallback.GetByLabel("Or search Eastmere Borough Council's website")).ToHaveAttributeAsync("name", "q");
        await Expect(page.Locator("#search-form")).ToBeHiddenAsync();
        await Expect(page.Locator("#site-search")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Accents_typos_and_phrases_in_the_page()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var results = page.Locator("#search-results > li a");
        async Task<string[]> Search(string q)
        {
            await page.Locator("#search-q").FillAsync(q);
            await page.Locator("#search-q").PressAsync("Enter");
            await Expect(page.Locator("#search-status")).ToContainTextAsync($"‘{q}’");
            return [.. await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
        }
        await page.GotoAsync("/search/");
        var accented = await Search("Tŷ Gwyn");
        Assert.NotEmpty(accented);
        Assert.Equal(accented, await Search("Ty Gwyn"));
        Assert.Equal(accented, await Search("ty gwyn"));

        var typo = await Search("recyling");
        Assert.Contains("/boards/environment-osc/2024-01-17/recycling-contract-options/", typo);
        var suggestion = page.Locator("#search-suggestion");
        await Expect(suggestion).ToHaveTextAsync("Did you mean recycling?");
        await suggestion.GetByRole(AriaRole.Link, new() { Name = "recycling" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/search/?q=recycling");
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("recycling");
        await Expect(suggestion).ToBeHiddenAsync();

        Assert.True((await Search("community centre")).Length > 1);
        Assert.Equal(["/boards/childrens-ppb/2024-03-11/youth-services-review/"], await Search("\"community centre\""));
        await Expect(page.Locator("#search-results mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^([Cc]ommunity|[Cc]entres?)$"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Show_more_only_when_there_is_more_and_filters_replace_the_history_entry()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var more = page.Locator("#search-more");
        var results = page.Locator("#search-results > li");

        await page.GotoAsync("/search/?q=fly-tipping");
        await Expect(results).ToHaveCountAsync(1);
        await Expect(more).ToBeHiddenAsync();

        // "council" is in every paper: ten at first, then the rest, and then no button.
        await page.GotoAsync("/search/?q=council");
        await Expect(results).ToHaveCountAsync(10);
        await Expect(more).ToBeVisibleAsync();
        var pages = 1;
        while (await more.IsVisibleAsync() && pages < 10)
        {
            await more.ClickAsync();
            pages++;
            await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + $"/search/?q=council&page={pages}");
            await Expect(results).Not.ToHaveCountAsync(10 * (pages - 1));
        }
        Assert.True(pages >= 2, "'council' found ten papers or fewer.");
        await Expect(more).ToBeHiddenAsync();

        // A page past the last shows what there is, and the address says so.
        await page.GotoAsync("/search/?q=council&page=9");
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + $"/search/?q=council&page={pages}");
        await Expect(more).ToBeHiddenAsync();

        // Filters replace the history entry; a submitted query adds one.
        await page.GotoAsync("/search/?q=school");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("found");
        var entries = await page.EvaluateAsync<int>("history.length");
        await page.Locator("input[name=board][value=childrens-osc]").CheckAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("board=childrens-osc"));
        await page.Locator("input[name=board][value=childrens-ppb]").CheckAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("board=childrens-osc&board=childrens-ppb"));
        await Expect(page.Locator("#search-filters-summary")).ToHaveTextAsync("Filter results (2 applied)");
        Assert.Equal(entries, await page.EvaluateAsync<int>("history.length"));
        await page.Locator("#search-q").FillAsync("school places");
        await page.Locator("#search-q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"q=school\+places"));
        Assert.Equal(entries + 1, await page.EvaluateAsync<int>("history.length"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_phone_the_first_result_is_on_the_first_screen()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await page.GotoAsync("/");
        await page.Locator("#site-search").FillAsync("recyling");
        await page.Locator("#site-search").PressAsync("Enter");
        var first = page.Locator("#search-results > li").First;
        await Expect(first).ToBeVisibleAsync();
        await Expect(page.Locator("#search-suggestion")).ToBeVisibleAsync();
        var top = await first.EvaluateAsync<double>("li => li.getBoundingClientRect().top");
        Assert.True(top < 640, $"The first result starts {top}px down, below the 640px screen.");
        // Filters wait behind their summary; the box spans the width beside its button.
        await Expect(page.Locator("#search-filters")).Not.ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("input[name=board]").First).ToBeHiddenAsync();
        var box = await page.Locator("#search-q").EvaluateAsync<double>("input => input.getBoundingClientRect().width");
        Assert.True(box >= 180, $"The search box is {box}px wide at 320px.");
        // From the box: the Search button, the filters' summary, "Did you mean", then the first result.
        await page.Locator("#search-q").FocusAsync();
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#search-suggestion a")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(first.GetByRole(AriaRole.Link)).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, int, bool> States => new()
    {
        { "/search/", 320, false }, { "/search/", 1280, false },
        { "/search/?q=school&board=childrens-ppb", 320, false }, { "/search/?q=school&board=childrens-ppb", 1280, false },
        { "/search/?q=recyling", 320, false }, { "/search/?q=xqzvw", 320, false }, { "/search/?q=xqzvw", 1280, false },
        { "/search/?q=school", 320, true },
    };

    [SkippableTheory]
    [MemberData(nameof(States))]
    public async Task Search_page_in_each_state_has_no_wcag_22_aa_violations(string address, int width, bool openFilters)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: width);
        await page.GotoAsync(address);
        await Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        if (openFilters)
        {
            await page.Locator("#search-filters summary").ClickAsync();
            await Expect(page.Locator("input[name=board]").First).ToBeVisibleAsync();
        }
        await AssertNoViolations(page);
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoViolations(IPage page)
    {
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
    }
}
