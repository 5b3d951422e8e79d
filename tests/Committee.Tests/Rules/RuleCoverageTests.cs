using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>Keeps the catalogue and its tests together: a rule added to Rules.cs must be pinned in this folder.</summary>
public class RuleCoverageTests
{
    /// <summary>Rules about the settings and the command line, not about a paper; tested with those.</summary>
    private static readonly string[] NotAboutPapers = ["settings", "setting-required", "path-not-found"];

    /// <summary>Rules no paper can trigger today (none at present).</summary>
    private static readonly string[] Unreachable = [];

    [Fact]
    public void Every_rule_about_papers_is_named_in_a_test_in_this_folder()
    {
        var folder = Path.Combine(TestSite.RepoRoot, "tests", "Committee.Tests", "Rules");
        var sources = string.Concat(Directory.EnumerateFiles(folder, "*RuleTests.cs").Select(File.ReadAllText));
        var unpinned = Committee.Diagnostics.Rules.All
            .Select(r => r.Id)
            .Except(NotAboutPapers)
            .Except(Unreachable)
            .Where(id => !sources.Contains($"\"{id}\"", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(unpinned);
    }

    [Fact]
    public void The_rules_left_out_are_still_in_the_catalogue()
    {
        var ids = Committee.Diagnostics.Rules.All.Select(r => r.Id).ToHashSet();
        Assert.All(NotAboutPapers.Concat(Unreachable), id => Assert.Contains(id, ids));
    }
}
