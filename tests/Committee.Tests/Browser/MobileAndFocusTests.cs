using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Browser;

/// <summary>
/// A paper on a 320-pixel phone: it starts within two screens, its wide table says it scrolls and is named after its
/// heading; and the header's council name shows GOV.UK's yellow focus state.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class MobileAndFocusTests(BrowserFixture browser)
{
    private const string Paper = "/boards/childrens-ppb/2024-11-25/quarter-2-performance/";

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_paper_starts_within_two_screens(bool javaScript)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: 320, height: 640, javaScript: javaScript);
        await page.GotoAsync(Paper);
        var top = await page.Locator(".report__body").EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
        var parts = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('header, .govuk-service-navigation, .govuk-breadcrumbs, main, .report > *, .report__details > div')]
              .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().top + scrollY)}+${Math.round(e.getBoundingClientRect().height)}`)
            """);
        Assert.True(top <= 2 * 640, $"The paper's text starts {top}px down, more than two 640px screens:\n" + string.Join("\n", parts));
        // The contents are a click away.
        await Expect(page.Locator(".report__contents-details")).Not.ToHaveAttributeAsync("open", "");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_wide_screen_the_contents_are_open()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: 1280);
        await page.GotoAsync(Paper);
        await Expect(page.Locator(".report__contents-details")).ToHaveAttributeAsync("open", "");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" }).GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(320, true)]
    [InlineData(1280, false)]
    public async Task A_wide_table_is_a_region_named_after_its_heading_with_a_scroll_cue_on_a_phone(int width, bool cue)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: width);
        await page.GotoAsync(Paper);
        var region = page.GetByRole(AriaRole.Region, new() { Name = "3.0 Supporting information: table", Exact = true });
        await Expect(region).ToHaveCountAsync(1);
        await Expect(region.Locator("table")).ToHaveCountAsync(1);
        var scrollCue = page.Locator(".table-cue").First;
        await Expect(scrollCue).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Scroll sideways to see the whole table"));
        if (cue) await Expect(scrollCue).ToBeVisibleAsync();
        else await Expect(scrollCue).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_council_name_in_the_header_focuses_in_govuk_yellow()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/boards/");
        await page.Keyboard.PressAsync("Tab"); // the skip link
        await page.Keyboard.PressAsync("Tab"); // the council's name
        var name = page.Locator(".council-header__name");
        await Expect(name).ToBeFocusedAsync();
        await Expect(name).ToHaveCSSAsync("background-color", "rgb(255, 221, 0)");
        await Expect(name).ToHaveCSSAsync("color", "rgb(11, 12, 12)");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Each_board_in_the_boards_list_has_the_same_space_above_and_below()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/boards/");
        // From the rule above (the previous board's, or the list's top) to the board's name, and from its last line to the rule below.
        var gaps = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.board-list__item')].map((item, i, all) => {
              const above = i === 0 ? item.parentElement.getBoundingClientRect().top : all[i - 1].getBoundingClientRect().bottom;
              const first = item.firstElementChild.getBoundingClientRect(), last = item.lastElementChild.getBoundingClientRect();
              return [first.top - above, item.getBoundingClientRect().bottom - last.bottom];
            })
            """);
        Assert.True(gaps.Length >= 2);
        Assert.All(gaps, g => Assert.Equal(g[0], g[1], 1.0));
        Assert.All(gaps, g => Assert.Equal(gaps[0][0], g[0], 1.0));
        await page.Context.CloseAsync();
    }
}
