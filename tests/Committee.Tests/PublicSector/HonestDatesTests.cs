using System.Text.Json;
using System.Xml.Linq;
using Committee.Tests.Archive;
using Committee.Tests.Authoring;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.PublicSector;

/// <summary>
/// A paper's published date and its last change after publication, in its page, the feeds, the open data and the
/// sitemap, over a temporary Git repository whose commits are made on known days. Every paper is for the safer-ppb
/// meeting of 12 November 2024.
/// </summary>
public sealed class HonestDatesTests : IDisposable
{
    private const string Meeting = "boards/safer-ppb/2024-11-12/";
    private readonly TestSite _site = new TestSite().WithFrontEnd();

    private static string Paper(string title, string? published = null) => Reports.ValidPpb
        .Replace("title: Community safety performance for Quarter 2 2024/25", $"title: {title} for Quarter 2 2024/25")
        .Replace("officer:", published is null ? "officer:" : $"published: {published}\nofficer:");

    public HonestDatesTests()
    {
        GitRepo.Init(_site.Root);
        _site.WriteReport("safer-ppb/2024-11-12-unchanged.md", Paper("Unchanged"));
        _site.WriteReport("safer-ppb/2024-11-12-corrected.md", Paper("Corrected"));
        _site.WriteReport("safer-ppb/2024-11-12-imported.md", Paper("Imported", published: "2024-11-01"));
        _site.WriteReport("safer-ppb/2024-11-12-edited-before.md", Paper("Edited before", published: "2024-11-25"));
        GitRepo.CommitAllOn(_site.Root, "Papers for the November meeting", "2024-11-04");
        _site.WriteReport("safer-ppb/2024-11-12-corrected.md", Paper("Corrected").Replace("3.1 Most measures", "3.1 Nearly all measures"));
        _site.WriteReport("safer-ppb/2024-11-12-edited-before.md", Paper("Edited before").Replace("3.1 Most", "3.1 All but two").Replace("officer:", "published: 2024-11-25\nofficer:"));
        GitRepo.CommitAllOn(_site.Root, "A correction", "2024-11-20");
        _site.BuildOk();
    }

    public void Dispose() => _site.Dispose();

    private string Page(string slug) => File.ReadAllText(Path.Combine(_site.Output, Meeting, slug, "index.html"));

    [Fact]
    public void A_paper_shows_when_it_was_published_and_last_changed_only_when_it_changed_after_that()
    {
        // Published the day its file first appeared in Git; never changed since.
        var unchanged = Page("unchanged");
        Assert.Contains("Published</dt><dd class=\"govuk-summary-list__value\"><time datetime=\"2024-11-04\">4 November 2024</time>", unchanged);
        Assert.DoesNotContain("Last changed", unchanged);

        // Changed by a later commit, after it was published: the day, and a link to its history on the forge.
        var corrected = Page("corrected");
        Assert.Contains("<time datetime=\"2024-11-04\">4 November 2024</time>", corrected);
        Assert.Contains("Last changed</dt><dd class=\"govuk-summary-list__value\"><time datetime=\"2024-11-20\">20 November 2024</time> (<a class=\"govuk-link\" href=\"https://github.com/eastmere/committee-papers/commits/HEAD/content/reports/safer-ppb/2024-11-12-corrected.md\">see what changed</a>)", corrected);

        // The front matter's date wins; the commit that brought the paper is its arrival, not a change.
        var imported = Page("imported");
        Assert.Contains("<time datetime=\"2024-11-01\">1 November 2024</time>", imported);
        Assert.DoesNotContain("Last changed", imported);

        // Edited on the 20th, before its publication on the 25th: not a change after publication.
        var before = Page("edited-before");
        Assert.Contains("<time datetime=\"2024-11-25\">25 November 2024</time>", before);
        Assert.DoesNotContain("Last changed", before);
    }

    [Fact]
    public void Atom_entries_are_published_on_the_publication_day_and_updated_on_the_last_change()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Elements(atom + "entry")
            .ToDictionary(e => e.Element(atom + "id")!.Value.Split('/')[^2]);
        (string Published, string Updated) Dates(string slug) =>
            (entries[slug].Element(atom + "published")!.Value[..10], entries[slug].Element(atom + "updated")!.Value[..10]);
        Assert.Equal(("2024-11-04", "2024-11-04"), Dates("unchanged"));
        Assert.Equal(("2024-11-04", "2024-11-20"), Dates("corrected"));
        Assert.Equal(("2024-11-01", "2024-11-01"), Dates("imported"));
        Assert.Equal(("2024-11-25", "2024-11-25"), Dates("edited-before"));
        var feedUpdated = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!.Element(atom + "updated")!.Value[..10];
        Assert.Equal("2024-11-25", feedUpdated);
    }

    [Fact]
    public void Open_data_and_the_sitemap_carry_the_same_dates()
    {
        var rows = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "reports.json"))).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("url").GetString()!.Split('/')[^2]);
        string? Field(string slug, string name) => rows[slug].GetProperty(name).ValueKind == JsonValueKind.Null ? null : rows[slug].GetProperty(name).GetString();
        Assert.Equal(("2024-11-04", null), (Field("unchanged", "published"), Field("unchanged", "last_changed")));
        Assert.Equal(("2024-11-04", "2024-11-20"), (Field("corrected", "published"), Field("corrected", "last_changed")));
        Assert.Equal(("2024-11-01", null), (Field("imported", "published"), Field("imported", "last_changed")));
        Assert.Equal(("2024-11-25", null), (Field("edited-before", "published"), Field("edited-before", "last_changed")));

        var csv = Csv.Parse(File.ReadAllText(Path.Combine(_site.Output, "reports.csv")));
        var header = csv[0];
        var corrected = csv.Single(r => r[header.IndexOf("url")].EndsWith("/corrected/", StringComparison.Ordinal));
        Assert.Equal("2024-11-04", corrected[header.IndexOf("published")]);
        Assert.Equal("2024-11-20", corrected[header.IndexOf("last_changed")]);

        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://papers.eastmere.example/boards/safer-ppb/2024-11-12/corrected/</loc>\n    <lastmod>2024-11-20</lastmod>", sitemap);
        Assert.Contains("<loc>https://papers.eastmere.example/boards/safer-ppb/2024-11-12/imported/</loc>\n    <lastmod>2024-11-01</lastmod>", sitemap);
    }
}

/// <summary>The meeting's agenda date stands in for papers that do not give their own; outside Git, no Git dates.</summary>
public sealed class PublishedWithoutGitTests
{
    [Fact]
    public void Outside_git_a_paper_is_published_with_its_meetings_agenda_and_never_shown_as_changed()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport("safer-ppb/2024-11-12-with-agenda.md", Reports.ValidPpb);
        site.WriteReport("safer-ppb/2024-11-12-own-date.md", Reports.ValidPpb.Replace("title: Community", "title: Own date of community").Replace("officer:", "published: 2024-11-02\nofficer:"));
        site.Write("content/meetings/safer-ppb/2024-11-12.md", "---\ntime: \"18:30\"\nvenue: Town Hall\nagenda_published: 2024-11-01\n---\n");
        site.BuildOk();
        var page = File.ReadAllText(Path.Combine(site.Output, "boards/safer-ppb/2024-11-12/with-agenda/index.html"));
        Assert.Contains("<time datetime=\"2024-11-01\">1 November 2024</time>", page);
        Assert.DoesNotContain("Last changed", page);
        Assert.Contains("<time datetime=\"2024-11-02\">2 November 2024</time>", File.ReadAllText(Path.Combine(site.Output, "boards/safer-ppb/2024-11-12/own-date/index.html")));
    }

    [Fact]
    public void A_published_date_not_written_yyyy_mm_dd_is_a_date_format_error_that_names_it()
    {
        using var site = new TestSite();
        site.WriteReport("safer-ppb/2024-11-12-a.md", Reports.ValidPpb.Replace("officer:", "published: 5th November 2024\nofficer:"));
        var found = Assert.Single(site.Validate().Diagnostics, d => d.RuleId == "date-format");
        Assert.Equal("The publication date '5th November 2024' must be written as year-month-day, like 2024-07-15.", found.Message);
        Assert.Equal("write 'published: 2024-11-05'", found.Hint);
    }
}
