using System.Text.Json;
using System.Text.RegularExpressions;
using Committee.Tests.Support;

namespace Committee.Tests.Cli;

/// <summary><c>committee validate</c>: exit codes, the PATH filter and the four output formats.</summary>
public class ValidateCommandTests
{
    // A valid report with one extra, unknown section: a warning (section-unknown) and nothing else.
    private static readonly string WithWarning = Reports.ValidPpb + "\n\n## 10.0 Extra thing\n\n10.1 Something more.\n";

    // A valid report with a mistyped board (error, with a hint) and a mistyped ward (error, with a hint).
    private static readonly string WithErrors = Reports.ValidPpb
        .Replace("board: safer-ppb", "board: safer-pbb")
        .Replace("wards: all", "wards: [dokside]");

    private const string WarningFile = "content/reports/safer-ppb/2024-11-12-extra.md";
    private const string ErrorFile = "content/reports/safer-ppb/2024-11-12-typos.md";

    private static TestSite DemoWith(params (string Path, string Text)[] files)
    {
        var site = new TestSite(withDemoReports: true).WithoutDemoSlip();
        foreach (var (path, text) in files) site.Write(path, text);
        return site;
    }

    private static int LineOf(string text, string startsWith) =>
        Array.FindIndex(text.Replace("\r\n", "\n").Split('\n'), l => l.StartsWith(startsWith, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Clean_content_exits_0()
    {
        using var site = DemoWith();
        var result = site.Run("validate");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Checked \d+ reports: no problems found\.", result.Out);
    }

    [Fact]
    public void Warnings_alone_exit_0_and_1_with_warnings_as_errors()
    {
        using var site = DemoWith((WarningFile, WithWarning));

        var plain = site.Run("validate");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("warning section-unknown", plain.Out);
        Assert.Contains("0 errors, 1 warning", plain.Out);

        var strict = site.Run("validate", "--warnings-as-errors");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("warning section-unknown", strict.Out);
    }

    [Fact]
    public void An_error_exits_1()
    {
        using var site = DemoWith((ErrorFile, WithErrors));
        var result = site.Run("validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error board-unknown", result.Out);
    }

    [Fact]
    public void A_missing_content_folder_exits_2()
    {
        using var site = DemoWith();
        var result = site.Run("validate", "--content", "nowhere");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content folder", result.Error);
        Assert.Contains("nowhere", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2()
    {
        using var site = DemoWith();
        var result = site.Run("validate", "content/reports/safer-ppb/no-such-paper.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-paper.md", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_path_shows_only_that_files_findings()
    {
        using var site = DemoWith((WarningFile, WithWarning), (ErrorFile, WithErrors));

        var all = site.Run("validate");
        Assert.Contains(WarningFile, all.Out);
        Assert.Contains(ErrorFile, all.Out);

        var warningOnly = site.Run("validate", WarningFile);
        Assert.Equal(0, warningOnly.ExitCode);
        Assert.Contains(WarningFile, warningOnly.Out);
        Assert.DoesNotContain(ErrorFile, warningOnly.Out);
        Assert.Contains("Checked 1 report:", warningOnly.Out);

        var errorOnly = site.Run("validate", ErrorFile, "--format", "json");
        Assert.Equal(1, errorOnly.ExitCode);
        var files = JsonDocument.Parse(errorOnly.Out).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString()).Distinct();
        Assert.Equal([ErrorFile], files);

        var folder = site.Run("validate", "content/reports/childrens-osc");
        Assert.Equal(0, folder.ExitCode);
        Assert.DoesNotContain("safer-ppb", folder.Out);
    }

    [Fact]
    public void Text_format_is_file_line_column_severity_rule_message_then_the_line_and_a_hint()
    {
        using var site = DemoWith((ErrorFile, WithErrors));
        var result = site.Run("validate");
        var lines = result.Out.Replace("\r\n", "\n").Split('\n');

        var boardLine = LineOf(WithErrors, "board:");
        var index = Array.FindIndex(lines, l => l.StartsWith($"{ErrorFile}:{boardLine}:", StringComparison.Ordinal));
        Assert.True(index >= 0, result.ToString());
        Assert.Matches($@"^{Regex.Escape(ErrorFile)}:{boardLine}:\d+: error board-unknown: There is no board 'safer-pbb'\.", lines[index]);
        Assert.Matches($@"^\s+{boardLine} \| board: safer-pbb$", lines[index + 1]);
        Assert.Matches(@"^\s+hint: did you mean 'safer-ppb'\?$", lines[index + 2]);

        var wardLine = LineOf(WithErrors, "wards:");
        Assert.Contains(lines, l => Regex.IsMatch(l, $@"^{Regex.Escape(ErrorFile)}:{wardLine}:\d+: error ward-unknown: "));
        Assert.Contains("hint: did you mean 'dockside'?", result.Out);
        Assert.Contains("2 errors, 0 warnings in 1 file", result.Out);
        Assert.False(result.Out.Contains('\e'), "colour codes when not writing to a terminal");
    }

    [Fact]
    public void Json_format_has_the_counts_and_each_finding()
    {
        using var site = DemoWith((ErrorFile, WithErrors), (WarningFile, WithWarning));
        var result = site.Run("validate", "--format", "json");
        Assert.Equal(1, result.ExitCode);

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        Assert.True(root.GetProperty("reportsChecked").GetInt32() >= 26);
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(3, diagnostics.Count);

        var board = Assert.Single(diagnostics, d => d.GetProperty("rule").GetString() == "board-unknown");
        Assert.Equal("error", board.GetProperty("severity").GetString());
        Assert.Equal(ErrorFile, board.GetProperty("file").GetString());
        Assert.Equal(LineOf(WithErrors, "board:"), board.GetProperty("line").GetInt32());
        Assert.True(board.GetProperty("column").GetInt32() >= 1);
        Assert.Contains("safer-pbb", board.GetProperty("message").GetString());
        Assert.Equal("did you mean 'safer-ppb'?", board.GetProperty("hint").GetString());

        var section = Assert.Single(diagnostics, d => d.GetProperty("rule").GetString() == "section-unknown");
        Assert.Equal("warning", section.GetProperty("severity").GetString());
        Assert.Equal(LineOf(WithWarning, "## 10.0"), section.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Json_format_of_clean_content_is_empty_but_valid()
    {
        using var site = DemoWith();
        var result = site.Run("validate", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void GitHub_format_is_one_workflow_command_per_finding()
    {
        using var site = DemoWith((ErrorFile, WithErrors), (WarningFile, WithWarning));
        var result = site.Run("validate", "--format", "github");
        Assert.Equal(1, result.ExitCode);

        var commands = result.Out.Replace("\r\n", "\n").Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, commands.Count);
        var boardLine = LineOf(WithErrors, "board:");
        Assert.Contains(commands, c => Regex.IsMatch(c,
            $@"^::error file={Regex.Escape(ErrorFile)},line={boardLine},col=\d+,title=board-unknown::There is no board 'safer-pbb'\..*%0AHint: did you mean 'safer-ppb'\?$"));
        Assert.Contains(commands, c => Regex.IsMatch(c,
            $@"^::warning file={Regex.Escape(WarningFile)},line={LineOf(WithWarning, "## 10.0")},col=1,title=section-unknown::"));
    }

    [Fact]
    public void GitHub_format_escapes_newlines_percent_signs_and_commas()
    {
        // A comma in the file name (a property: %2C) and a percent sign in the message's data (%25).
        const string oddFile = "content/reports/safer-ppb/2024-11-12-odd,name.md";
        var text = Reports.ValidPpb.Replace("board: safer-ppb", "board: safer%ppb");
        using var site = DemoWith((oddFile, text));

        var result = site.Run("validate", "--format", "github");
        Assert.Equal(1, result.ExitCode);

        var command = Assert.Single(result.Out.Split('\n'), l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.StartsWith($"::error file=content/reports/safer-ppb/2024-11-12-odd%2Cname.md,line={LineOf(text, "board:")},col=", command);
        Assert.Contains(",title=board-unknown::There is no board 'safer%25ppb'.", command);
        Assert.Matches("%0AHint: [^%]*'safer-ppb'", command);
        // Every % left in the command is the start of an escape.
        Assert.DoesNotMatch("%(?!25|0A|0D|2C|3A)", command);
    }

    [Fact]
    public void Sarif_format_is_sarif_2_1_0()
    {
        using var site = DemoWith((ErrorFile, WithErrors), (WarningFile, WithWarning));
        var result = site.Run("validate", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("committee", driver.GetProperty("name").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(rules.Count, rules.Distinct().Count());
        Assert.Equal(global::Committee.Diagnostics.Rules.All.Select(r => r.Id), rules);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var r in results)
        {
            var ruleId = r.GetProperty("ruleId").GetString()!;
            Assert.Contains(ruleId, rules);
            Assert.Equal(ruleId, rules[r.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.StartsWith("content/reports/", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }

        var board = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "board-unknown");
        Assert.Equal("error", board.GetProperty("level").GetString());
        Assert.Equal(LineOf(WithErrors, "board:"), board.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var section = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "section-unknown");
        Assert.Equal("warning", section.GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_format_of_clean_content_has_an_empty_results_list()
    {
        using var site = DemoWith();
        var result = site.Run("validate", "--format", "sarif");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }
}
