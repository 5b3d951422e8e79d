using System.Text.RegularExpressions;

namespace Committee.Tests.Archive;

/// <summary>The listing pages put each paper where the README says: meetings, quarters, wards, boards, previous and next.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class ListingTests(ArchiveFixture fixture, SmallSiteFixture small)
{
    private readonly ArchiveContent _content = fixture.Content;

    private string Page(string path, string? folder = null) => File.ReadAllText(Path.Combine(folder ?? fixture.Output, path, "index.html"));

    private string Root(ArchiveReport r) => "/" + r.Path;

    [Fact]
    public void A_meeting_lists_its_papers_in_agenda_order()
    {
        var meetings = _content.Listed().GroupBy(r => r.MeetingPath).ToList();
        // The demo content has a meeting where agenda order differs from title order, so the test can tell them apart.
        Assert.Contains(meetings, m => !m.OrderBy(r => r.Item ?? Committee.Model.ItemNumber.Last).Select(r => r.Title).SequenceEqual(m.OrderBy(r => r.Title, StringComparer.Ordinal).Select(r => r.Title)));
        foreach (var meeting in meetings)
        {
            var expected = ArchiveContent.AgendaOrder(meeting).Select(Root).ToList();
            Assert.Equal(expected, Html.PaperLinks(Html.MainContent(Page(meeting.Key))));
        }
    }

    [Fact]
    public void A_meeting_without_agenda_items_is_in_title_order_after_the_numbered_items()
    {
        var links = Html.PaperLinks(Html.MainContent(File.ReadAllText(Path.Combine(small.Site.Output, SmallSiteFixture.Meeting, "index.html"))));
        // Item 2 first; then, without items, "Community safety…" before "Night-time…".
        Assert.Equal(["/" + SmallSiteFixture.Quoted, "/" + SmallSiteFixture.WithPeriod, "/" + SmallSiteFixture.WithoutPeriod], links);
    }

    [Fact]
    public void Every_paper_is_listed_under_its_own_quarter_only()
    {
        var listed = _content.Listed().ToList();
        var quarters = listed.Select(r => r.Quarter).Distinct().ToList();
        // Some paper's period differs from its meeting's quarter, so the rule is really exercised.
        Assert.Contains(listed, r => r.Period is not null && r.Quarter != Quarter.Of(r.Date));
        foreach (var quarter in quarters)
        {
            var html = Page(quarter.Path);
            var expected = listed.Where(r => r.Quarter == quarter).Select(Root).Order(StringComparer.Ordinal);
            Assert.Equal(expected, Html.PaperLinks(Html.MainContent(html)).Order(StringComparer.Ordinal));
            Assert.Equal(quarter.Title, Html.Text(Html.MainContent(html), "h1"));
            Assert.StartsWith(quarter.Title, Html.Text(html, "title"));
        }

        // The quarters index lists every quarter, newest first.
        var index = Html.Tags(Html.MainContent(Page("quarters/")), "a").Select(t => t["href"]).ToList();
        Assert.Equal(quarters.OrderDescending().Select(q => "/" + q.Path), index);
    }

    [Fact]
    public void A_paper_is_listed_under_its_period_else_its_meetings_quarter()
    {
        string Read(string path) => File.ReadAllText(Path.Combine(small.Site.Output, path, "index.html"));
        var q1 = Read("quarters/2024-25-q1/");
        var q2 = Read("quarters/2024-25-q2/");
        Assert.Equal(["/" + SmallSiteFixture.WithPeriod], Html.PaperLinks(Html.MainContent(q1)));
        Assert.Equal(["/" + SmallSiteFixture.Quoted, "/" + SmallSiteFixture.WithoutPeriod], Html.PaperLinks(Html.MainContent(q2)));
        Assert.Equal("2024/25 Q2 — July to September 2024", Html.Text(Html.MainContent(q2), "h1"));
        Assert.Equal("2024/25 Q2 — July to September 2024 – Eastmere committee papers", Html.Text(q2, "title"));
        Assert.Equal("2024/25 Q1 — April to June 2024", Html.Text(Html.MainContent(q1), "h1"));
        Assert.Equal(["2024-25-q1", "2024-25-q2"], Directory.EnumerateDirectories(Path.Combine(small.Site.Output, "quarters")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Quarter_titles_name_the_months()
    {
        Assert.Equal("2011/12 Q2 — July to September 2011", new Quarter(2011, 2).Title);
        Assert.Equal("2023/24 Q4 — January to March 2024", new Quarter(2023, 4).Title);
        var q4 = _content.Listed().Select(r => r.Quarter).FirstOrDefault(q => q.Number == 4);
        Assert.NotEqual(default, q4);
        Assert.Equal(q4.Title, Html.Text(Html.MainContent(Page(q4.Path)), "h1"));
    }

    [Fact]
    public void A_ward_page_lists_the_papers_naming_it_and_apart_the_borough_wide_papers()
    {
        var listed = _content.Listed().ToList();
        var boroughWide = listed.Where(r => r.AllWards).Select(Root).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(boroughWide);
        foreach (var (id, name) in _content.Wards)
        {
            var main = Html.MainContent(Page($"wards/{id}/"));
            var split = main.IndexOf("Borough-wide papers", StringComparison.Ordinal);
            Assert.True(split > 0, $"wards/{id}/ has no borough-wide section");
            var naming = listed.Where(r => r.Wards.Contains(id)).Select(Root).Order(StringComparer.Ordinal);
            Assert.Equal(naming, Html.PaperLinks(main[..split]).Order(StringComparer.Ordinal));
            // A ward's page lists the latest borough-wide papers and links to the page of them all.
            var latest = listed.Where(r => r.AllWards).OrderByDescending(r => r.Date).ThenBy(r => r.Board, StringComparer.Ordinal)
                .ThenBy(r => r.Item ?? Committee.Model.ItemNumber.Last).ThenBy(r => r.Title, StringComparer.Ordinal)
                .Take(Committee.Render.Listings.WardPages.LatestBoroughWide).Select(Root).Order(StringComparer.Ordinal);
            Assert.Equal(latest, Html.PaperLinks(main[split..]).Order(StringComparer.Ordinal));
            Assert.Contains("/wards/all/", main[split..]);
            Assert.Contains(name, Html.Plain(main));
        }
        Assert.True(boroughWide.Count > Committee.Render.Listings.WardPages.LatestBoroughWide, "the demo should have more borough-wide papers than a ward page lists");
        Assert.Equal(boroughWide, Html.PaperLinks(Html.MainContent(Page("wards/all/"))).Order(StringComparer.Ordinal));
        // The demo content names some wards in more than one paper and leaves none of the checks empty.
        Assert.Contains(_content.Wards, w => listed.Count(r => r.Wards.Contains(w.Id)) >= 2);
    }

    [Fact]
    public void A_board_page_groups_meetings_by_financial_year_and_quarter_newest_first_and_links_its_feed_and_calendar()
    {
        foreach (var board in _content.Boards.Keys)
        {
            // The forthcoming meetings listed above the years are left out (Meetings/ForthcomingTests).
            var main = Regex.Replace(Html.MainContent(Page($"boards/{board}/")), @"<ul class=""govuk-list meeting-list"">.*?</ul>", "", RegexOptions.Singleline);
            // A meeting is a date of the board's papers or of its meeting files (content/meetings/<board>/<date>.md).
            var files = Path.Combine(fixture.Site.Content, "meetings", board);
            var fileDates = Directory.Exists(files)
                ? Directory.EnumerateFiles(files, "*.md").Select(f => DateOnly.ParseExact(Path.GetFileNameWithoutExtension(f), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                : [];
            var meetings = _content.Listed().Where(r => r.Board == board).Select(r => r.Date).Concat(fileDates).Distinct().OrderDescending().ToList();

            var expectedYears = meetings.Select(d => Quarter.Of(d).Year).Distinct().Select(y => "Financial year " + y).ToList();
            Assert.Equal(expectedYears, Regex.Matches(Html.Plain(main), @"Financial year \d{4}/\d{2}").Select(m => m.Value));

            // Quarter headings and meeting links, in page order: each quarter (newest first) followed by its meetings (newest first).
            var expected = new List<string>();
            foreach (var quarter in meetings.GroupBy(Quarter.Of))
            {
                // A quarter of meeting files only has no page (and no link).
                if (_content.Listed().Any(r => r.Quarter == quarter.Key)) expected.Add("/" + quarter.Key.Path);
                expected.AddRange(quarter.Select(d => $"/boards/{board}/{d:yyyy-MM-dd}/"));
            }
            var actual = Html.Tags(main, "a").Select(t => t["href"]!)
                .Where(h => Regex.IsMatch(h, @"^/quarters/[^/]+/$") || Regex.IsMatch(h, $@"^/boards/{board}/\d{{4}}-\d{{2}}-\d{{2}}/$"))
                .ToList();
            Assert.Equal(expected, actual);

            var hrefs = Html.Tags(main, "a").Select(t => t["href"]).ToList();
            Assert.Contains($"/boards/{board}/feed.xml", hrefs);
            Assert.Contains($"/boards/{board}/meetings.ics", hrefs);
        }
        // Some board has meetings in more than one financial year, so the order is really checked.
        Assert.Contains(_content.Boards.Keys, b => _content.Listed().Where(r => r.Board == b).Select(r => Quarter.Of(r.Date).StartYear).Distinct().Count() >= 2);
    }

    [Fact]
    public void A_report_page_links_the_previous_and_next_paper_of_its_board()
    {
        var pagesChecked = 0;
        foreach (var board in _content.Listed().GroupBy(r => r.Board))
        {
            var inOrder = ArchiveContent.AgendaOrder(board).ToList();
            for (var i = 0; i < inOrder.Count; i++)
            {
                if (inOrder[i].Exempt) continue; // the exempt notice shows nothing but the notice
                var html = Html.MainContent(Page(inOrder[i].Path));
                var prev = Html.Tags(html, "a").Where(t => t["rel"] == "prev").Select(t => t["href"]).ToList();
                var next = Html.Tags(html, "a").Where(t => t["rel"] == "next").Select(t => t["href"]).ToList();
                Assert.Equal(i > 0 ? [Root(inOrder[i - 1])] : [], prev);
                Assert.Equal(i < inOrder.Count - 1 ? [Root(inOrder[i + 1])] : [], next);
                if (i > 0) Assert.Contains(inOrder[i - 1].Title, Html.Plain(html));
                pagesChecked++;
            }
        }
        Assert.True(pagesChecked >= 20, $"{pagesChecked} report pages checked");
    }
}
