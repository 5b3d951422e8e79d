using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Committee.Tests.Support;

namespace Committee.Tests.Archive;

/// <summary>Feeds, calendars, open data and the sitemap read with ordinary libraries and hold exactly what they should.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class SubscribeTests(ArchiveFixture fixture, SmallSiteFixture small)
{
    private readonly ArchiveContent _content = fixture.Content;

    private string Out(string path) => Path.Combine(fixture.Output, path);

    private static SyndicationFeed LoadFeed(string file)
    {
        using var reader = XmlReader.Create(file);
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void The_site_feed_lists_exactly_the_public_final_papers_newest_meeting_first()
    {
        var feed = LoadFeed(Out("feed.xml"));
        var expected = _content.PublicFinal.Select(r => _content.Url(r.Path)).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count >= 20);
        var links = feed.Items.Select(i => i.Links.Single(l => l.RelationshipType is null or "alternate").Uri.AbsoluteUri).ToList();
        Assert.Equal(expected, links.Order(StringComparer.Ordinal));
        Assert.Equal(links, feed.Items.Select(i => i.Id));
        var titles = feed.Items.Select(i => i.Title.Text).ToHashSet();
        Assert.All(_content.PublicFinal, r => Assert.Contains(r.Title, titles));
        // Newest meeting first (a paper's published date may fall before an older meeting's: its agenda went out early).
        var meetings = _content.PublicFinal.ToDictionary(r => _content.Url(r.Path), r => r.Date);
        var dates = links.Select(l => meetings[l]).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void Each_board_feed_lists_only_that_boards_public_final_papers()
    {
        foreach (var board in _content.Boards.Keys)
        {
            var feed = LoadFeed(Out($"boards/{board}/feed.xml"));
            var expected = _content.PublicFinal.Where(r => r.Board == board).Select(r => _content.Url(r.Path)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, feed.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
            Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == _content.Url($"boards/{board}/feed.xml"));
        }
    }

    [Fact]
    public void Each_board_calendar_has_one_event_per_meeting_with_a_final_paper_or_a_meeting_file_linking_to_the_meeting()
    {
        foreach (var (board, (name, _)) in _content.Boards)
        {
            var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Out($"boards/{board}/meetings.ics")))!;
            // The meetings with a final paper, and those with a meeting file (which give the time: Meetings/CalendarTests).
            var files = _content.MeetingFilePaths.Where(p => p.StartsWith($"boards/{board}/", StringComparison.Ordinal))
                .Select(p => DateOnly.ParseExact(p.Split('/')[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            var expected = _content.Reports.Where(r => r.Board == board && !r.Draft).Select(r => r.Date).Concat(files).Distinct().Order().ToList();
            Assert.Equal(expected, calendar.Events.Select(e => e.DtStart!.Date).Order());
            Assert.All(calendar.Events, e =>
            {
                if (!files.Contains(e.DtStart!.Date)) Assert.False(e.DtStart!.HasTime, "A meeting without a meeting file is an all-day event.");
                Assert.Equal(_content.Url($"boards/{board}/{e.DtStart.Date:yyyy-MM-dd}/"), e.Url?.AbsoluteUri);
                Assert.Contains(name, e.Summary);
            });
            Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        }
    }

    /// <summary>The open data fields, in order, from the table in docs/archive.md.</summary>
    private static List<string> ReadmeFields()
    {
        var lines = File.ReadAllLines(Path.Combine(TestSite.RepoRoot, "docs", "archive.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("The open data fields", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/archive.md has no open data fields table.");
        var fields = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .SelectMany(l => Regex.Matches(l.Split('|')[1], "`([^`]+)`").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.True(fields.Count >= 10, "Fields: " + string.Join(", ", fields));
        return fields;
    }

    private static List<Dictionary<string, JsonElement>> ReadJson(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return [.. document.RootElement.EnumerateArray().Select(e => e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()))];
    }

    private static List<List<string>> ReadJsonKeys(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return [.. document.RootElement.EnumerateArray().Select(e => e.EnumerateObject().Select(p => p.Name).ToList())];
    }

    [Fact]
    public void The_json_has_one_entry_per_public_final_report_with_the_readme_fields()
    {
        var fields = ReadmeFields();
        var rows = ReadJson(Out("reports.json"));
        Assert.Equal(_content.PublicFinal.Count(), rows.Count);
        Assert.All(ReadJsonKeys(Out("reports.json")), keys => Assert.Equal(fields, keys));

        var byUrl = rows.ToDictionary(r => r["url"].GetString()!);
        foreach (var report in _content.PublicFinal)
        {
            var row = byUrl[_content.Url(report.Path)];
            Assert.Equal(report.Title, row["title"].GetString());
            Assert.Equal(report.Board, row["board"].GetString());
            Assert.Equal(_content.Boards[report.Board].Name, row["board_name"].GetString());
            Assert.Equal(report.Iso, row["meeting_date"].GetString());
            Assert.Equal(report.Item?.ToString(), row["item"].ValueKind == JsonValueKind.Null ? null : row["item"].GetString());
            Assert.Equal(report.Officer, row["officer"].GetString());
            Assert.Equal(report.Portfolio, row["portfolio"].GetString());
            Assert.Equal(report.Contact, row["contact"].GetString());
            Assert.Equal(report.Summary, row["summary"].GetString());
            Assert.Equal(report.AllWards ? ["all"] : report.Wards, row["wards"].EnumerateArray().Select(w => w.GetString()));
            Assert.Equal(report.Period, row["period"].GetString());
            Assert.Equal(report.Quarter.Label, row["quarter"].GetString());
            Assert.Equal(report.Type, row["type"].GetString());
            Assert.True(row["last_changed"].ValueKind == JsonValueKind.Null || Regex.IsMatch(row["last_changed"].GetString()!, @"^\d{4}-\d{2}-\d{2}$"));
        }
    }

    [Fact]
    public void The_csv_has_a_header_and_the_same_rows_as_the_json()
    {
        var text = File.ReadAllText(Out("reports.csv"));
        var table = Csv.Parse(text);
        Assert.Equal(ReadmeFields(), table[0]);
        var json = ReadJson(Out("reports.json"));
        Assert.Equal(json.Count, table.Count - 1);
        for (var i = 0; i < json.Count; i++)
        {
            var expected = table[0].Select(column => json[i][column] switch
            {
                { ValueKind: JsonValueKind.Null } => "",
                { ValueKind: JsonValueKind.Array } list => string.Join(';', list.EnumerateArray().Select(e => e.GetString())),
                { ValueKind: JsonValueKind.Number } number => number.GetInt32().ToString(CultureInfo.InvariantCulture),
                var value => value.GetString()!,
            });
            Assert.Equal(expected, table[i + 1]);
        }
        // RFC 4180 ends every record with CRLF; the demo has fields with commas, so quoting is exercised here too.
        Assert.EndsWith("\r\n", text);
        Assert.Contains(table.Skip(1), row => row.Any(f => f.Contains(',')));
    }

    [Fact]
    public void The_csv_quotes_commas_and_doubles_quotes()
    {
        var text = File.ReadAllText(Path.Combine(small.Site.Output, "reports.csv"));
        Assert.Contains("\"Parking charges, \"\"pay and display\"\" review\"", text);
        Assert.Contains("\"Reviews \"\"pay and display\"\" charges, and proposes, for consultation, new tariffs.\"", text);
        var table = Csv.Parse(text);
        var row = table.Single(r => r[1] == small.Content.Url(SmallSiteFixture.Quoted));
        Assert.Equal(SmallSiteFixture.QuotedTitle, row[0]);
        Assert.Equal("abbey;harbour", row[table[0].IndexOf("wards")]);
        Assert.Equal("", row[table[0].IndexOf("period")]);
        Assert.Equal("2024/25 Q2", row[table[0].IndexOf("quarter")]);
        Assert.Equal("2", row[table[0].IndexOf("item")]);
        Assert.Equal(4, table.Count);
        // And the JSON agrees.
        Assert.Contains(ReadJson(Path.Combine(small.Site.Output, "reports.json")), r => r["title"].GetString() == SmallSiteFixture.QuotedTitle);
    }

    [Fact]
    public void The_sitemap_lists_the_listing_pages_and_the_public_final_reports_only()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Out("sitemap.xml"));
        var locs = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        var listed = _content.Listed().ToList();
        var expected = new HashSet<string>(StringComparer.Ordinal) { "", "boards/", "quarters/", "wards/", "wards/all/", "meetings/", "accessibility/", "privacy/" };
        foreach (var board in _content.Boards.Keys) expected.Add($"boards/{board}/");
        foreach (var meeting in _content.MeetingFilePaths) expected.Add(meeting);
        foreach (var indicator in _content.IndicatorPaths) expected.Add(indicator);
        foreach (var r in listed) { expected.Add(r.MeetingPath); expected.Add(r.MeetingPath + "pack/"); expected.Add(r.Quarter.Path); }
        foreach (var (id, _) in _content.Wards) expected.Add($"wards/{id}/");
        foreach (var r in _content.PublicFinal) expected.Add(r.Path);

        Assert.Equal(expected.Select(_content.Url).Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Contains($"Sitemap: {_content.Url("sitemap.xml")}", File.ReadAllText(Out("robots.txt")));
    }
}

/// <summary>A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; a stray quote is an error.</summary>
public static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                Assert.True(field.Length == 0, $"A quote inside an unquoted field at {i}.");
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "An unclosed quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                Assert.True(i >= text.Length || text[i] is ',' or '\r', $"Text after a closing quote at {i}.");
            }
            else if (text[i] == ',')
            {
                row.Add(field.ToString()); field.Clear(); i++;
            }
            else if (text[i] == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"A CR without LF at {i}.");
                row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i += 2;
            }
            else
            {
                Assert.True(text[i] != '\n', $"A bare LF at {i}: records end with CRLF.");
                field.Append(text[i++]);
            }
        }
        Assert.True(row.Count == 0 && field.Length == 0, "The last record does not end with CRLF.");
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        return rows;
    }
}
