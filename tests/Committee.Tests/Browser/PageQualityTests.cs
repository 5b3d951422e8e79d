using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Browser;

/// <summary>Reflow at 320 CSS pixels (WCAG 1.4.10) and an axe-core check against WCAG 2.2 AA, page by page.</summary>
[Trait("Category", "Slow")]
[Collection(BrowserPagesCollection.Name)]
public sealed class PageQualityTests(BrowserFixture browser)
{
    public static TheoryData<string> ReflowPages => new()
    {
        "/",
        "/boards/childrens-ppb/",
        "/quarters/2024-25-q2/",
        "/wards/dockside/",
        "/boards/childrens-ppb/2024-11-25/quarter-2-performance/", // has a wide table
        "/boards/executive-board/2024-09-19/", // a meeting file's details, agenda, Part 2 and minutes
        "/meetings/",
        "/boards/environment-osc/2025-10-08/", // a supplementary item 5a
        "/boards/safer-ppb/2024-01-23/statement-of-licensing-policy/", // a withdrawn paper's notice
        "/accessibility/",
        "/boards/executive-board/2024-09-19/pack/", // an agenda pack, with a wide table
        "/indicators/",
        "/indicators/ehcp-within-20-weeks/", // the trend chart and its table
    };

    public static TheoryData<string, int> AxePages => new()
    {
        { "/", 1280 },
        { "/boards/", 1280 },
        { "/boards/childrens-ppb/", 1280 },
        { "/boards/childrens-ppb/2024-11-25/", 1280 },
        { "/quarters/2024-25-q2/", 1280 },
        { "/wards/dockside/", 1280 },
        { "/boards/childrens-ppb/2024-11-25/quarter-2-performance/", 1280 },
        { "/boards/childrens-ppb/2024-11-25/quarter-2-performance/", 320 }, // the table scrolls in its box: keyboard users must reach it
        { "/boards/executive-board/2024-09-19/proposed-land-acquisition/", 1280 }, // the exempt notice
        { "/boards/executive-board/2024-09-19/town-centre-regeneration-phase-2/", 1280 }, // attachments, one exempt
        { "/boards/executive-board/2024-09-19/", 1280 }, // a meeting file's details, agenda, Part 2 and minutes
        { "/boards/childrens-osc/2024-09-17/", 1280 }, // a cancelled meeting's warning
        { "/meetings/", 1280 },
        { "/meetings/", 320 },
        { "/boards/safer-ppb/2024-01-23/", 1280 }, // a withdrawn paper on the agenda
        { "/boards/childrens-osc/2025-02-04/", 320 }, // a deferred paper, minutes with decisions
        { "/boards/environment-osc/2025-10-08/", 1280 }, // a supplementary item 5a
        { "/boards/childrens-ppb/2027-01-25/", 320 }, // a postponed meeting
        { "/boards/safer-ppb/2024-01-23/statement-of-licensing-policy/", 1280 }, // a withdrawn paper's notice
        { "/boards/safer-ppb/2024-01-23/statement-of-licensing-policy/", 320 },
        { "/boards/childrens-osc/2025-02-04/school-attendance/", 1280 }, // a deferred paper's notice
        { "/boards/environment-osc/2025-10-08/local-flood-risk-plan/", 1280 }, // a supplementary paper
        { "/accessibility/", 1280 },
        { "/accessibility/", 320 },
        { "/privacy/", 1280 },
        { "/privacy/", 320 },
        { "/boards/executive-board/2024-09-19/pack/", 1280 },
        { "/boards/executive-board/2024-09-19/pack/", 320 },
        { "/indicators/", 1280 },
        { "/indicators/", 320 },
        { "/indicators/ehcp-within-20-weeks/", 1280 }, // the trend chart (an inline SVG) and its table
        { "/indicators/ehcp-within-20-weeks/", 320 },
        { "/indicators/marac-repeat-cases/", 1280 }, // a target that is a range
        { "/quarters/2024-25-q2/", 320 }, // the quarter's indicators
        { "/boards/safer-ppb/2024-01-23/quarter-3-performance/", 320 }, // badges and direction arrows in a paper's table
    };

    [SkippableTheory]
    [MemberData(nameof(ReflowPages))]
    public async Task Page_reflows_at_320_css_pixels_without_horizontal_scrolling(string path)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: 320, height: 640);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.Equal(320, widths[1]);
        if (widths[0] > widths[1])
        {
            // Name the elements that stick out, so a failure says what to fix.
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                  .slice(0, 15)
                  .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
                """);
            Assert.Fail($"{path} scrolls sideways at 320px: scrollWidth {widths[0]} > innerWidth {widths[1]}. Wider than the viewport:\n" + string.Join("\n", culprits));
        }

        if (path.EndsWith("/quarter-2-performance/", StringComparison.Ordinal))
        {
            // The wide table keeps its columns and scrolls inside its own box, which keyboard users can focus.
            var box = page.Locator(".report__body .report__table").First;
            await Expect(box).ToHaveAttributeAsync("tabindex", "0");
            var sizes = await box.EvaluateAsync<int[]>("b => [b.scrollWidth, b.clientWidth, Math.round(b.getBoundingClientRect().right)]");
            Assert.True(sizes[2] <= 320, $"The table's box ends at {sizes[2]}px, beyond the 320px viewport.");
            Assert.True(sizes[0] > sizes[1], $"Expected the table to scroll inside its box at 320px (scrollWidth {sizes[0]}, clientWidth {sizes[1]}).");
            await Expect(box.Locator("table")).ToHaveCSSAsync("display", "table");
        }
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(AxePages))]
    public async Task Page_has_no_wcag_22_aa_violations(string path, int width)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(width: width);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);

        await AxeCheck.AssertNoViolationsAsync(page, path, width);
        await page.Context.CloseAsync();
    }
}
