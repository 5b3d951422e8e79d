using Committee.Tests.Archive;

namespace Committee.Tests.Search;

/// <summary>
/// The browser's search module itself (site-src/assets/search.js), run under Node against the demo build's index:
/// the paper a query is about comes first, and exempt or draft words find nothing.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class RelevanceTests(ArchiveFixture fixture)
{
    public static TheoryData<string, string> Expected => new()
    {
        { "fly-tipping", "environment-osc/2023-07-05-fly-tipping-enforcement.md" },
        { "fly tipping", "environment-osc/2023-07-05-fly-tipping-enforcement.md" },
        { "school places", "childrens-ppb/2023-09-18-primary-school-places.md" },
        { "CCTV", "safer-ppb/2023-10-10-cctv-network-upgrade.md" },
        { "cctv cameras", "safer-ppb/2023-10-10-cctv-network-upgrade.md" },
        { "domestic abuse", "safer-ppb/2024-06-11-domestic-abuse-strategy.md" },
        { "flood", "environment-osc/2025-10-08-local-flood-risk-plan.md" },
        { "flooding", "environment-osc/2025-10-08-local-flood-risk-plan.md" },
        { "recycling contract options", "environment-osc/2024-01-17-recycling-contract-options.md" },
        { "licensing policy", "safer-ppb/2024-01-23-statement-of-licensing-policy.md" },
        { "school attendance", "childrens-osc/2025-02-04-school-attendance.md" },
        { "youth services", "childrens-ppb/2024-03-11-youth-services-review.md" },
        { "highways", "environment-osc/2024-10-16-highways-maintenance-programme.md" },
        { "medium term financial strategy", "executive-board/2025-02-13-budget-and-medium-term-financial-strategy.md" },
        { "capital programme", "executive-board/2023-11-16-capital-programme-monitoring.md" },
    };

    private string PathOf(string file) => fixture.Content.Reports.Single(r => r.File.Replace('\\', '/').EndsWith(file, StringComparison.Ordinal)).Path;

    [SkippableTheory]
    [MemberData(nameof(Expected))]
    public void The_paper_a_query_is_about_comes_first(string query, string file)
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var result = NodeSearch.Run(fixture.Output, new { q = query }).Single();
        Assert.True(result.Urls.Count > 0, $"'{query}' found nothing.");
        Assert.Equal(PathOf(file), result.Urls[0]);
    }

    [SkippableFact]
    public void The_last_word_matches_as_a_prefix_and_excerpts_mark_the_words()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "fly-tip" }, new { q = "Fly-Tipping" }, new { q = "CAFÉ" });
        Assert.Equal(PathOf("environment-osc/2023-07-05-fly-tipping-enforcement.md"), results[0].Urls[0]);
        Assert.Equal(results[0].Urls[0], results[1].Urls[0]);
        Assert.Contains(results[1].Excerpt, p => p.Mark && p.Text.Equals("tipping", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("tipping", results[1].Marks);
    }

    [SkippableFact]
    public void Filters_narrow_the_results_and_count_each_value()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output,
            new { q = "school" },
            new { q = "school", board = new[] { "childrens-osc" } },
            new { q = "school", year = new[] { "2023/24" } },
            new { q = "", board = new[] { "safer-ppb" }, sort = "date" });
        var all = results[0];
        Assert.Equal(all.Counts["board"]["childrens-osc"], results[1].Urls.Count);
        Assert.All(results[1].Urls, u => Assert.StartsWith("boards/childrens-osc/", u));
        Assert.Equal(all.Counts["year"]["2023/24"], results[2].Urls.Count);
        Assert.True(results[2].Urls.Count < all.Urls.Count);
        var safer = fixture.Content.PublicFinal.Where(r => r.Board == "safer-ppb").Select(r => (r.Date, r.Path))
            .Concat(fixture.Content.Minutes.Where(m => m.Board == "safer-ppb").Select(m => (m.Date, m.Path)))
            .OrderByDescending(r => r.Date).Select(r => r.Path).ToList();
        Assert.Equal(safer.Count, results[3].Urls.Count);
        Assert.Equal(safer[0], results[3].Urls[0]);
    }

    [SkippableFact]
    public void Words_only_in_the_exempt_or_the_draft_paper_find_nothing()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "Marlowe" }, new { q = "Calder" }, new { q = "PSPO" }, new { q = "Westbury Recreation Ground" });
        Assert.All(results, r => Assert.Empty(r.Urls));
        var drafts = NodeSearch.Run(fixture.Drafts, new { q = "PSPO" }).Single();
        Assert.Equal(PathOf("safer-ppb/2025-09-09-anti-social-behaviour-pspo.md"), drafts.Urls[0]);
    }
}
