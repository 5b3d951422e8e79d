using System.Globalization;
using Committee.Tests.Archive;
using Committee.Tests.Support;
using Xunit.Abstractions;

namespace Committee.Tests.Search;

/// <summary>
/// Judged relevance: the queries in judged-queries.txt, each with the papers a person would expect in the first five
/// results, run through the browser's own search module against the demo build. Reports recall at 5 (the share of the
/// expected papers in the first five, or of the first five places when more are expected) and the mean reciprocal
/// rank of the first expected paper, and fails when either falls below the figures in docs/search.md.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class JudgedRelevanceTests(ArchiveFixture fixture, ITestOutputHelper output)
{
    /// <summary>The figures search reached when the queries were judged (docs/search.md, 'Judged relevance').</summary>
    private const double RecallAt5 = 0.985;
    private const double MeanReciprocalRank = 0.995;

    private static List<(string Query, List<string> Files)> Judged() =>
        [.. File.ReadLines(Path.Combine(TestSite.RepoRoot, "tests", "Committee.Tests", "Search", "judged-queries.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(" => "))
            .Select(parts => (parts[0], parts[1].Split(", ").Select(f => f.Trim()).ToList()))];

    [SkippableFact]
    public void Judged_queries_find_the_papers_a_person_expects()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed.");
        var judged = Judged();
        Assert.True(judged.Count >= 40, $"Only {judged.Count} judged queries.");
        var paths = fixture.Content.Reports.ToDictionary(r => r.File.Replace('\\', '/')[..^3].Split("reports/")[^1], r => r.Path);
        var results = NodeSearch.Run(fixture.Output, [.. judged.Select(j => (object)new { q = j.Query })]);
        double recall = 0, reciprocal = 0;
        var misses = new List<string>();
        for (var i = 0; i < judged.Count; i++)
        {
            var expected = judged[i].Files.Select(f => paths.TryGetValue(f, out var path) ? path : throw new InvalidOperationException($"'{f}' in judged-queries.txt is not a demo paper.")).ToList();
            var top = results[i].Urls.Take(5).ToList();
            var found = expected.Count(top.Contains);
            recall += (double)found / Math.Min(5, expected.Count);
            var rank = results[i].Urls.FindIndex(expected.Contains);
            reciprocal += rank < 0 ? 0 : 1.0 / (rank + 1);
            if (found < Math.Min(5, expected.Count) || rank != 0) misses.Add($"  {judged[i].Query}: {found} of {expected.Count} in the first five, first expected at {(rank < 0 ? "none" : (rank + 1).ToString(CultureInfo.InvariantCulture))}");
        }
        recall /= judged.Count;
        reciprocal /= judged.Count;
        output.WriteLine($"{judged.Count} judged queries: recall@5 {recall:F3}, MRR {reciprocal:F3}");
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.True(recall >= RecallAt5 && reciprocal >= MeanReciprocalRank,
            $"recall@5 {recall:F3} (at least {RecallAt5}), MRR {reciprocal:F3} (at least {MeanReciprocalRank}):\n{string.Join("\n", misses)}");
    }
}
