using System.Collections.Immutable;
using System.Reflection;
using Committee.Model;
using Committee.Pipeline;
using Committee.Render;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// An incremental build renders only the listing files whose key changed (issue "Speed and scale": after editing
/// one report, only it and the listings that show it are rendered), and still ends with exactly the site a full
/// build of the same content makes. The build's record in .committee/cache/ says what it rendered and wrote.
/// </summary>
public class IncrementalListingTests
{
    private const string Cctv = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";
    private const string CctvPage = "boards/safer-ppb/2023-10-10/cctv-network-upgrade/index.html";
    private const string CctvSummary = "Sets out a plan to replace the council's ageing analogue CCTV cameras";

    private sealed record Record(List<string> Rendered, List<string> Written);

    /// <summary>What the last build rendered and wrote, as its cache records them.</summary>
    private static Record LastBuild(TestSite site) => new(SiteBuild.LastBuild(site, "Rendered"), SiteBuild.LastBuild(site, "Written"));

    /// <summary>The search index is not a listing file: SearchIndexUpdateTests say what a build rewrites of it.</summary>
    private static bool IsSearchIndex(string path) => path.StartsWith("search/", StringComparison.Ordinal) && path != "search/index.html";

    private static void Edit(TestSite site, string file, string from, string to)
    {
        var path = Path.Combine(site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_summary_renders_the_report_and_only_the_listings_that_show_it()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();

        Edit(site, Cctv, CctvSummary, "Edited: a plan to replace the council's ageing analogue CCTV cameras");
        Assert.Contains("only changes", site.BuildOk().Out);

        var build = LastBuild(site);
        // Its board, meeting, quarter (October is Q3 of 2023/24) and wards list it; the feeds and open data show
        // its summary. Not home (it is not among the latest ten), no other board, quarter or ward, not the
        // indexes of boards, quarters and wards (their counts are unchanged), not the calendar or the sitemap.
        string[] rendered =
        [
            "boards/safer-ppb/2023-10-10/cctv-network-upgrade/index.html",
            "boards/safer-ppb/2023-10-10/index.html",
            "boards/safer-ppb/feed.xml",
            "boards/safer-ppb/index.html",
            "feed.xml",
            "quarters/2023-24-q3/index.html",
            "reports.csv",
            "reports.json",
            "wards/abbey/index.html",
            "wards/castle-hill/index.html",
            "wards/kingsway/index.html",
        ];
        Assert.Equal(rendered, build.Rendered);
        // Of those, only the files that show a summary change.
        string[] written =
        [
            "boards/safer-ppb/2023-10-10/cctv-network-upgrade/index.html",
            "boards/safer-ppb/2023-10-10/index.html",
            "boards/safer-ppb/feed.xml",
            "feed.xml",
            "reports.csv",
            "reports.json",
        ];
        Assert.Equal(written, build.Written.Where(p => !IsSearchIndex(p)));
        Assert.Contains("Edited: a plan to replace", site.ReadOutput("boards/safer-ppb/2023-10-10/index.html"));
    }

    [Fact]
    public void A_rebuild_with_no_change_renders_nothing()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        Assert.Contains("index.html", LastBuild(site).Rendered);
        Assert.Contains(CctvPage, LastBuild(site).Rendered);

        site.BuildOk();

        Assert.Empty(LastBuild(site).Rendered);
    }

    [Fact]
    public void Retitling_a_report_renders_the_pages_that_name_it_but_not_other_boards_or_quarters()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();

        Edit(site, Cctv, "title: \"Public space CCTV: upgrade", "title: \"Public space CCTV: renewal");
        site.BuildOk();

        var rendered = LastBuild(site).Rendered;
        Assert.Contains(CctvPage, rendered);
        Assert.Contains("boards/safer-ppb/index.html", rendered);
        Assert.Contains("quarters/2023-24-q3/index.html", rendered);
        Assert.Contains("boards/safer-ppb/meetings.ics", rendered); // the calendar names its papers
        Assert.DoesNotContain("boards/childrens-ppb/index.html", rendered);
        Assert.DoesNotContain("quarters/2023-24-q2/index.html", rendered);
        Assert.DoesNotContain("wards/brookfield/index.html", rendered);
        Assert.DoesNotContain("boards/index.html", rendered);
        // Its neighbours' pages name it in their previous and next links.
        Assert.True(rendered.Count(p => p.StartsWith("boards/safer-ppb/20", StringComparison.Ordinal) && p.Count(c => c == '/') == 4) <= 3, string.Join("\n", rendered));
    }

    public static TheoryData<string> Changes => new()
    {
        "edit a summary", "add a report", "remove a report", "move to another quarter", "move to another meeting and quarter",
        "move to another board", "change its wards", "make it borough-wide", "make it a draft", "make it exempt", "change its agenda item",
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void After_a_change_the_incremental_build_is_byte_identical_to_a_full_build(string change)
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();

        switch (change)
        {
            case "edit a summary":
                Edit(site, Cctv, CctvSummary, "A new summary, with a comma");
                break;
            case "add a report":
                var copy = File.ReadAllText(Path.Combine(site.Root, Cctv))
                    .Replace("title: \"Public space CCTV: upgrade", "title: \"Public space CCTV: second upgrade", StringComparison.Ordinal)
                    .Replace("date: 2023-10-10", "date: 2024-01-23", StringComparison.Ordinal);
                site.Write("content/reports/safer-ppb/2024-01-23-cctv-second-upgrade.md", copy);
                break;
            case "remove a report":
                File.Delete(Path.Combine(site.Root, Cctv));
                break;
            case "move to another quarter":
                Edit(site, Cctv, "date: 2023-10-10\n", "date: 2023-10-10\nperiod: \"2023/24 Q1\"\n");
                break;
            case "move to another meeting and quarter":
                Edit(site, Cctv, "date: 2023-10-10", "date: 2024-06-11");
                break;
            case "move to another board":
                Edit(site, Cctv, "board: safer-ppb", "board: childrens-ppb");
                break;
            case "change its wards":
                Edit(site, Cctv, "wards: [abbey, kingsway, castle-hill]", "wards: [brookfield, kingsway]");
                break;
            case "make it borough-wide":
                Edit(site, Cctv, "wards: [abbey, kingsway, castle-hill]", "wards: all");
                break;
            case "make it a draft":
                Edit(site, Cctv, "status: final", "status: draft");
                break;
            case "make it exempt":
                Edit(site, Cctv, "access: public", "access: exempt\nexempt_paragraph: 3");
                break;
            case "change its agenda item":
                Edit(site, Cctv, "date: 2023-10-10\n", "date: 2023-10-10\nitem: 9\n");
                break;
        }
        Assert.Contains("only changes", site.BuildOk().Out);
        var incremental = SiteBuild.Files(site.Output);
        Assert.True(LastBuild(site).Rendered.Count < incremental.Count / 2, string.Join("\n", LastBuild(site).Rendered));

        site.BuildOk("--output", "_full");
        Assert.Equal(SiteBuild.Files(Path.Combine(site.Root, "_full")), incremental);
    }

    /// <summary>
    /// The open data rows of unchanged reports are copied from the files the last build wrote, by an index in
    /// .committee/cache/; when that index or those files cannot be trusted, every row is made again.
    /// </summary>
    [Theory]
    [InlineData("as it is")]
    [InlineData("a damaged index")]
    [InlineData("reports.json changed by hand")]
    [InlineData("reports.csv deleted by hand")]
    public void Open_data_after_an_edit_is_the_open_data_of_a_full_build(string state)
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var index = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".committee", "cache"), "build-*.rows"));
        switch (state)
        {
            case "a damaged index":
                var bytes = File.ReadAllBytes(index);
                Array.Fill(bytes, (byte)0xFF, bytes.Length / 2, bytes.Length / 2);
                File.WriteAllBytes(index, bytes);
                break;
            case "reports.json changed by hand":
                var json = Path.Combine(site.Output, "reports.json");
                File.WriteAllText(json, File.ReadAllText(json).Replace("\"title\": \"", "\"title\": \"X", StringComparison.Ordinal));
                break;
            case "reports.csv deleted by hand":
                File.Delete(Path.Combine(site.Output, "reports.csv"));
                break;
        }
        Edit(site, Cctv, CctvSummary, "A new summary, with a comma and \\\"quotes\\\"");

        Assert.Contains("only changes", site.BuildOk().Out);

        site.BuildOk("--output", "_full");
        foreach (var file in new[] { "reports.json", "reports.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "_full", file)), site.ReadOutput(file));
        }
        Assert.Contains("A new summary, with a comma", site.ReadOutput("reports.csv"));
    }

    /// <summary>
    /// A listing may show any front matter field (a council's templates may show more than ours), so a report's
    /// full fingerprint must change when any one of them does. A field added to <see cref="Report"/> and not to
    /// <see cref="ListedReports.Full"/> fails here.
    /// </summary>
    [Fact]
    public void The_full_fingerprint_changes_with_every_front_matter_field()
    {
        var report = new Report
        {
            Title = "Title", BoardId = "safer-ppb", Date = new DateOnly(2024, 1, 23), Officer = "Officer", Wards = ["abbey"], AllWards = false,
            TypeId = "ppb-report", Period = new FinancialPeriod(2023, 3), Portfolio = "Portfolio", Contact = "Contact", Summary = "Summary",
            Slug = "slug", Item = 4, Status = ReportStatus.Final, Access = ReportAccess.Public, ExemptParagraph = 3,
        };
        var document = new ReportDocument { SourcePath = "/r/a.md", DisplayPath = "a.md", Report = report, Url = "boards/safer-ppb/2024-01-23/slug/", Quarter = new FinancialPeriod(2023, 4) };
        var before = ListedReports.Full(document);
        var clone = typeof(Report).GetMethod("<Clone>$")!;

        var fields = typeof(Report).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        Assert.True(fields.Count >= 16);
        foreach (var field in fields)
        {
            var changed = (Report)clone.Invoke(report, null)!;
            field.SetValue(changed, Other(field.GetValue(report)));
            Assert.True(ListedReports.Full(document with { Report = changed }) != before, $"The full fingerprint ignores {field.Name}.");
        }
        Assert.NotEqual(before, ListedReports.Full(document with { LastChanged = new DateOnly(2024, 2, 1) }));
        Assert.NotEqual(before, ListedReports.Full(document with { Quarter = new FinancialPeriod(2023, 3) }));
        Assert.NotEqual(before, ListedReports.Full(document with { Url = "boards/safer-ppb/2024-01-23/other/" }));
    }

    private static object? Other(object? value) => value switch
    {
        string text => text + "x",
        bool flag => !flag,
        int number => number + 1,
        DateOnly date => date.AddDays(1),
        FinancialPeriod period => period.Previous,
        ImmutableArray<string> list => list.Add("kingsway"),
        ReportStatus status => status == ReportStatus.Final ? ReportStatus.Draft : ReportStatus.Final,
        ReportAccess access => access == ReportAccess.Public ? ReportAccess.Exempt : ReportAccess.Public,
        _ => throw new InvalidOperationException($"Add a way to change a {value?.GetType().Name} to this test."),
    };
}
