using System.Globalization;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Tests.Support;

namespace Committee.Tests.Seeds;

/// <summary>
/// The four real council papers in ../shared/seeds, written by hand into the content format as fixtures
/// (Fixtures/Seeds). Each is validated in a mini-site holding only the fixture boards, and the findings must
/// be exactly the faults a careful reader sees in the real paper: no more (a false alarm on a real paper is
/// a bug), no fewer.
/// </summary>
public sealed partial class SeedFixtureTests
{
    public static string FixtureFolder { get; } = Path.Combine(TestSite.RepoRoot, "tests", "Committee.Tests", "Fixtures", "Seeds");

    /// <summary>Each fixture, the seed it carries and the fixture board it goes to.</summary>
    public static readonly (string Fixture, string Seed, string Board)[] All =
    [
        ("halton-cypf-ppb-2012-01-05.md", "halton-cypf-ppb-2012-01-05.txt", "halton-cypf-ppb"),
        ("halton-cypf-ppb-2020-11-23.md", "halton-cypf-ppb-2020-11-23.txt", "halton-cypf-ppb"),
        ("halton-safer-ppb-2012-01-17.md", "halton-safer-ppb-2012-01-17.txt", "halton-safer-ppb"),
        ("cbeds-childrens-osc-2012-12-11.md", "central-beds-childrens-osc-2012-12-11.txt", "cbeds-childrens-osc"),
    ];

    public static TheoryData<string> Fixtures => [.. All.Select(s => s.Fixture)];

    // ---- Findings per seed -------------------------------------------------------------------------

    [Fact]
    public void Seed_2012_01_05_finds_the_intranet_link_and_the_two_headings_numbered_after_their_title()
    {
        const string name = "halton-cypf-ppb-2012-01-05.md";
        var text = Fixture(name);
        var (site, file) = SiteWith(name);
        using (site)
        {
            var findings = site.Validate().Diagnostics;
            var linkLine = LineOf(text, "https://intranet/documents/qmr/201112/childrenandent/CE2Reports/");
            var expected = new[]
            {
                ("private-link", linkLine),
                ("heading-number-after-title", LineOf(text, "## Implications for the Council's priorities 6.0")),
                ("heading-number-after-title", LineOf(text, "## Equality and diversity issues 8.0")),
            };
            AssertExactly(findings, file, expected);
            Assert.All(findings, d => Assert.Equal(Severity.Warning, d.Severity));

            var link = findings.Single(d => d.RuleId == "private-link");
            var lineText = text.Split('\n')[linkLine - 1];
            Assert.Equal(lineText.IndexOf("https://intranet/", StringComparison.Ordinal) + 1, link.Column);
            Assert.Contains("'intranet'", link.Message);
            Assert.Contains(findings, d => d.RuleId == "heading-number-after-title" && d.Message.Contains("'## 6.0 Implications for the Council's priorities'"));
            Assert.Contains(findings, d => d.RuleId == "heading-number-after-title" && d.Message.Contains("'## 8.0 Equality and diversity issues'"));
            AssertValidateExitsZero(site);
        }
    }

    [Fact]
    public void Seed_2020_11_23_finds_the_first_quarter_named_in_a_second_quarter_report()
    {
        const string name = "halton-cypf-ppb-2020-11-23.md";
        var text = Fixture(name);
        var (site, file) = SiteWith(name);
        using (site)
        {
            var findings = site.Validate().Diagnostics;
            AssertExactly(findings, file, [("quarter-mismatch", LineOf(text, "1. Receive the first quarter's performance management report;"))]);
            var found = Assert.Single(findings);
            Assert.Equal(Severity.Warning, found.Severity);
            Assert.Contains("'first quarter'", found.Message);
            Assert.Contains("2020/21 Q2", found.Message);
            AssertValidateExitsZero(site);
        }
    }

    [Fact]
    public void Seed_2012_01_17_has_no_findings()
    {
        var (site, file) = SiteWith("halton-safer-ppb-2012-01-17.md");
        using (site)
        {
            AssertExactly(site.Validate().Diagnostics, file, []);
            AssertValidateExitsZero(site);
        }
    }

    /// <summary>
    /// The Central Bedfordshire paper has no fault a validator should flag: its corporate implications, its one run of
    /// paragraphs 1 to 17 across headings, its "Recommendation" and "Background papers (open to public inspection)"
    /// are all the Overview and Scrutiny format, and "Quarter Two" in the recommendation matches the period.
    /// So the right answer is no errors and no warnings.
    /// </summary>
    [Fact]
    public void Seed_central_beds_2012_12_11_has_no_findings()
    {
        var (site, file) = SiteWith("cbeds-childrens-osc-2012-12-11.md");
        using (site)
        {
            var result = site.Validate();
            AssertExactly(result.Diagnostics, file, []);
            // The seed's paragraphs 1 to 17 are read as the numbered paragraphs of the report, across its ### headings.
            var document = Assert.Single(result.Documents);
            Assert.Equal(["Corporate implications", "Recommendation", "Background", "Appendices", "Background papers (open to public inspection)"],
                document.Sections.Select(s => s.Title));
            AssertValidateExitsZero(site);
        }
    }

    /// <summary>All four seeds in one archive with the three fixture boards: every board has papers, and the
    /// findings are the union of the per-seed findings, each in its own file.</summary>
    [Fact]
    public void All_seeds_together_give_the_same_findings_as_each_alone()
    {
        var (site, _) = SiteWith([.. All.Select(s => s.Fixture)]);
        using (site)
        {
            var findings = site.Validate().Diagnostics;
            Assert.DoesNotContain(findings, d => d.IsError);
            Assert.Equal(
                ["heading-number-after-title", "heading-number-after-title", "private-link", "quarter-mismatch"],
                findings.Select(d => d.RuleId).Order(StringComparer.Ordinal));
            Assert.Equal(3, findings.Count(d => d.File.EndsWith("halton-cypf-ppb-2012-01-05.md", StringComparison.Ordinal)));
            Assert.Single(findings, d => d.File.EndsWith("halton-cypf-ppb-2020-11-23.md", StringComparison.Ordinal));
            var build = site.Run("build");
            Assert.True(build.ExitCode == 0, build.ToString());
            foreach (var (_, _, board) in All) Assert.True(Directory.Exists(Path.Combine(site.Output, "boards", board)), $"no pages for board {board}");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_is_clean_of_extraction_artefacts(string name)
    {
        var text = Fixture(name);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain('\t', text);
        Assert.DoesNotContain('\r', text);
        // The seeds' bulleted paragraph numbers ("- 3.1 …") are plain numbered paragraphs in the format.
        Assert.DoesNotMatch(new Regex(@"^- \d+\.\d+ ", RegexOptions.Multiline), text);
        // No heading is split over two lines, and every heading is a section (##) or sub-heading (###).
        Assert.DoesNotMatch(new Regex(@"^#(?:#{3,})? ", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^wards: all$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^date: \d{4}-\d{2}-\d{2}$", RegexOptions.Multiline), text);
    }

    // ---- Faithful to the seed ------------------------------------------------------------------------

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_faithfully_carries_its_seed(string name)
    {
        Skip.If(TestSite.SeedsFolder is null, "../shared/seeds is not beside this clone, so the fixtures cannot be compared with the real papers");
        var (fixture, seedName, board) = All.Single(s => s.Fixture == name);
        var seed = File.ReadAllText(Path.Combine(TestSite.SeedsFolder!, seedName)).Replace("\r", "").Replace("**", "");
        var text = Fixture(fixture);
        var lines = text.Split('\n');
        var isOsc = Field(text, "board") == "cbeds-childrens-osc";

        // The meeting: date, board and period.
        Assert.Equal(SeedDate(seed), DateOnly.ParseExact(Field(text, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(board, Field(text, "board"));
        var boardName = Regex.Match(File.ReadAllText(Path.Combine(FixtureFolder, "boards", board + ".yml")), @"^name: (.+)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(SectionTitle.Normalise(SeedHeader(seed, isOsc ? "Meeting" : "REPORT TO")), SectionTitle.Normalise(boardName));
        var subject = SeedHeader(seed, isOsc ? "Subject" : "SUBJECT");
        var quarter = Regex.Match(subject, @"Quarter\s+(\d)").Groups[1].Value;
        Assert.EndsWith($" Q{quarter}", Field(text, "period"));
        if (Regex.Match(subject, @"\d{4}/\d{2}") is { Success: true } year) Assert.StartsWith(year.Value + " ", Field(text, "period"));
        Assert.Equal("all", Field(text, "wards"));

        // Every heading of the seed is a heading of the fixture, numbered the same way (a number after the title stays after it).
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
            .Select(l => l.TrimStart('#').Trim()).ToList();
        var seedHeadings = isOsc ? OscHeadings(seed) : PpbHeadings(seed);
        Assert.NotEmpty(seedHeadings);
        foreach (var heading in seedHeadings)
        {
            var match = headings.FirstOrDefault(h => Key(h) == Key(heading));
            Assert.True(match is not null, $"the seed's heading '{heading}' is not a heading of {name}; its headings are:\n{string.Join("\n", headings)}");
            var number = PpbSectionNumber().Match(heading);
            if (number.Success)
            {
                var leading = number.Groups["lead"].Success;
                var written = number.Groups[leading ? "lead" : "trail"].Value;
                Assert.True(leading ? match.StartsWith(written + " ", StringComparison.Ordinal) : match.EndsWith(" " + written, StringComparison.Ordinal),
                    $"the seed writes '{heading}', but {name} has '{match}'");
            }
        }

        // Every numbered paragraph of the seed is there, with the same opening words.
        var paragraphs = (isOsc ? OscParagraph() : PpbParagraph()).Matches(seed);
        Assert.NotEmpty(paragraphs);
        foreach (Match paragraph in paragraphs)
        {
            var number = paragraph.Groups["number"].Value;
            var prefix = isOsc ? number + ". " : number + " ";
            var line = lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            Assert.True(line is not null, $"paragraph {number} of the seed is not in {name}");
            Assert.Equal(Opening(paragraph.Groups["text"].Value), Opening(line[prefix.Length..]));
        }

        // The recommendations keep their wording (the 2020 paper's "first quarter's" included).
        foreach (Match item in Recommendation().Matches(seed))
        {
            var expected = $"{item.Groups["number"].Value}. {item.Groups["text"].Value.Trim()}";
            Assert.Contains(expected, lines);
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(FixtureFolder, name));

    /// <summary>A mini-site with the fixture boards these fixtures need (and no demo boards, which would each be
    /// a board without papers), and the fixtures as reports. Returns the site and the first report's display path.</summary>
    private static (TestSite Site, string File) SiteWith(params string[] fixtures)
    {
        var site = new TestSite();
        Directory.Delete(Path.Combine(site.Content, "boards"), recursive: true);
        // The demo's indicators name the demo's boards.
        Directory.Delete(Path.Combine(site.Content, "indicators"), recursive: true);
        string? first = null;
        foreach (var name in fixtures)
        {
            var board = All.Single(s => s.Fixture == name).Board;
            var boardFile = Path.Combine("content", "boards", board + ".yml");
            if (!File.Exists(Path.Combine(site.Root, boardFile))) site.Write(boardFile, File.ReadAllText(Path.Combine(FixtureFolder, "boards", board + ".yml")));
            var relative = $"content/reports/{board}/{name}";
            site.Write(relative, Fixture(name));
            first ??= relative;
        }
        return (site, first!);
    }

    private static void AssertExactly(IReadOnlyList<Diagnostic> findings, string file, (string Rule, int Line)[] expected)
    {
        var actual = findings.Select(d => (d.File, d.RuleId, d.Line)).Order().ToList();
        var wanted = expected.Select(e => (file, e.Rule, e.Line)).Order().ToList();
        Assert.True(wanted.SequenceEqual(actual),
            $"expected:\n{string.Join("\n", wanted)}\nfound:\n{string.Join("\n", findings.Select(d => $"{d.Location} {d.Severity} {d.RuleId}: {d.Message}"))}");
    }

    private static void AssertValidateExitsZero(TestSite site)
    {
        var run = site.Run("validate");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>The 1-based line holding <paramref name="find"/>; fails if it is not there exactly once.</summary>
    private static int LineOf(string text, string find)
    {
        var lines = text.Split('\n');
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(find, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"'{find}' is on {hits.Count} lines of the fixture, not one");
        return hits[0] + 1;
    }

    private static string Field(string text, string key) =>
        Regex.Match(text, $"^{key}: \"?(?<value>.*?)\"?$", RegexOptions.Multiline).Groups["value"].Value;

    /// <summary>A header field of the seed ("REPORT TO:", "Meeting:"), joined where the extraction broke it over lines.</summary>
    private static string SeedHeader(string seed, string label)
    {
        var lines = seed.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(label, StringComparison.Ordinal));
        Assert.True(at >= 0, $"the seed has no '{label}' line");
        var value = lines[at][label.Length..].TrimStart(':').Trim();
        // "REPORT TO: Children, Young People & Families Policy and" / "" / "Performance Board"
        for (var i = at + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            if (HeaderLabel().IsMatch(lines[i])) break;
            value += " " + lines[i].Trim();
        }
        return value;
    }

    private static DateOnly SeedDate(string seed)
    {
        var date = Regex.Match(SeedHeader(seed, seed.Contains("\nDate:") ? "Date" : "DATE"), @"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[A-Za-z]+)\s+(?<y>\d{4})");
        Assert.True(date.Success, "the seed's date could not be read");
        return DateOnly.ParseExact($"{date.Groups["d"].Value} {date.Groups["m"].Value} {date.Groups["y"].Value}", "d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>"1.0 PURPOSE OF REPORT", "2.0 RECOMMENDED: That the …" and "IMPLICATIONS FOR … 6.0", with the number kept.</summary>
    private static List<string> PpbHeadings(string seed) =>
        [.. seed.Split('\n').Select(l => l.Trim()).Where(l => PpbSectionNumber().IsMatch(l))
            .Select(l => l.Contains(':') ? l[..l.IndexOf(':')] : l)];

    /// <summary>The Overview and Scrutiny paper's headings: capitals ("CORPORATE IMPLICATIONS"), a label ending in a colon
    /// ("Financial:"), a line introducing numbered paragraphs ("Background") or with a note ("Background Papers: (open …)").</summary>
    private static List<string> OscHeadings(string seed)
    {
        var lines = seed.Split('\n').Select(l => l.Trim()).ToArray();
        var start = Array.FindIndex(lines, l => l.StartsWith("Function of:", StringComparison.Ordinal)) + 1;
        Assert.True(start > 0, "the seed's header could not be found");
        var headings = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || OscParagraph().IsMatch(line) || line.EndsWith('.')) continue;
            var next = lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0) ?? "";
            var capitals = line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);
            if (capitals || line.EndsWith(':') || Regex.IsMatch(next, @"^\d+\. ") || Regex.IsMatch(line, @"^[^:]+: \(.+\)$"))
            {
                headings.Add(line.TrimEnd(':'));
            }
        }
        return headings;
    }

    /// <summary>Titles compared as a reader would: case, punctuation, numbers, "&amp;" and "and" aside ("Equalities/Human Rights").</summary>
    private static string Key(string heading)
    {
        var number = PpbSectionNumber().Match(heading);
        if (number.Success) heading = number.Groups["title"].Value;
        return string.Join(' ', SectionTitle.Normalise(heading).Split(' ').Where(w => w != "and"));
    }

    /// <summary>The first eight words, in a normal form: the fixture tidies spacing and hyphens ("cross - cutting").</summary>
    private static string Opening(string text) =>
        string.Join(' ', Regex.Replace(text, @"\s*-\s*", "-").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8));

    [GeneratedRegex(@"^(?:(?<lead>\d+\.0)\s+(?<title>.+)|(?<title>.+?)\s+(?<trail>\d+\.0))$")]
    private static partial Regex PpbSectionNumber();

    [GeneratedRegex(@"^(?:- )?(?<number>\d+\.[1-9]\d*) (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex PpbParagraph();

    [GeneratedRegex(@"^(?<number>\d+)\. (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex OscParagraph();

    [GeneratedRegex(@"^- (?<number>\d)\) (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"^[A-Z][A-Za-z()/ ]+:")]
    private static partial Regex HeaderLabel();
}
