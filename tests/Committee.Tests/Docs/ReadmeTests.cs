using Committee.Diagnostics;
using Committee.Parse;
using Committee.Tests.Support;

namespace Committee.Tests.Docs;

/// <summary>Keeps the README's rule table and field table from drifting away from the code.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "README.md"));

    public static TheoryData<string> RuleIds() => [.. Committee.Diagnostics.Rules.All.Where(r => r != Committee.Diagnostics.Rules.PathNotFound).Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_in_the_readme_rule_table(string id) =>
        Assert.Contains($"| `{id}` |", Readme);

    [Fact]
    public void Every_front_matter_field_is_documented()
    {
        foreach (var field in FrontMatterFields.Known) Assert.Contains($"`{field}`", Readme);
    }

    [Fact]
    public void The_readme_gives_the_two_setup_commands()
    {
        Assert.Contains("dotnet run --project generator -- build", Readme);
        Assert.Contains("dotnet test", Readme);
    }
}
