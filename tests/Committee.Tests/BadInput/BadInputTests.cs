using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.BadInput;

/// <summary>
/// Hostile or broken files: each must end as a diagnostic at the right place, or as a pass, never as a
/// crash, a hang or a stack overflow; one bad file must not stop the others being checked; and a build
/// that meets a bad file must leave the previous site exactly as it was.
/// </summary>
public sealed class BadInputTests
{
    private const string Name = "safer-ppb/2024-11-12-performance.md";
    private const string Shown = "content/reports/" + Name;
    // Generous, because the whole suite shares two cores; a hang still fails it.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    // ---- Malformed YAML ------------------------------------------------------------------------------

    public static TheoryData<string, string, string, int> MalformedYaml => new()
    {
        // what, the front matter line to change, what to put there, the file line the finding must name
        { "an unclosed quote", "officer: Strategic Director, Communities", "officer: \"Strategic Director, Communities", 5 },
        { "a field indented under a plain value", "date: 2024-11-12", "date: 2024-11-12\n  officer2: Strategic Director", 5 },
        { "a mapping value inside a plain value", "wards: all", "wards: all: of them", 6 },
        { "a tab indenting a field", "period: 2024/25 Q2", "period:\n\t- 2024/25 Q2", 8 },
        { "an unclosed flow list", "wards: all", "wards: [abbey, harbour", 6 },
    };

    [Theory]
    [MemberData(nameof(MalformedYaml))]
    public void Malformed_yaml_is_front_matter_yaml_at_its_line(string what, string find, string replace, int line)
    {
        var text = Edit(Reports.ValidPpb, find, replace);
        var findings = Within(() => Findings(text), what);
        var yaml = findings.Where(d => d.RuleId == "front-matter-yaml").ToList();
        Assert.True(yaml.Count == 1, $"{what}: expected one front-matter-yaml, found:\n{Describe(findings)}");
        Assert.Equal(Severity.Error, yaml[0].Severity);
        Assert.True(line == yaml[0].Line, $"{what}: expected line {line}, found:\n{Describe(findings)}");
        Assert.StartsWith("The paper's details (front matter) could not be read: ", yaml[0].Message);
        // The front matter could not be read, so nothing is said about its fields or the body's type.
        Assert.DoesNotContain(findings, d => d.RuleId is "field-required" or "section-missing");
    }

    // ---- Alias bomb ------------------------------------------------------------------------------------

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_at_its_first_anchor_fast()
    {
        var bomb = new StringBuilder("lol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level < 9; level++)
        {
            var anchor = (char)('a' + level);
            var previous = (char)('a' + level - 1);
            bomb.Append($"l{level}: &{anchor} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]\n");
        }
        var text = Edit(Reports.ValidPpb, "wards: all\n", "wards: all\n" + bomb);
        var clock = Stopwatch.StartNew();
        var findings = Within(() => Findings(text), "the alias bomb");
        clock.Stop();
        var found = Assert.Single(findings);
        Assert.Equal(("front-matter-alias", Severity.Error, 7), (found.RuleId, found.Severity, found.Line));
        Assert.Contains("&a", found.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the alias bomb took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void An_alias_bomb_in_a_board_file_is_refused_too()
    {
        using var site = new TestSite();
        site.Write("content/boards/bomb.yml",
            "name: &a [\"lol\",\"lol\",\"lol\"]\nshort_name: &b [*a,*a,*a]\ntype: &c [*b,*b,*b]\ndescription: [*c,*c,*c]\n");
        site.WriteReport(Name, Reports.ValidPpb);
        var result = Within(site.Validate, "the board alias bomb");
        var found = Assert.Single(result.Diagnostics, d => d.File == "content/boards/bomb.yml");
        // A board file is not a paper, so the finding names it for what it is.
        Assert.Equal(("settings-yaml", 1), (found.RuleId, found.Line));
        Assert.StartsWith("The board file bomb.yml could not be read: it uses a YAML anchor or alias (&a)", found.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.File == Shown);
    }

    // ---- Byte order mark and Windows line endings ---------------------------------------------------------

    [Fact]
    public void A_bom_and_crlf_report_has_no_findings_and_is_built()
    {
        using var site = new TestSite();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Reports.ValidPpb.Replace("\n", "\r\n"))).ToArray();
        site.WriteBytes(Path.Combine("content", "reports", Name), bytes);
        Assert.True(Findings(site).Count == 0, Describe(Findings(site)));

        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.ToString());
        var page = site.ReadOutput("boards/safer-ppb/2024-11-12/performance/index.html");
        Assert.Contains("Community safety performance for Quarter 2 2024/25", page);
        Assert.Contains("Most measures are on target.", page);
        // (Ordinal: a culture-aware search ignores U+FEFF and would find it anywhere.)
        Assert.False(page.Contains('\uFEFF'), "the byte order mark reached the page");
        Assert.False(page.Contains('\r'), "a carriage return reached the page");
        // The front matter was read as front matter, not shown as text.
        Assert.DoesNotContain("board: safer-ppb", page);
    }

    // ---- Binary content ----------------------------------------------------------------------------------

    public static TheoryData<string, byte[]> Binary => new()
    {
        { "random bytes with NULs", RandomBytes() },
        { "a PNG saved as .md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01] },
        { "a PNG header with no NUL", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] },
        { "a BOM then NULs", [0xEF, 0xBB, 0xBF, 0x00, 0x00, 0x2D, 0x2D, 0x2D] },
    };

    private static byte[] RandomBytes()
    {
        var bytes = new byte[64 * 1024];
        new Random(20120105).NextBytes(bytes);
        bytes[100] = 0;
        return bytes;
    }

    [Theory]
    [MemberData(nameof(Binary))]
    public void Binary_content_is_not_text(string what, byte[] bytes)
    {
        using var site = new TestSite();
        site.WriteBytes(Path.Combine("content", "reports", Name), bytes);
        var findings = Within(() => Findings(site), what);
        var found = Assert.Single(findings);
        Assert.Equal(("not-text", Severity.Error, 0), (found.RuleId, found.Severity, found.Line));
    }

    // ---- Deep nesting and long lines ---------------------------------------------------------------------

    [Fact]
    public void A_blockquote_nested_5000_deep_is_nesting_too_deep_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 5000)) + "3.2 Two are not, and are explained below.";
        var text = Edit(Reports.ValidPpb, "3.2 Two are not, and are explained below.", deep);
        // Run on a thread-pool thread (a smaller stack than the main thread), as the build's parallel stages do.
        var findings = Within(() => Findings(text), "the 5000-deep quote");
        var found = Assert.Single(findings);
        Assert.Equal(("nesting-too-deep", Severity.Error, 24), (found.RuleId, found.Severity, found.Line));
    }

    [Fact]
    public void A_list_nested_5000_deep_is_nesting_too_deep_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("- ", 5000)) + "deep";
        var text = Edit(Reports.ValidPpb, "3.2 Two are not, and are explained below.", "3.2 Two are not:\n\n" + deep);
        var findings = Within(() => Findings(text), "the 5000-deep list");
        var found = Assert.Single(findings);
        Assert.Equal(("nesting-too-deep", Severity.Error, 26), (found.RuleId, found.Severity, found.Line));
    }

    [Fact]
    public void Emphasis_and_brackets_nested_5000_deep_end_without_a_crash()
    {
        var deep = string.Concat(Enumerable.Repeat("*[", 5000)) + "x" + string.Concat(Enumerable.Repeat("](https://example.org)*", 5000));
        var text = Edit(Reports.ValidPpb, "3.2 Two are not, and are explained below.", "3.2 " + deep);
        var findings = Within(() => Findings(text), "5000-deep inline nesting");
        // A pass, or a finding about the file; either way every finding is at a real line of the file.
        Assert.All(findings, d => Assert.InRange(d.Line, 0, text.Split('\n').Length));
    }

    [Fact]
    public void A_one_megabyte_line_in_a_section_is_checked_within_seconds()
    {
        var words = string.Concat(Enumerable.Repeat("performance on target ", 1024 * 1024 / 22));
        var text = Edit(Reports.ValidPpb, "3.2 Two are not, and are explained below.", "3.2 " + words.TrimEnd() + ".");
        Assert.True(text.Length > 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var findings = Within(() => Findings(text), "the 1 MB line");
        Assert.True(findings.Count == 0, Describe(findings));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the 1 MB line took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void A_one_megabyte_line_of_a_single_word_is_checked_within_seconds()
    {
        var text = Edit(Reports.ValidPpb, "3.2 Two are not, and are explained below.", "3.2 " + new string('x', 1024 * 1024));
        var findings = Within(() => Findings(text), "the 1 MB word");
        Assert.True(findings.Count == 0, Describe(findings));
    }

    // ---- Files with no usable front matter ----------------------------------------------------------------

    public static TheoryData<string, string, string, int> NoFrontMatter => new()
    {
        { "an empty file", "", "front-matter-missing", 1 },
        { "a file of blank lines", "\n\n\n", "front-matter-missing", 1 },
        { "a file with only ---", "---", "front-matter-unclosed", 1 },
        { "a file with only --- and a newline", "---\n", "front-matter-unclosed", 1 },
        { "front matter that is a YAML list", "---\n- title: Budget\n- board: safer-ppb\n---\n\n## 1.0 Purpose of report\n\n1.1 Text.\n", "front-matter-shape", 2 },
        { "front matter that is a single word", "---\nbudget\n---\n\n## 1.0 Purpose of report\n\n1.1 Text.\n", "front-matter-shape", 2 },
    };

    [Theory]
    [MemberData(nameof(NoFrontMatter))]
    public void A_file_without_usable_front_matter_is_one_error(string what, string text, string ruleId, int line)
    {
        var findings = Within(() => Findings(text), what);
        var found = Assert.Single(findings);
        Assert.True((ruleId, Severity.Error, line) == (found.RuleId, found.Severity, found.Line), $"{what}:\n{Describe(findings)}");
    }

    [Fact]
    public void Empty_front_matter_is_the_missing_required_fields()
    {
        var findings = Findings("---\n---\n\n" + Reports.ValidPpb[(Reports.ValidPpb.IndexOf("## 1.0", StringComparison.Ordinal))..]);
        Assert.Equal(["board", "date", "officer", "title", "wards"],
            findings.Where(d => d.RuleId == "field-required").Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(findings, d => Assert.Equal("field-required", d.RuleId));
    }

    // ---- One bad file does not stop the rest ----------------------------------------------------------------

    [Fact]
    public void One_bad_file_does_not_stop_the_others_being_checked()
    {
        using var site = new TestSite();
        const string good = "safer-ppb/2024-11-12-performance.md";
        site.WriteReport(good, Edit(Reports.ValidPpb, "3.2 Two are not", "3.3 Two are not"));
        site.WriteBytes(Path.Combine("content", "reports", "safer-ppb", "2024-11-12-chart.md"), RandomBytes());
        site.WriteReport("safer-ppb/2024-11-12-broken.md", Edit(Reports.ValidPpb, "officer: Strategic Director, Communities", "officer: \"Strategic Director"));
        site.WriteReport("childrens-osc/2025-02-04-deep.md", Edit(Reports.ValidOsc, "3. Attendance fell", string.Concat(Enumerable.Repeat("> ", 5000)) + "3. Attendance fell"));

        var result = Within(site.Validate, "a mixed archive");
        Assert.Equal(("paragraph-number-order", 24), Only(result.Diagnostics, "content/reports/" + good));
        Assert.Equal(("not-text", 0), Only(result.Diagnostics, "content/reports/safer-ppb/2024-11-12-chart.md"));
        Assert.Equal(("front-matter-yaml", 5), Only(result.Diagnostics, "content/reports/safer-ppb/2024-11-12-broken.md"));
        Assert.Equal(("nesting-too-deep", 27), Only(result.Diagnostics, "content/reports/childrens-osc/2025-02-04-deep.md"));

        var run = site.Run("validate");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/reports/safer-ppb/2024-11-12-performance.md:24:", run.Error + run.Out);
        Assert.Contains("content/reports/safer-ppb/2024-11-12-broken.md:5:", run.Error + run.Out);
    }

    // ---- An atomic build ---------------------------------------------------------------------------------

    [Fact]
    public void A_build_that_meets_a_broken_report_leaves_the_previous_site_byte_for_byte()
    {
        using var site = new TestSite(withDemoReports: true);
        var first = site.Run("build");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = Snapshot(site.Output);
        Assert.True(before.Count > 50, $"the demo site has only {before.Count} files");

        const string broken = "content/reports/safer-ppb/2025-09-09-broken.md";
        site.Write(broken, Edit(Reports.ValidPpb, "date: 2024-11-12", "date: 2025-09-09\ntitle: \"Unclosed"));
        var second = site.Run("build");
        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains($"{broken}:", second.Error);
        Assert.Matches($@"{broken.Replace(".", @"\.")}:5:\d+: error front-matter-yaml", second.Error);
        Assert.Contains("Nothing was published", second.Error);

        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in before) Assert.True(hash == after[path], $"{path} changed");
        // No half-built folder is left beside the site.
        Assert.Equal(["_site"], Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName).Where(n => n!.StartsWith("_site", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_build_with_a_5000_deep_quote_fails_cleanly()
    {
        using var site = new TestSite();
        site.WriteReport(Name, Edit(Reports.ValidPpb, "3.2 Two are not", string.Concat(Enumerable.Repeat("> ", 5000)) + "3.2 Two are not"));
        var build = Within(() => site.Run("build"), "the build");
        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Contains($"{Shown}:24:", build.Error);
        Assert.Contains("nesting-too-deep", build.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    /// <summary>Runs the work on another thread and fails, rather than hangs, if it takes longer than 10 seconds.</summary>
    private static T Within<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Limit), $"{what} was still being checked after {Limit.TotalSeconds} s");
        return task.Result;
    }

    private static List<Diagnostic> Findings(string text)
    {
        using var site = new TestSite();
        site.WriteReport(Name, text);
        return Findings(site);
    }

    private static List<Diagnostic> Findings(TestSite site) => [.. site.Validate().Diagnostics.Where(d => d.File == Shown)];

    private static (string, int) Only(IEnumerable<Diagnostic> diagnostics, string file)
    {
        var inFile = diagnostics.Where(d => d.File == file).ToList();
        Assert.True(inFile.Count == 1, $"expected one finding in {file}, found:\n{Describe(inFile)}");
        return (inFile[0].RuleId, inFile[0].Line);
    }

    private static string Edit(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not in the report exactly once");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))));

    private static string Describe(IEnumerable<Diagnostic> findings) =>
        string.Join("\n", findings.Select(d => $"{d.Location} {d.Severity} {d.RuleId}: {d.Message}"));
}
