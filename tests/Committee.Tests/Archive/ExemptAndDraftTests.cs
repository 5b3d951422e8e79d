using System.Net;
using System.Text.RegularExpressions;

namespace Committee.Tests.Archive;

/// <summary>An exempt paper's text never reaches the site; a draft is published only with --drafts, marked DRAFT wherever it shows.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class ExemptAndDraftTests(ArchiveFixture fixture)
{
    private readonly ArchiveContent _content = fixture.Content;
    private ArchiveReport Exempt => _content.Reports.Single(r => r.Exempt);
    private ArchiveReport Draft => _content.Reports.Single(r => r.Draft);

    /// <summary>Phrases found only in the exempt paper's body.</summary>
    private static readonly string[] ExemptWords = ["Marlowe Wharf", "Calder Marine", "3.85 million"];

    /// <summary>Every file a build wrote, as text three ways: as written, entities decoded, and with iCalendar lines unfolded.</summary>
    private static IEnumerable<(string File, string Text)> Everything(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).SelectMany(file =>
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(folder, file);
            return new[] { (relative, text), (relative, WebUtility.HtmlDecode(text)), (relative, Regex.Replace(text, @"\r?\n[ \t]", "")) };
        });

    /// <summary>The files that syndicate or list papers for reuse: feeds, calendars, open data, sitemap.</summary>
    private static IEnumerable<string> SyndicationFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".xml" or ".ics" or ".json" or ".csv" or ".txt");

    [Fact]
    public void The_exempt_reports_text_is_in_no_output_file()
    {
        var source = File.ReadAllText(Exempt.File);
        Assert.All(ExemptWords, w => Assert.Contains(w, source));
        Assert.All(_content.Reports.Where(r => !r.Exempt), r => Assert.All(ExemptWords, w => Assert.DoesNotContain(w, File.ReadAllText(r.File))));

        foreach (var folder in new[] { fixture.Output, fixture.Drafts })
        {
            var files = Everything(folder).ToList();
            Assert.Contains(files, f => f.File.EndsWith(".ics", StringComparison.Ordinal));
            Assert.Contains(files, f => f.File.EndsWith(".csv", StringComparison.Ordinal));
            var leaks = files.SelectMany(f => ExemptWords.Append(Exempt.Summary!).Where(w => f.Text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"{f.File}: {w}")).Distinct().ToList();
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }
    }

    [Fact]
    public void The_exempt_report_has_a_notice_page_and_is_listed_by_title_but_is_not_syndicated()
    {
        var notice = File.ReadAllText(Path.Combine(fixture.Output, Exempt.Path, "index.html"));
        Assert.Contains(Exempt.Title, Html.Plain(notice));
        Assert.Matches(@"not for publication by virtue of paragraph \d of Part 1 of Schedule 12A", Html.Plain(notice));
        var meeting = Html.MainContent(File.ReadAllText(Path.Combine(fixture.Output, Exempt.MeetingPath, "index.html")));
        Assert.Contains("/" + Exempt.Path, Html.PaperLinks(meeting));

        foreach (var folder in new[] { fixture.Output, fixture.Drafts })
        {
            var files = SyndicationFiles(folder).ToList();
            Assert.True(files.Count >= 14, $"{files.Count} syndication files");
            foreach (var file in files)
            {
                var text = Regex.Replace(File.ReadAllText(file), @"\r?\n[ \t]", "");
                Assert.DoesNotContain(Exempt.Path.TrimEnd('/'), text);
                Assert.DoesNotContain(Exempt.Title, WebUtility.HtmlDecode(text));
            }
        }
    }

    [Fact]
    public void Without_drafts_the_draft_is_in_no_output_file()
    {
        Assert.Equal("content/reports/safer-ppb/2025-09-09-anti-social-behaviour-pspo.md",
            Path.GetRelativePath(fixture.Site.Root, Draft.File).Replace(Path.DirectorySeparatorChar, '/'));
        Assert.False(Directory.Exists(Path.Combine(fixture.Output, Draft.Path)));
        var leaks = Everything(fixture.Output)
            .Where(f => f.Text.Contains(Draft.Title, StringComparison.Ordinal) || f.Text.Contains(Draft.Slug, StringComparison.Ordinal) || f.Text.Contains(Draft.Summary!, StringComparison.Ordinal))
            .Select(f => f.File).Distinct().ToList();
        Assert.True(leaks.Count == 0, "The draft appears in: " + string.Join(", ", leaks));
    }

    [Fact]
    public void With_drafts_the_draft_has_a_page_marked_DRAFT()
    {
        var html = File.ReadAllText(Path.Combine(fixture.Drafts, Draft.Path, "index.html"));
        Assert.StartsWith("DRAFT: " + Draft.Title, Html.Text(html, "title"));
        var main = Html.MainContent(html);
        Assert.Contains("Draft", Html.Text(main, "h1"));
        Assert.Contains("DRAFT", Html.Plain(html[..html.IndexOf("<main", StringComparison.Ordinal)]));
        Assert.Contains(Draft.Summary!, Html.Plain(main));
    }

    [Fact]
    public void With_drafts_every_listing_of_the_draft_shows_a_Draft_tag_beside_it()
    {
        var href = "/" + Draft.Path;
        var pagesListingIt = new HashSet<string>(StringComparer.Ordinal);
        var unmarked = new List<string>();
        foreach (var file in Directory.EnumerateFiles(fixture.Drafts, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(fixture.Drafts, file).Replace(Path.DirectorySeparatorChar, '/');
            var html = File.ReadAllText(file);
            foreach (var link in Html.Tags(html, "a").Where(t => t["href"] == href))
            {
                pagesListingIt.Add(page);
                // From the link to the end of its list item or block: the tag (or the word) must be there.
                var rest = html[link.Index..];
                var end = new[] { rest.IndexOf("</li>", StringComparison.Ordinal), rest.IndexOf("</div>", StringComparison.Ordinal) }.Where(i => i >= 0).DefaultIfEmpty(rest.Length).Min();
                var item = rest[..end];
                if (!item.Contains("Draft", StringComparison.Ordinal) && !item.Contains("DRAFT", StringComparison.Ordinal)) unmarked.Add($"{page}: {Html.Plain(item)}");
            }
        }
        var expected = new List<string> { $"boards/{Draft.Board}/index.html", Draft.MeetingPath + "index.html", Draft.Quarter.Path + "index.html" };
        expected.AddRange(Draft.Wards.Select(w => $"wards/{w}/index.html"));
        Assert.All(expected, page => Assert.Contains(page, pagesListingIt));
        Assert.True(unmarked.Count == 0, "The draft is shown without a Draft mark on:\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void With_drafts_the_draft_is_not_syndicated()
    {
        // The search index of a --drafts build holds the draft on purpose (a preview can search it); see Search/SearchIndexTests.
        var searchIndex = Path.Combine(fixture.Drafts, "search") + Path.DirectorySeparatorChar;
        foreach (var file in SyndicationFiles(fixture.Drafts).Where(f => !f.StartsWith(searchIndex, StringComparison.Ordinal)))
        {
            var text = Regex.Replace(File.ReadAllText(file), @"\r?\n[ \t]", "");
            Assert.DoesNotContain(Draft.Slug, text);
            Assert.DoesNotContain(Draft.Title, WebUtility.HtmlDecode(text));
        }
        // Its meeting has no final paper, so no calendar has an event that day.
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(fixture.Drafts, "boards", Draft.Board, "meetings.ics")))!;
        Assert.NotEmpty(calendar.Events);
        Assert.DoesNotContain(calendar.Events, e => e.DtStart!.Date == Draft.Date);
        // Apart from the draft's page and its meeting, the drafts build syndicates exactly what the default build does.
        foreach (var name in new[] { "feed.xml", "reports.json", "reports.csv", $"boards/{Draft.Board}/feed.xml", $"boards/{Draft.Board}/meetings.ics" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(fixture.Output, name)), File.ReadAllText(Path.Combine(fixture.Drafts, name)));
        }
    }
}
