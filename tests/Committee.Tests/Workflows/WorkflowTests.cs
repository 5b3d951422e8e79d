using System.Text.RegularExpressions;
using Committee.Cli;
using Committee.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Committee.Tests.Workflows;

/// <summary>
/// The GitHub workflows parse as YAML, pin every action to a version, keep permissions least-privilege,
/// and call only committee commands and options that exist.
/// </summary>
public partial class WorkflowTests
{
    private static readonly string Folder = Path.Combine(TestSite.RepoRoot, ".github", "workflows");

    private static List<string> Names() => [.. Directory.EnumerateFiles(Folder, "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Workflows() => [.. Names()];

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("steps"))
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

    [Fact]
    public void There_is_a_pull_request_workflow_and_a_publish_workflow()
    {
        var names = Names();
        Assert.Contains("pull-request.yml", names);
        Assert.Contains("publish.yml", names);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_version(string name)
    {
        var uses = Steps(Load(name)).Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(@"^[\w.-]+/[\w./-]+@v\d+\.\d+\.\d+$", u));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Permissions_are_read_only_by_default(string name)
    {
        var workflow = Load(name);
        var permissions = Assert.IsType<YamlMappingNode>(workflow["permissions"]);
        var only = Assert.Single(permissions.Children);
        Assert.Equal(("contents", "read"), (only.Key.ToString(), only.Value.ToString()));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_committee_command_line_parses(string name)
    {
        var root = CommitteeApp.CreateRoot(new CommandConsole(TextWriter.Null, TextWriter.Null, TestSite.RepoRoot, false));
        var lines = Steps(Load(name))
            .Where(s => s.Children.ContainsKey("run"))
            .Select(s => s["run"].ToString())
            .Where(run => run.Contains("--project generator", StringComparison.Ordinal) && run.Contains(" -- ", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var command = line[(line.IndexOf(" -- ", StringComparison.Ordinal) + 4)..];
            command = command.Split([" > ", " || ", " | "], StringSplitOptions.None)[0];
            // GitHub expressions become sample values; quoted words become single arguments.
            command = Expression().Replace(command, "https://example.github.io/papers");
            var args = Argument().Matches(command).Select(m => m.Value.Trim('"')).ToArray();
            var parsed = root.Parse(args);
            Assert.True(parsed.Errors.Count == 0, $"{name}: '{line}': {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            // validate takes paths, so an unknown option would parse as a path: check each option by name too.
            var subcommand = root.Subcommands.Single(c => c.Name == args[0]);
            var known = subcommand.Options.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
            Assert.All(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)), a => Assert.Contains(a, known));
        }
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"""[^""]*""|\S+")]
    private static partial Regex Argument();
}
