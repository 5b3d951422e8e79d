using System.Text.Json;
using System.Text.RegularExpressions;
using Committee.Tests.Archive;

namespace Committee.Tests.Indicators;

/// <summary>The indicator pages, the open data and the papers' indicator tables, in the demo site built once.</summary>
[Collection(ArchiveCollection.Name)]
public partial class IndicatorPagesTests(ArchiveFixture demo)
{
    private string Read(string path) => File.ReadAllText(Path.Combine(demo.Output, path));

    private const string Ehcp = "ehcp-within-20-weeks";

    [Fact]
    public void Indicators_csv_reads_back_as_a_tidy_table_with_a_known_series()
    {
        var rows = Csv(Read("indicators.csv"));
        Assert.Equal(["indicator", "indicator_name", "board", "quarter", "target", "actual", "unit", "rag", "direction", "report_url"], rows[0]);
        var ehcp = rows.Skip(1).Where(r => r[0] == Ehcp).ToList();
        Assert.Equal(["2023/24 Q1", "2023/24 Q2", "2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4"], ehcp.Select(r => r[3]));
        Assert.Equal(["41", "44", "47", "52", "55", "58", "63", "66"], ehcp.Select(r => r[5]));
        Assert.All(ehcp, r => Assert.Equal(("Education, health and care plans issued within 20 weeks", "60", "percent"), (r[1], r[4], r[6])));
        Assert.Equal(["red", "red", "red", "red", "amber", "amber", "green", "green"], ehcp.Select(r => r[7]));
        Assert.Equal("https://papers.eastmere.example/boards/childrens-ppb/2024-11-25/quarter-2-performance/", ehcp[5][9]);
        // One row per indicator per quarter.
        Assert.Equal(rows.Count - 1, rows.Skip(1).Select(r => (r[0], r[3])).Distinct().Count());
    }

    [Fact]
    public void Indicators_json_has_the_same_rows_with_numbers_as_numbers()
    {
        using var json = JsonDocument.Parse(Read("indicators.json"));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Csv(Read("indicators.csv")).Count - 1, rows.Count);
        var last = rows.Last(r => r.GetProperty("indicator").GetString() == Ehcp);
        Assert.Equal(66, last.GetProperty("actual").GetDecimal());
        Assert.Equal(60, last.GetProperty("target").GetDecimal());
        var range = rows.First(r => r.GetProperty("indicator").GetString() == "marac-repeat-cases");
        Assert.Equal("28 to 40", range.GetProperty("target").GetString());
    }

    [Fact]
    public void A_draft_s_figures_reach_no_page_or_open_data_even_with_drafts()
    {
        // The draft PSPO paper reports 1,610 incidents; no final paper does.
        foreach (var output in new[] { demo.Output, demo.Drafts })
        {
            Assert.DoesNotContain("1610", File.ReadAllText(Path.Combine(output, "indicators.csv")));
            Assert.DoesNotContain("1,610", File.ReadAllText(Path.Combine(output, "indicators", "asb-incidents", "index.html")));
        }
    }

    [Fact]
    public void An_indicator_s_page_has_a_chart_with_a_title_and_description_and_the_figures_linked_to_their_papers()
    {
        var page = Read($"indicators/{Ehcp}/index.html");
        var svg = Regex.Match(page, "<svg class=\"indicator-chart\"[^>]*>.*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("aria-labelledby=\"chart-title chart-desc\"", svg);
        Assert.Contains("<title id=\"chart-title\">Education, health and care plans issued within 20 weeks: actual against target by quarter</title>", svg);
        Assert.Contains("<desc id=\"chart-desc\">8 quarters, from 2023/24 Q1 (41%) to 2024/25 Q4 (66%). The latest target is 60%. Green 2, amber 2, red 4, no status 0.</desc>", svg);
        // A point per quarter, its status by shape: circles green, diamonds and triangles as paths.
        Assert.Equal(2, Regex.Count(svg, "indicator-chart__point--green"));
        Assert.Equal(4, Regex.Count(svg, "indicator-chart__point--red"));
        Assert.Contains("indicator-chart__target", svg);
        Assert.Contains(">2023/24<", svg);
        Assert.Equal(8, Regex.Count(page, "<a class=\"govuk-link\" href=\"/boards/[a-z-]+/[0-9]{4}-"));
        Assert.Contains("href=\"/boards/childrens-ppb/2024-11-25/quarter-2-performance/\">Performance monitoring report for Quarter 2 2024/25</a>", page);
    }

    [Fact]
    public void The_indicators_page_lists_every_indicator_by_board_with_its_latest_status()
    {
        var page = Read("indicators/index.html");
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Performance indicators</h1>", page);
        Assert.Contains($"href=\"/indicators/{Ehcp}/\"", page);
        Assert.Contains("href=\"/indicators.csv\" download", page);
        foreach (var board in new[] { "Safer Policy and Performance Board", "Children's Services Overview and Scrutiny" })
        {
            Assert.Contains(board.Replace("'", "&#x27;"), page);
        }
        Assert.Equal(Directory.GetFiles(Path.Combine(demo.Site.Content, "indicators"), "*.yml").Length,
            Regex.Matches(page, "href=\"/indicators/([a-z0-9-]+)/\"").Select(m => m.Groups[1].Value).Distinct().Count());
    }

    [Fact]
    public void A_paper_with_indicators_says_how_many_by_status_and_its_table_shows_badges_and_links()
    {
        var page = Read("boards/childrens-ppb/2024-11-25/quarter-2-performance/index.html");
        var summary = Regex.Match(page, "<p class=\"govuk-body indicator-summary\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("7 indicators: 3 green, 2 amber, 2 red.", Regex.Replace(summary, "<[^>]+>", ""));
        Assert.Contains("<td><a class=\"govuk-link\" href=\"/indicators/ehcp-within-20-weeks/\">Education, health and care plans issued within 20 weeks</a></td>", page);
        Assert.Contains("<td><strong class=\"rag rag--amber\"><span class=\"rag__shape\" aria-hidden=\"true\"></span>Amber</strong></td>", page);
        var withDirection = Read("boards/safer-ppb/2024-01-23/quarter-3-performance/index.html");
        Assert.Contains("<span class=\"direction direction--improving\"><span class=\"direction__arrow\" aria-hidden=\"true\">↑</span> Improving</span>", withDirection);
        // A paper without indicator tables is as it was.
        Assert.DoesNotContain("indicator-summary", Read("boards/childrens-ppb/2023-09-18/primary-school-places/index.html"));
        Assert.DoesNotContain("rag--", Read("boards/environment-osc/2024-10-16/highways-maintenance-programme/index.html"));
    }

    [Fact]
    public void A_quarter_s_page_summarises_every_indicator_reported_for_it()
    {
        var page = Read("quarters/2024-25-q2/index.html");
        Assert.Contains("<h2 class=\"govuk-heading-m\" id=\"indicators\">Performance indicators</h2>", page);
        Assert.Contains("13 indicators reported for this quarter: 6 green, 5 amber, 2 red.", page);
        Assert.Contains("href=\"/indicators/asb-incidents/\"", page);
    }

    /// <summary>RFC 4180, enough for the open data: quoted fields may hold commas and doubled quotes.</summary>
    private static List<string[]> Csv(string text) =>
        [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => Field().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"") : m.Groups[2].Value).ToArray())];

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex Field();
}
