using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Browser;

/// <summary>The site with JavaScript switched off, and full-page screenshots for a person to look at.</summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class NoScriptAndScreenshotTests(BrowserFixture browser)
{
    private const string Board = "Children, Young People and Families Policy and Performance Board";
    private const string Paper = "Performance monitoring report for Quarter 2 2024/25";

    [SkippableFact]
    public async Task The_header_search_keeps_the_words_with_or_without_javascript()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        // Without JavaScript: to the council's own site search (site.yml's search_fallback_url), with the words.
        var plain = await browser.NewPageAsync(javaScript: false);
        await plain.GotoAsync("/boards/");
        await plain.Locator("#site-search").FillAsync("recycling contract");
        var sent = plain.WaitForRequestAsync(r => r.Url.StartsWith("https://www.eastmere.example/search", StringComparison.Ordinal));
        await plain.Locator(".council-header__search-button").ClickAsync();
        Assert.Equal("https://www.eastmere.example/search?q=recycling+contract", (await sent).Url);

        // With JavaScript: this site's search page, with the words in the box.
        var scripted = await browser.NewPageAsync();
        await scripted.GotoAsync("/boards/");
        await scripted.Locator("#site-search").FillAsync("recycling contract");
        await scripted.Locator(".council-header__search-button").ClickAsync();
        await Expect(scripted).ToHaveURLAsync(BrowserFixture.Origin + "/search/?q=recycling+contract");
        await Expect(scripted.Locator("#search-q")).ToHaveValueAsync("recycling contract");
    }

    [SkippableFact]
    public async Task Journey_and_contents_links_work_without_javascript()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");

        // The layout's inline script adds "js-enabled" to <body>; its absence proves scripts really are off.
        await Expect(page.Locator("body")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("js-enabled"));

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Board, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/boards/childrens-ppb/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Board);

        await page.GetByRole(AriaRole.Link, new() { Name = Paper, Exact = true }).ClickAsync();
        var reportUrl = BrowserFixture.Origin + "/boards/childrens-ppb/2024-11-25/quarter-2-performance/";
        await Expect(page).ToHaveURLAsync(reportUrl);
        await Expect(page.Locator("h1")).ToHaveTextAsync(Paper);

        // The contents list starts closed (so a phone shows the paper first); without JavaScript it opens with a click.
        await page.Locator(".report__contents summary").ClickAsync();
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" }).GetByRole(AriaRole.Link);
        var count = await contents.CountAsync();
        Assert.True(count >= 5, $"Expected the report's contents list to have several entries, found {count}.");
        foreach (var index in new[] { count - 1, 2, 0 })
        {
            var link = contents.Nth(index);
            var href = await link.GetAttributeAsync("href");
            Assert.NotNull(href);
            Assert.StartsWith("#", href);
            var title = (await link.InnerTextAsync()).Trim();

            await link.ClickAsync();
            await Expect(page).ToHaveURLAsync(reportUrl + href);
            var target = page.Locator($"[id='{href[1..]}']");
            await Expect(target).ToHaveCountAsync(1);
            // The target is the section's heading, with the entry's words, and the jump brought it into view.
            Assert.Matches("^h[2-4]$", await target.EvaluateAsync<string>("e => e.tagName.toLowerCase()"));
            await Expect(target).ToHaveTextAsync(title);
            await Expect(target).ToBeInViewportAsync();
        }
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Screenshots_of_the_main_pages()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var shots = new (string Name, string Path, int Width)[]
        {
            ("home-1280", "/", 1280),
            ("board-1280", "/boards/childrens-ppb/", 1280),
            ("quarter-1280", "/quarters/2024-25-q2/", 1280),
            ("report-1280", "/boards/childrens-ppb/2024-11-25/quarter-2-performance/", 1280),
            ("report-320", "/boards/childrens-ppb/2024-11-25/quarter-2-performance/", 320),
        };
        foreach (var (name, path, width) in shots)
        {
            var page = await browser.NewPageAsync(width: width, height: 800);
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            // Stylesheets applied: the council header is the brand colour, not an unstyled white strip.
            await Expect(page.Locator(".council-header")).ToHaveCSSAsync("background-color", "rgb(11, 94, 94)");

            var file = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
            File.Delete(file);
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Type = ScreenshotType.Png });
            Assert.True(File.Exists(file), $"{file} was not written.");
            // A full page is taller than the window: the header, main content and footer all made it in.
            var height = ReadPngHeight(png);
            var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            Assert.True(height >= 800 && height == pageHeight, $"{name}: screenshot is {height}px tall, page is {pageHeight}px.");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The height in the PNG's IHDR chunk (big-endian at byte 20).</summary>
    private static int ReadPngHeight(byte[] png) => (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
}
