using Committee.Render;
using Committee.Tests.Archive;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// A board's, a ward's or the borough-wide listing of more than <see cref="SitePages.SplitByYearAbove"/> papers is split by
/// financial year: the listing's page shows the latest year and links to a page per earlier year, every paper is on
/// exactly one of them, and an edit renders only its own year's page.
/// </summary>
public class YearPagesTests
{
    private const string Cctv = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";
    private const int Copies = 2 * SitePages.SplitByYearAbove + 20;

    /// <summary>The demo reports plus copies of the CCTV paper every third day from 2030, alternately borough-wide and naming Abbey only.</summary>
    internal static TestSite WithManyPapers()
    {
        var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var text = File.ReadAllText(Path.Combine(site.Root, Cctv));
        for (var i = 0; i < Copies; i++)
        {
            var date = Date(i).ToString("yyyy-MM-dd");
            site.WriteReport($"safer-ppb/{date}-copy.md", text
                .Replace("date: 2023-10-10", $"date: {date}", StringComparison.Ordinal)
                .Replace("wards: [abbey, kingsway, castle-hill]", i % 2 == 0 ? "wards: all" : "wards: [abbey]", StringComparison.Ordinal)
                .Replace("title: \"Public space CCTV: upgrade", $"title: \"Public space CCTV, copy {i}: upgrade", StringComparison.Ordinal));
        }
        return site;
    }

    /// <summary><see cref="WithManyPapers"/> built once per test run: these tests and the browser's year-page checks read it.</summary>
    internal static readonly BuiltSite ManyPapers = new(WithManyPapers);

    private static DateOnly Date(int copy) => new DateOnly(2030, 1, 1).AddDays(3 * copy);

    /// <summary>The financial year (April to March) a date falls in, by the year it starts.</summary>
    private static int YearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>The meeting date in a paper's address, /boards/&lt;board&gt;/&lt;date&gt;/&lt;slug&gt;/.</summary>
    private static DateOnly MeetingOf(string link) => DateOnly.ParseExact(link.Split('/')[3], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Folder(int year) => $"{year}-{(year + 1) % 100:D2}/";

    private static string MainOf(BuiltSite site, string page) => Html.MainContent(site.ReadOutput(page + "index.html"));

    [Fact]
    public void A_long_board_listing_shows_its_latest_year_and_links_a_page_for_each_earlier_year()
    {
        var site = ManyPapers;

        var years = Enumerable.Range(0, Copies).Select(i => YearOf(Date(i))).Distinct().OrderDescending().ToList();
        Assert.True(years.Count >= 4);
        var board = MainOf(site, "boards/safer-ppb/");
        // The latest year's meetings only, and a link to every other year that has papers (including the demo's).
        Assert.NotEmpty(Html.PaperLinks(board));
        Assert.All(Html.PaperLinks(board), link => Assert.Equal(years[0], YearOf(MeetingOf(link))));
        var yearLinks = Html.Tags(board, "a").Select(t => t["href"]!).Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^/boards/safer-ppb/\d{4}-\d{2}/$")).ToList();
        Assert.Contains("/boards/safer-ppb/2023-24/", yearLinks);
        Assert.Equal(years.Skip(1).Select(y => "/boards/safer-ppb/" + Folder(y)), yearLinks.Where(l => years.Contains(int.Parse(l.Split('/')[3][..4], System.Globalization.CultureInfo.InvariantCulture))));

        // Every paper of the board is listed on exactly one of its pages; each year's page links the others.
        var pages = new[] { "boards/safer-ppb/" }.Concat(yearLinks.Select(l => l.TrimStart('/'))).ToList();
        var listed = pages.SelectMany(p => Html.PaperLinks(MainOf(site, p))).ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.All(Enumerable.Range(0, Copies), i => Assert.Contains($"/boards/safer-ppb/{Date(i):yyyy-MM-dd}/copy/", listed));
        Assert.Contains("/boards/safer-ppb/2023-10-10/cctv-network-upgrade/", listed);
        var earlier = MainOf(site, "boards/safer-ppb/" + Folder(years[2]));
        Assert.Contains("href=\"/boards/safer-ppb/\"", earlier);
        Assert.Contains($"Financial year {years[2]}/{(years[2] + 1) % 100:D2}", Html.Plain(earlier));
        Assert.Contains("boards/safer-ppb/" + Folder(years[2]), site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Long_ward_and_borough_wide_listings_are_split_the_same_way()
    {
        var site = ManyPapers;

        var latest = Enumerable.Range(0, Copies).Max(i => YearOf(Date(i)));
        var boroughWide = MainOf(site, "wards/all/");
        Assert.All(Html.PaperLinks(boroughWide), link => Assert.Equal(latest, YearOf(MeetingOf(link))));
        var wardPage = MainOf(site, "wards/abbey/");
        var split = wardPage.IndexOf("Borough-wide papers", StringComparison.Ordinal);
        Assert.True(split > 0, "The ward's own page still shows the latest borough-wide papers.");
        Assert.All(Html.PaperLinks(wardPage[..split]), link => Assert.Equal(latest, YearOf(MeetingOf(link))));

        var earlier = Folder(latest - 2);
        var wardYear = MainOf(site, "wards/abbey/" + earlier);
        Assert.DoesNotContain("Borough-wide papers", wardYear);
        Assert.NotEmpty(Html.PaperLinks(wardYear));
        Assert.All(Html.PaperLinks(wardYear), link => Assert.Equal(latest - 2, YearOf(MeetingOf(link))));
        Assert.All(Html.PaperLinks(MainOf(site, "wards/all/" + earlier)), link => Assert.Equal(latest - 2, YearOf(MeetingOf(link))));
    }

    [Fact]
    public void Editing_a_paper_of_an_earlier_year_changes_that_years_pages_only()
    {
        using var site = ManyPapers.Copy();
        var before = SiteBuild.Files(site.Output);
        // Copy 100 is borough-wide (even) and on 2030-10-28, in 2030/31.
        var path = Path.Combine(site.Content, "reports", "safer-ppb", $"{Date(100):yyyy-MM-dd}-copy.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("copy 100: upgrade", "copy 100, retitled: upgrade", StringComparison.Ordinal));

        site.BuildOk();

        var after = SiteBuild.Files(site.Output);
        var rendered = after.Where(f => !before.TryGetValue(f.Key, out var hash) || hash != f.Value).Select(f => f.Key).ToList();
        Assert.Contains("boards/safer-ppb/2030-31/index.html", rendered);
        Assert.Contains("wards/all/2030-31/index.html", rendered);
        Assert.DoesNotContain("boards/safer-ppb/index.html", rendered);
        Assert.DoesNotContain("wards/all/index.html", rendered);
        Assert.DoesNotContain(rendered, p => p.StartsWith("wards/abbey/", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, p => p.StartsWith("boards/safer-ppb/20", StringComparison.Ordinal) && p.EndsWith("-32/index.html", StringComparison.Ordinal));
        Assert.Contains("copy 100, retitled", site.ReadOutput("boards/safer-ppb/2030-31/index.html"));
    }
}
