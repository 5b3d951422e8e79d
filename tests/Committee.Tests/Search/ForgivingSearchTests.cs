using Committee.Tests.Archive;

namespace Committee.Tests.Search;

/// <summary>
/// Search forgives what readers type, run through the browser's search module against the demo build: accents,
/// typing mistakes (with "Did you mean …?"), British and American spellings, words run together, possessives without
/// their apostrophe, quoted phrases, officers' names, and excerpts from the passage that matches best.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class ForgivingSearchTests(ArchiveFixture fixture)
{
    private string PathOf(string file) => fixture.Content.Reports.Single(r => r.File.Replace('\\', '/').EndsWith(file, StringComparison.Ordinal)).Path;

    private const string Youth = "childrens-ppb/2024-03-11-youth-services-review.md";

    [SkippableFact]
    public void Accented_and_plain_spellings_of_a_ward_find_the_same_papers()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "Tŷ Gwyn" }, new { q = "Ty Gwyn" }, new { q = "ty gwyn" }, new { q = "TŶ GWYN" });
        Assert.Contains(PathOf(Youth), results[0].Urls);
        Assert.All(results, r => Assert.Equal(results[0].Urls, r.Urls));
        Assert.All(results, r => Assert.Null(r.Suggestion));
    }

    [SkippableTheory]
    [InlineData("recyling", "recycling", "environment-osc/2024-01-17-recycling-contract-options.md")]
    [InlineData("buget", "budget", "executive-board/2023-11-16-revenue-budget-monitoring.md")]
    [InlineData("attendence", "attendance", "childrens-osc/2025-02-04-school-attendance.md")]
    [InlineData("flod", "flood", "environment-osc/2025-10-08-local-flood-risk-plan.md")]
    [InlineData("flytipping", "fly tipping", "environment-osc/2023-07-05-fly-tipping-enforcement.md")]
    [InlineData("school atendance", "school attendance", "childrens-osc/2025-02-04-school-attendance.md")]
    public void A_misspelt_word_finds_the_word_meant_and_suggests_it(string query, string suggestion, string file)
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var result = NodeSearch.Run(fixture.Output, new { q = query }).Single();
        Assert.Equal(suggestion, result.Suggestion);
        Assert.Contains(PathOf(file), result.Urls.Take(5));
    }

    [SkippableFact]
    public void A_word_the_index_has_is_not_corrected_and_ranks_above_near_spellings()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "flood" }, new { q = "xqzv" });
        Assert.Null(results[0].Suggestion);
        Assert.Equal(PathOf("environment-osc/2025-10-08-local-flood-risk-plan.md"), results[0].Urls[0]);
        Assert.Empty(results[1].Urls);
        Assert.Null(results[1].Suggestion);
    }

    [SkippableFact]
    public void British_and_American_spellings_and_possessives_without_apostrophes_find_the_same_papers()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "licensing" }, new { q = "licencing" }, new { q = "school organization" }, new { q = "St Anne's" }, new { q = "St Annes" });
        Assert.Equal(results[0].Urls, results[1].Urls);
        Assert.Null(results[1].Suggestion);
        Assert.Equal(PathOf("childrens-ppb/2023-09-18-primary-school-places.md"), results[2].Urls[0]);
        Assert.Equal(results[3].Urls, results[4].Urls);
        Assert.Contains(PathOf("childrens-osc/2025-02-04-school-attendance.md"), results[4].Urls);
    }

    [SkippableFact]
    public void A_quoted_phrase_finds_only_papers_with_its_words_together()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "community centre" }, new { q = "\"community centre\"" }, new { q = "\"centre community\"" }, new { q = "“Tŷ Gwyn Community Centre”" });
        Assert.True(results[0].Urls.Count > 1, "Both words appear apart in several papers.");
        Assert.Equal([PathOf(Youth)], results[1].Urls);
        Assert.Empty(results[2].Urls);
        Assert.Equal([PathOf(Youth)], results[3].Urls);
    }

    [SkippableFact]
    public void Officers_contacts_and_portfolios_are_searchable()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var results = NodeSearch.Run(fixture.Output, new { q = "Siddiqui" }, new { q = "Carys Morgan" }, new { q = "Section 151 Officer" });
        Assert.Contains(PathOf("safer-ppb/2023-10-10-cctv-network-upgrade.md"), results[0].Urls);
        Assert.Equal(PathOf(Youth), results[1].Urls[0]);
        Assert.Contains(PathOf("executive-board/2023-11-16-capital-programme-monitoring.md"), results[2].Urls);
    }

    [SkippableFact]
    public void The_excerpt_is_the_passage_with_most_of_the_words_and_marks_them_all()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var result = NodeSearch.Run(fixture.Output, new { q = "youth wing community centre" }).Single();
        var marked = result.Excerpt.Where(p => p.Mark).Select(p => p.Text.ToLowerInvariant()).ToHashSet();
        Assert.Superset(new HashSet<string> { "youth", "wing", "community", "centre" }, marked);
    }
}
