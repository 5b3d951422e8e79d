using System.Text.Json;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Archive;

/// <summary>
/// A spreadsheet opening <c>reports.csv</c> runs a cell starting with '=', '+', '-' or '@' as a formula
/// (CSV injection): such a cell is written with a leading apostrophe, as OWASP advises. The JSON is data, not a
/// spreadsheet, so it keeps the values as written.
/// </summary>
public class CsvFormulaTests
{
    private const string Title = "=HYPERLINK(\"https://evil.example/\",\"Budget\")";

    [Fact]
    public void A_cell_starting_with_a_formula_character_is_written_with_an_apostrophe_in_the_csv_only()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb
            .Replace("title: Community safety performance for Quarter 2 2024/25", "title: '=HYPERLINK(\"https://evil.example/\",\"Budget\")'", StringComparison.Ordinal)
            .Replace("officer: Strategic Director, Communities", "officer: \"+44 Strategic Director\"\ncontact: \"@evil\"\nportfolio: \"-2+3\"\nsummary: A plain summary - with a dash.", StringComparison.Ordinal));
        site.BuildOk();

        var table = Csv.Parse(site.ReadOutput("reports.csv"));
        var row = table[1];
        string Cell(string column) => row[table[0].IndexOf(column)];
        Assert.Equal("'" + Title, Cell("title"));
        Assert.Equal("'+44 Strategic Director", Cell("officer"));
        Assert.Equal("'@evil", Cell("contact"));
        Assert.Equal("'-2+3", Cell("portfolio"));
        Assert.Equal("A plain summary - with a dash.", Cell("summary"));
        Assert.Equal("https://papers.eastmere.example/boards/safer-ppb/2024-11-12/performance/", Cell("url"));

        using var json = JsonDocument.Parse(site.ReadOutput("reports.json"));
        var report = json.RootElement[0];
        Assert.Equal(Title, report.GetProperty("title").GetString());
        Assert.Equal("+44 Strategic Director", report.GetProperty("officer").GetString());
        Assert.Equal("@evil", report.GetProperty("contact").GetString());
    }
}
