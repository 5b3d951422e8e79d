using System.Text.Json.Nodes;
using Committee.Authoring;
using Committee.Tests.Support;

namespace Committee.Tests.Authoring;

/// <summary><c>committee schema</c>: the front matter schema editors use, generated from the boards, types and wards.</summary>
public class SchemaCommandTests
{
    private static JsonNode Schema()
    {
        using var site = new TestSite();
        var result = site.Run("schema", "--out", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Out)!;
    }

    [Fact]
    public void The_committed_schema_is_up_to_date()
    {
        using var site = new TestSite();
        var generated = site.Run("schema", "--out", "-").Out;
        var committed = File.ReadAllText(Path.Combine(TestSite.RepoRoot, ReportTemplate.SchemaPath));
        Assert.True(generated == committed,
            $"{ReportTemplate.SchemaPath} is out of date with the boards, report types or wards: run 'dotnet run --project generator -- schema' and commit it.");
    }

    [Fact]
    public void It_accepts_every_demo_papers_front_matter()
    {
        var schema = Schema();
        var reports = Directory.EnumerateFiles(Path.Combine(TestSite.RepoRoot, "content", "reports"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(reports);
        foreach (var report in reports)
        {
            var errors = MiniSchema.Errors(schema, MiniSchema.FrontMatter(File.ReadAllText(report)));
            Assert.True(errors.Count == 0, $"{Path.GetFileName(report)}: {string.Join("; ", errors)}");
        }
    }

    [Theory]
    [InlineData("board: safer-ppb", "board: safer-pbb", "/board")]
    [InlineData("wards: all", "wards: [dokside]", "/wards")]
    [InlineData("date: 2024-11-12", "date: 12/11/2024", "/date")]
    [InlineData("period: 2024/25 Q2", "period: Q2 2024", "/period")]
    [InlineData("wards: all", "wards: all\nacces: exempt", "'acces' is not allowed")]
    [InlineData("wards: all", "wards: all\naccess: exempt", "'exempt_paragraph' is required")]
    [InlineData("wards: all", "wards: all\naccess: exempt\nexempt_paragraph: 8", "/exempt_paragraph")]
    [InlineData("officer: Strategic Director, Communities\n", "", "'officer' is required")]
    [InlineData("wards: all", "wards: all\nslug: Not A Slug", "/slug")]
    [InlineData("wards: all", "wards: all\nstatus: published", "/status")]
    public void It_rejects_what_validate_rejects(string from, string to, string expected)
    {
        var text = Reports.ValidPpb.Replace(from, to);
        Assert.NotEqual(Reports.ValidPpb, text);
        var errors = MiniSchema.Errors(Schema(), MiniSchema.FrontMatter(text));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_types_required_fields_follow_the_board_or_the_type()
    {
        var schema = Schema();
        Assert.Empty(MiniSchema.Errors(schema, MiniSchema.FrontMatter(Reports.ValidOsc)));
        var withoutSummary = Reports.ValidOsc.Replace("summary: Attendance in the autumn term and the plan to improve it.\n", "");
        Assert.Contains("'summary' is required", string.Join(";", MiniSchema.Errors(schema, MiniSchema.FrontMatter(withoutSummary))));
        // The same paper for a board whose type needs no summary, and one naming the O&S type outright.
        Assert.Empty(MiniSchema.Errors(schema, MiniSchema.FrontMatter(withoutSummary.Replace("board: childrens-osc", "board: childrens-ppb"))));
        Assert.NotEmpty(MiniSchema.Errors(schema, MiniSchema.FrontMatter(withoutSummary.Replace("board: childrens-osc", "board: childrens-ppb\ntype: osc-report"))));
    }

    [Fact]
    public void Boards_and_wards_carry_their_names_for_the_editor()
    {
        var properties = Schema()["properties"]!;
        var boards = properties["board"]!;
        var index = boards["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList().IndexOf("safer-ppb");
        Assert.Equal("Safer Policy and Performance Board", boards["enumDescriptions"]![index]!.GetValue<string>());
        Assert.Contains("Tŷ Gwyn", properties["wards"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void It_writes_to_the_default_path_and_a_new_paper_points_at_it()
    {
        using var site = new TestSite();
        var result = site.Run("schema");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, ReportTemplate.SchemaPath)));
        var paper = site.Run("new", "--board", "safer-ppb", "--date", "2025-03-18", "--title", "CCTV upgrade").Out.Trim();
        var lines = File.ReadAllLines(Path.Combine(site.Root, paper));
        Assert.Equal("# yaml-language-server: $schema=../../../schema/front-matter.schema.json", lines[1]);
    }
}
