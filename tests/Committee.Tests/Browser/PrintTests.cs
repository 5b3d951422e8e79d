using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Committee.Tests.Browser;

/// <summary>
/// A paper and an agenda pack printed to PDF on A4 by Chromium, read back with PdfPig: the cover, the running header,
/// "Page N of M" and full link addresses; and the print styles measured in the browser.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    private const string Paper = "/boards/childrens-ppb/2024-11-25/quarter-2-performance/";
    private const string Pack = "/boards/executive-board/2024-09-19/pack/";

    /// <summary>Each page's words, in reading order, joined by spaces.</summary>
    private async Task<List<string>> PrintAsync(string path, string screenshot)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        // A screenshot of the page as printed, for a person to look at (TestResults/screenshots).
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, screenshot), FullPage = true });
        await page.Context.CloseAsync();

        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), p =>
        {
            // A4 is 595 × 842 points.
            Assert.InRange(p.Width, 594, 596);
            Assert.InRange(p.Height, 841, 843);
        });
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    [SkippableFact]
    public async Task A_paper_prints_on_A4_with_its_cover_running_header_page_numbers_and_full_link_addresses()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var pages = await PrintAsync(Paper, "print-paper.png");
        Assert.True(pages.Count >= 2, $"Expected a paper of several pages, got {pages.Count}.");

        var cover = pages[0];
        foreach (var field in new[]
                 {
                     "REPORT TO: Children, Young People and Families Policy and Performance Board", "DATE: 25 November 2024",
                     "REPORTING OFFICER: Strategic Director, People", "PORTFOLIO: Children and Young People",
                     "SUBJECT: Performance monitoring report for Quarter 2 2024/25", "WARDS: Borough-wide", "AGENDA ITEM: 4", "EXEMPT STATUS: Public",
                 })
        {
            Assert.Contains(field, cover);
        }
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.StartsWith("Eastmere Borough Council Agenda item 4", pages[i]);
            Assert.EndsWith($"Page {i + 1} of {pages.Count}", pages[i]);
        }
        var all = string.Join(" ", pages);
        // A link to an attachment, written out from base_url; no bare paths, and no navigation.
        Assert.Contains("(https://papers.eastmere.example/boards/childrens-ppb/2024-11-25/quarter-2-performance/key-", all);
        Assert.DoesNotContain("(/", all);
        Assert.DoesNotContain("Skip to main content", all);
        Assert.DoesNotContain("Previous paper", all);
    }

    [SkippableFact]
    public async Task An_agenda_pack_prints_the_agenda_then_each_public_paper_from_a_new_page()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var pages = await PrintAsync(Pack, "print-pack.png");
        Assert.Contains("Agenda pack: meeting of 19 September 2024", pages[0]);
        Assert.Contains("1. Apologies for absence", pages[0]);
        Assert.Contains("Part 2: not open to the press and public", pages[0]);
        Assert.DoesNotContain("REPORT TO", pages[0]);
        // The public paper starts on page 2 with its cover; the exempt one is on the agenda only.
        Assert.Contains("REPORT TO: Executive Board", pages[1]);
        Assert.Contains("AGENDA ITEM: 7", pages[1]);
        Assert.Single(pages, p => p.Contains("REPORT TO:", StringComparison.Ordinal));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.StartsWith("Eastmere Borough Council Executive, 19 September 2024", pages[i]);
            Assert.EndsWith($"Page {i + 1} of {pages.Count}", pages[i]);
        }
        var all = string.Join(" ", pages);
        Assert.Contains("(https://papers.eastmere.example/boards/executive-board/2024-09-19/town-centre-regeneration-phase-2/appendix-a-site-plan.pdf)", all.Replace(" ", ""));
        Assert.DoesNotContain("Land values and offers in", all);
    }

    [SkippableFact]
    public async Task Printed_headings_are_larger_than_the_text_and_tables_fit_the_page()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Paper);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var sizes = await page.EvaluateAsync<double[]>("""
            () => ['.report__body h2', '.report__body h3', '.report__body p', '.report__body li']
              .map(s => document.querySelector(s)).map(e => e ? parseFloat(getComputedStyle(e).fontSize) : 0)
            """);
        Assert.True(sizes[2] > 0 && sizes[0] > sizes[2] && sizes[0] > sizes[3], $"h2 {sizes[0]}px, p {sizes[2]}px, li {sizes[3]}px");
        if (sizes[1] > 0) Assert.True(sizes[1] > sizes[2], $"h3 {sizes[1]}px, p {sizes[2]}px");
        // Every table is within the body's width: nothing is cut off at the page's edge.
        var overflow = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.report__body table')].map(t => t.getBoundingClientRect().right - document.querySelector('.report__body').getBoundingClientRect().right)
            """);
        Assert.NotEmpty(overflow);
        Assert.All(overflow, o => Assert.True(o <= 1, $"A table sticks out {o}px past the text."));
        await page.Context.CloseAsync();
    }
}
