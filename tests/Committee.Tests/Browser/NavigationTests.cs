using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Browser;

/// <summary>A reader finds papers by clicking through the built demo site, as in a real browser.</summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    private const string Board = "Children, Young People and Families Policy and Performance Board";
    private const string Paper = "Performance monitoring report for Quarter 2 2024/25";

    [SkippableFact]
    public async Task Home_to_board_to_paper_to_next_paper()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var broken = BrokenRequests(page);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Eastmere committee papers");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Board, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/boards/childrens-ppb/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Board);

        await page.GetByRole(AriaRole.Link, new() { Name = Paper, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/boards/childrens-ppb/2024-11-25/quarter-2-performance/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Paper);
        await Expect(page.Locator(".report .govuk-caption-l")).ToHaveTextAsync(Board);

        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Other papers of this board" });
        var next = pager.Locator(".govuk-pagination__next a");
        await Expect(next.Locator(".govuk-pagination__link-title")).ToHaveTextAsync("Next paper");
        await Expect(next.Locator("svg.govuk-pagination__icon--next")).ToBeVisibleAsync();
        var nextTitle = (await next.Locator(".govuk-pagination__link-label").InnerTextAsync()).Trim();
        Assert.NotEqual(Paper, nextTitle);

        await next.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"^https://papers\.eastmere\.example/boards/childrens-ppb/\d{4}-\d{2}-\d{2}/[a-z0-9-]+/$"));
        Assert.NotEqual(BrowserFixture.Origin + "/boards/childrens-ppb/2024-11-25/quarter-2-performance/", page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync(nextTitle);
        await Expect(page.Locator(".report .govuk-caption-l")).ToHaveTextAsync(Board);
        // The way back is there too: the new page's "Previous paper" is the one we came from.
        await Expect(pager.Locator(".govuk-pagination__prev .govuk-pagination__link-label")).ToHaveTextAsync(Paper);

        Assert.True(broken.Count == 0, "Requests that failed:\n" + string.Join("\n", broken));
        Assert.True(scriptErrors.Count == 0, "Script errors:\n" + string.Join("\n", scriptErrors));
        // govuk-frontend's script ran (the page says so on <body>), so its components are live.
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bgovuk-frontend-supported\b"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Quarters_list_papers_grouped_by_board()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Quarters", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/quarters/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Papers by quarter");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Quarters", Exact = true })).ToHaveAttributeAsync("aria-current", "true");

        await page.Locator("main a[href='/quarters/2024-25-q2/']").ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/quarters/2024-25-q2/");
        await Expect(page.Locator("h1")).ToContainTextAsync("2024/25");

        // Each board heading links to its board, and every paper in the list under it is that board's (the quarter's
        // performance indicators follow under a heading of their own).
        var groups = await page.EvaluateAsync<Group[]>("""
            () => [...document.querySelectorAll('main h2')].filter(h => h.id !== 'indicators').map(h => {
              const list = h.nextElementSibling;
              return {
                board: h.querySelector('a')?.getAttribute('href') ?? '',
                papers: list && list.tagName === 'UL' ? [...list.querySelectorAll('a.paper-list__title')].map(a => a.getAttribute('href')) : []
              };
            })
            """);
        Assert.True(groups.Length >= 2, $"Expected papers from at least two boards in 2024/25 Q2, found {groups.Length} group(s).");
        foreach (var group in groups)
        {
            Assert.Matches(@"^/boards/[a-z0-9-]+/$", group.Board);
            Assert.NotEmpty(group.Papers);
            Assert.All(group.Papers, paper => Assert.StartsWith(group.Board, paper));
        }
        Assert.Equal(groups.Length, groups.Select(g => g.Board).Distinct().Count());
        Assert.Contains(groups, g => g.Papers.Contains("/boards/childrens-ppb/2024-11-25/quarter-2-performance/"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Ward_page_shows_borough_wide_papers()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Wards", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/wards/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Papers by ward");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Dockside", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/wards/dockside/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Papers affecting Dockside");

        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Borough-wide papers", Level = 2 });
        await Expect(heading).ToBeVisibleAsync();
        // The list after the heading holds the papers marked "wards: all", such as the Quarter 2 performance report.
        var boroughWide = page.Locator("h2:has-text('Borough-wide papers') ~ ul a.paper-list__title");
        Assert.True(await boroughWide.CountAsync() > 0, "The Borough-wide papers section lists no papers.");
        await Expect(boroughWide.Filter(new() { HasText = Paper })).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Unknown_address_shows_the_not_found_page_with_a_way_on()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/boards/no-such-board/");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        // 404.html is served at any depth, so its links must be root-relative to work from here.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "by board", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/boards/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Boards and committees");
        await page.Context.CloseAsync();
    }

    /// <summary>Collects every request the page made that failed or came back 4xx/5xx (a missing asset, say).</summary>
    internal static List<string> BrokenRequests(IPage page)
    {
        var broken = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) lock (broken) broken.Add($"{response.Status} {response.Url}"); };
        page.RequestFailed += (_, request) => { lock (broken) broken.Add($"failed {request.Url}: {request.Failure}"); };
        return broken;
    }

    private sealed class Group
    {
        public string Board { get; set; } = "";
        public string[] Papers { get; set; } = [];
    }
}
