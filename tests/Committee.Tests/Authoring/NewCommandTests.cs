using System.Text;
using Committee.Authoring;
using Committee.Tests.Support;

namespace Committee.Tests.Authoring;

/// <summary><c>committee new</c>: a paper from its type's template that checks clean apart from its empty sections.</summary>
public class NewCommandTests
{
    [Theory]
    [InlineData("safer-ppb", 9)]      // Policy and Performance Board report: nine numbered sections
    [InlineData("childrens-osc", 3)]  // Overview and Scrutiny report: three sections, corporate implications under ### headings
    public void A_new_paper_reports_exactly_its_empty_sections_then_is_clean_once_they_are_written(string board, int sections)
    {
        using var site = new TestSite();
        var result = site.Run("new", "--board", board, "--date", "2025-03-18", "--title", "Fly-tipping: a review");
        Assert.True(result.ExitCode == 0, result.ToString());
        var path = result.Out.Trim();
        Assert.Equal($"content/reports/{board}/2025-03-18-fly-tipping-a-review.md", path);
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains("status: draft", text);
        Assert.Contains("wards: all", text);
        Assert.Equal(sections, text.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));

        var findings = site.Validate().Diagnostics.Where(d => d.File == path).ToList();
        Assert.Equal(sections, findings.Count);
        Assert.All(findings, f => Assert.Equal("section-empty", f.RuleId));
        var headingLines = text.Split('\n').Select((l, i) => (l, i + 1)).Where(x => x.l.StartsWith("## ", StringComparison.Ordinal)).Select(x => x.Item2);
        Assert.Equal(headingLines, findings.Select(f => f.Line));

        // Write each section where its guidance note was; the note for optional sections stays a note.
        var filled = new StringBuilder();
        var number = 0;
        var paragraph = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) number++;
            if (line.StartsWith("<!--", StringComparison.Ordinal) && !line.Contains("You may also add", StringComparison.Ordinal))
            {
                paragraph++;
                filled.Append(board == "safer-ppb" ? $"{number}.1 Written by the author.\n" : $"{paragraph}. Written by the author.\n");
            }
            else filled.Append(line).Append('\n');
        }
        File.WriteAllText(Path.Combine(site.Root, path), filled.ToString());
        Assert.DoesNotContain(site.Validate().Diagnostics, d => d.File == path);
        Assert.Equal(0, site.Run("validate", path).ExitCode);
    }

    [Fact]
    public void The_template_carries_the_guidance_and_subsections_of_the_type()
    {
        using var site = new TestSite();
        var path = site.Run("new", "--board", "childrens-osc", "--date", "2025-03-18", "--title", "School attendance").Out.Trim();
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains("## Corporate implications\n", text);
        Assert.Contains("### Council priorities\n", text);
        Assert.Contains("### Staffing (including trades unions)\n", text);
        Assert.Contains("<!-- What the committee is asked to do, starting \"That the Committee\". -->", text);
        // An Overview and Scrutiny report needs a contact and a summary: left marked for the author.
        Assert.Contains($"summary: \"{ReportTemplate.ToDo}", text);
        Assert.Contains($"contact: \"{ReportTemplate.ToDo}", text);
    }

    [Fact]
    public void The_officer_comes_from_the_boards_latest_paper_unless_given()
    {
        using var site = new TestSite(withDemoReports: true);
        var taken = site.Run("new", "--board", "safer-ppb", "--date", "2026-01-20", "--title", "Licensing update");
        var latest = site.Validate().Documents
            .Where(d => d.Report?.BoardId == "safer-ppb").OrderByDescending(d => d.Report!.Date).First().Report!.Officer;
        Assert.Contains($"officer: \"{latest}\"", File.ReadAllText(Path.Combine(site.Root, taken.Out.Trim())));

        var given = site.Run("new", "--board", "safer-ppb", "--date", "2026-01-20", "--title", "Licensing fees", "--officer", "Head of Licensing");
        Assert.Contains("officer: \"Head of Licensing\"", File.ReadAllText(Path.Combine(site.Root, given.Out.Trim())));
    }

    [Fact]
    public void It_refuses_to_overwrite_a_paper()
    {
        using var site = new TestSite();
        var first = site.Run("new", "--board", "safer-ppb", "--date", "2025-03-18", "--title", "CCTV upgrade");
        var path = Path.Combine(site.Root, first.Out.Trim());
        File.WriteAllText(path, "the author's work");

        var second = site.Run("new", "--board", "safer-ppb", "--date", "2025-03-18", "--title", "CCTV upgrade");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already a paper at content/reports/safer-ppb/2025-03-18-cctv-upgrade.md", second.Error);
        Assert.Equal("the author's work", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--board", "safer-pbb", "did you mean 'safer-ppb'?")]
    [InlineData("--type", "ppb-reprot", "did you mean 'ppb-report'?")]
    [InlineData("--date", "18/03/2025", "did you mean --date 2025-03-18?")]
    [InlineData("--date", "2025-02-30", "does not exist")]
    public void A_mistyped_board_type_or_date_is_a_usage_problem_and_writes_nothing(string option, string value, string expected)
    {
        using var site = new TestSite();
        var args = new Dictionary<string, string> { ["--board"] = "safer-ppb", ["--date"] = "2025-03-18", ["--title"] = "CCTV upgrade" };
        args[option] = value;
        var result = site.Run(["new", .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.Content, "reports"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_missing_title_is_a_usage_problem()
    {
        using var site = new TestSite();
        var result = site.Run("new", "--board", "safer-ppb", "--date", "2025-03-18");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--title", result.Error);
    }
}
