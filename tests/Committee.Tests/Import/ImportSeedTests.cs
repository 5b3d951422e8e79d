using System.Text.RegularExpressions;
using Committee.Model;
using Committee.Tests.Seeds;
using Committee.Tests.Support;

namespace Committee.Tests.Import;

/// <summary>
/// The four real papers in ../shared/seeds import to reports as good as the hand-made fixtures: the same
/// front matter, the same headings and numbered paragraphs, and only the findings a careful reader expects.
/// The heading written "IMPLICATIONS FOR THE COUNCIL'S PRIORITIES 6.0" is fixed by the import to
/// "## 6.0 …" (and said so), so it no longer draws the heading-number-after-title warning the fixture does.
/// </summary>
public sealed class ImportSeedTests
{
    private const string NoSeeds = "../shared/seeds is not beside this clone, so the real papers cannot be imported";

    public static TheoryData<string, string, string, string> Seeds => new()
    {
        // seed, fixture, the report written, the findings expected
        { "halton-cypf-ppb-2012-01-05.txt", "halton-cypf-ppb-2012-01-05.md", "halton-cypf-ppb/2012-01-05-performance-management-reports-for-quarter-2-of-2011-12.md", "private-link" },
        { "halton-cypf-ppb-2020-11-23.txt", "halton-cypf-ppb-2020-11-23.md", "halton-cypf-ppb/2020-11-23-performance-management-report-for-quarter-2-2020-21.md", "quarter-mismatch" },
        { "halton-safer-ppb-2012-01-17.txt", "halton-safer-ppb-2012-01-17.md", "halton-safer-ppb/2012-01-17-performance-management-reports-for-quarter-2-of-2011-12.md", "" },
        { "central-beds-childrens-osc-2012-12-11.txt", "cbeds-childrens-osc-2012-12-11.md", "cbeds-childrens-osc/2012-12-11-quarter-2-performance-report.md", "" },
    };

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Each_seed_imports_to_a_report_like_its_fixture_with_only_the_expected_warnings(string seed, string fixture, string target, string findings)
    {
        Skip.If(TestSite.SeedsFolder is null, NoSeeds);
        using var site = ImportSite.WithSeedBoards();
        var run = site.Run("import", Path.Combine(TestSite.SeedsFolder!, seed));
        Assert.True(run.ExitCode == 0, run.ToString());

        var path = Path.Combine(site.Content, "reports", target);
        Assert.True(File.Exists(path), $"expected {target}\n{run}");
        var text = File.ReadAllText(path);
        var expected = File.ReadAllText(Path.Combine(SeedFixtureTests.FixtureFolder, fixture));

        foreach (var field in new[] { "title", "board", "date", "officer", "wards", "period", "portfolio", "contact", "summary" })
        {
            Assert.True(ImportSite.Field(expected, field) == ImportSite.Field(text, field), $"{field}: expected '{ImportSite.Field(expected, field)}', got '{ImportSite.Field(text, field)}'\n{text}");
        }

        // The same sections and subsections, in the same order (the fixture keeps a number written after its title; the import moves it).
        Assert.Equal(Headings(expected), Headings(text));

        // Every numbered paragraph and recommendation of the fixture, with the same opening words.
        var lines = text.Split('\n');
        foreach (var line in expected.Split('\n').Where(l => Regex.IsMatch(l, @"^\d+(\.\d+)? |^\d+\. ")))
        {
            var number = line[..line.IndexOf(' ')];
            var found = lines.FirstOrDefault(l => l.StartsWith(number + " ", StringComparison.Ordinal));
            Assert.True(found is not null && Opening(found) == Opening(line), $"'{line}' is not in the import:\n{text}");
        }

        var diagnostics = site.Validate().Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(findings.Split(',', StringSplitOptions.RemoveEmptyEntries), diagnostics.Where(d => d.RuleId != "board-without-reports").Select(d => d.RuleId));
        Assert.Contains($"Checked 1 report: {(findings.Length == 0 ? "no problems found." : "0 errors, 1 warning in 1 file.")}", run.Out);
    }

    [SkippableFact]
    public void The_number_after_a_title_is_moved_before_it_and_the_import_says_so()
    {
        Skip.If(TestSite.SeedsFolder is null, NoSeeds);
        using var site = ImportSite.WithSeedBoards();
        var run = site.Run("import", Path.Combine(TestSite.SeedsFolder!, "halton-cypf-ppb-2012-01-05.txt"));
        Assert.Contains("the heading \"IMPLICATIONS FOR THE COUNCIL'S PRIORITIES 6.0\" has its number after its title; written as \"## 6.0 Implications for the Council's priorities\"", run.Out);
        Assert.Contains("\"## 8.0 Equality and diversity issues\"", run.Out);
    }

    [SkippableFact]
    public void The_seeds_folder_migrates_with_one_command_and_lists_what_it_could_not_place()
    {
        Skip.If(TestSite.SeedsFolder is null, NoSeeds);
        using var site = ImportSite.WithSeedBoards();
        var run = site.Run("import", TestSite.SeedsFolder!);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(4, ImportSite.Reports(site).Count);
        Assert.Contains("Imported 4 of 4 papers: 1 ready, 3 needing attention (0 with errors); 0 not imported.", run.Out);
        // The Central Bedfordshire cover's "Function of" and the member presenting it have no field: listed, not dropped.
        Assert.Contains("line 12: Function of: Council", run.Out);
        Assert.Contains("line 5: Report of: Cllr Mark Versallion", run.Out);
        Assert.Contains("taken as 2012/13 Q2", run.Out);

        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    private static List<string> Headings(string text) =>
        [.. text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
            .Select(l => (l.StartsWith("### ", StringComparison.Ordinal) ? "### " : "## ") + SectionTitle.Normalise(l.TrimStart('#').Trim()))];

    /// <summary>The first eight words, with "cross - cutting" and "cross-cutting" alike.</summary>
    private static string Opening(string text) =>
        string.Join(' ', Regex.Replace(text, @"\s*-\s*", "-").TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8));
}
