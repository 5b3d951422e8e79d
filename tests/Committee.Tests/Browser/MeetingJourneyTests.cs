using System.Text.RegularExpressions;
using Committee.Tests.Build;
using Committee.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Committee.Tests.Browser;

/// <summary>
/// A member of the public follows a meeting in a real browser: before it, from the home page to its time, venue and
/// agenda and a paper's appendix; after it, to its minutes and decisions. The site is the demo, built as it stood a week
/// before the Executive Board of 19 September 2024 (its meeting file without minutes) and again the day after.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class MeetingJourneyTests(BrowserFixture browser)
{
    private const string MeetingFile = "content/meetings/executive-board/2024-09-19.md";
    private const string Meeting = "Executive Board, 19 September 2024";
    private const string Paper = "Town centre and docks regeneration scheme: approval of phase 2";

    [SkippableFact]
    public async Task Before_the_meeting_its_agenda_and_appendix_and_after_it_the_minutes_and_decisions()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var held = File.ReadAllText(Path.Combine(site.Root, MeetingFile));
        var scheduled = held[..held.IndexOf("## Minutes", StringComparison.Ordinal)].Replace("status: held\n", "status: scheduled\n");
        site.Write(MeetingFile, scheduled);
        // The site as it stood then: later meetings' files (some with minutes) were not yet written.
        foreach (var later in Directory.EnumerateFiles(Path.Combine(site.Content, "meetings"), "*.md", SearchOption.AllDirectories)
            .Where(f => string.CompareOrdinal(Path.GetFileNameWithoutExtension(f), "2024-09-19") > 0).ToList())
        {
            File.Delete(later);
        }
        site.BuildOk("--build-date", "2024-09-12");

        var page = await browser.NewPageAsync(siteFolder: site.Output);
        await page.GotoAsync("/");
        var forthcoming = page.Locator(".meeting-list").First;
        await forthcoming.GetByRole(AriaRole.Link, new() { Name = Meeting }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/boards/executive-board/2024-09-19/");
        var details = page.Locator(".meeting-details");
        await Expect(details).ToContainTextAsync("6.30pm");
        await Expect(details).ToContainTextAsync("Council Chamber, Eastmere Town Hall");
        await Expect(details).ToContainTextAsync("Scheduled");
        var agenda = page.Locator(".agenda-list").First;
        await Expect(agenda).ToContainTextAsync("Apologies for absence");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Minutes and decisions" })).ToHaveCountAsync(0);
        foreach (var width in new[] { 320, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await AxeCheck.AssertNoViolationsAsync(page, "/boards/executive-board/2024-09-19/ (before the meeting)", width);
        }

        await agenda.GetByRole(AriaRole.Link, new() { Name = Paper }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Paper);
        var appendix = page.Locator("#report-attachments").GetByRole(AriaRole.Link, new() { Name = "Appendix A: Phase 2 site plan" });
        var href = await appendix.GetAttributeAsync("href");
        Assert.Equal("appendix-a-site-plan.pdf", href); // beside the paper: /boards/executive-board/2024-09-19/town-centre-regeneration-phase-2/
        // Headless Chromium has no PDF viewer, so the click downloads the file: the council's appendix, byte for byte.
        var download = await page.RunAndWaitForDownloadAsync(() => appendix.ClickAsync());
        Assert.Equal(BrowserFixture.Origin + "/boards/executive-board/2024-09-19/town-centre-regeneration-phase-2/appendix-a-site-plan.pdf", download.Url);
        var source = Path.Combine(site.Content, "reports/executive-board/2024-09-19-town-centre-regeneration-phase-2/appendix-a-site-plan.pdf");
        Assert.Equal(await File.ReadAllBytesAsync(source), await File.ReadAllBytesAsync((await download.PathAsync())!));
        await page.Context.CloseAsync();

        // The meeting is held, its minutes added, and the site built the next day.
        site.Write(MeetingFile, held);
        site.BuildOk("--build-date", "2024-09-20");
        page = await browser.NewPageAsync(width: 320, siteFolder: site.Output);
        await page.GotoAsync("/");
        // On a phone the menu is folded away behind its button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Meetings" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/meetings/");
        await page.GetByRole(AriaRole.Link, new() { Name = Meeting }).ClickAsync();
        await Expect(page.Locator(".meeting-details")).ToContainTextAsync("Held");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Minutes and decisions" })).ToBeVisibleAsync();
        await Expect(page.Locator(".minute").Filter(new() { HasText = "approves the phase 2 delivery programme" })).ToHaveCountAsync(1);
        await AxeCheck.AssertNoViolationsAsync(page, "/boards/executive-board/2024-09-19/ (after the meeting)", 320);

        // The same decisions are open data.
        var csv = await page.EvaluateAsync<string>("async () => (await fetch('/decisions.csv')).text()");
        Assert.Contains("executive-board,Executive Board,2024-09-19,", csv);
        Assert.Contains("approves the phase 2 delivery programme", csv);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_moved_papers_old_address_takes_the_reader_to_its_page()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        foreach (var javaScript in new[] { true, false })
        {
            var page = await browser.NewPageAsync(javaScript: javaScript);
            await page.GotoAsync("/boards/environment-osc/2025-10-08/town-centre-regeneration-progress/");
            await Expect(page).ToHaveURLAsync(BrowserFixture.Origin + "/boards/environment-osc/2025-11-05/town-centre-regeneration-progress/");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Eastmere town centre and docks regeneration: progress update");
            await page.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Withdrawn_deferred_and_supplementary_papers_are_marked_on_their_meeting_pages()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/boards/safer-ppb/2024-01-23/");
        await Expect(page.Locator(".agenda-list__item").Filter(new() { HasText = "Statement of licensing policy" }).Locator(".govuk-tag")).ToHaveTextAsync("Withdrawn");
        await page.GotoAsync("/boards/childrens-osc/2025-02-04/");
        await Expect(page.Locator(".agenda-list__item").Filter(new() { HasText = "school attendance" }).Locator(".govuk-tag")).ToHaveTextAsync("Deferred");
        await page.GotoAsync("/boards/environment-osc/2025-10-08/");
        var late = page.Locator(".agenda-list__item").Filter(new() { HasText = "flood risk" });
        await Expect(late.Locator(".agenda-list__number")).ToHaveTextAsync("5a.");
        await Expect(late.Locator(".govuk-tag")).ToHaveTextAsync("Supplementary");
        await page.GotoAsync("/boards/safer-ppb/2024-01-23/statement-of-licensing-policy/");
        await Expect(page.Locator(".report__status")).ToContainTextAsync(new Regex("withdrawn.*evidence for the cumulative impact assessment", RegexOptions.Singleline));
        await page.Context.CloseAsync();
    }
}
