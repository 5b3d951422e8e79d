using System.Text.Json;
using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>
/// A paper's search text is held as UTF-8 (<see cref="SearchText"/>) and written from there into its search file.
/// Text outside ASCII (pounds, accents, Welsh, a dash, an emoji) comes back as it went in, and the file's JSON holds
/// the same text the string did.
/// </summary>
public class SearchTextTests
{
    private const string Headings = "1.0 Purpose · 2.0 Cyllid – £412,000";
    private const string Body = "The café in Tŷ Hafan costs £14,000 a year \"in full\" <b>not bold</b>, a line\nbreak, and 🚲 bikes.";

    [Fact]
    public void Text_outside_ascii_comes_back_as_it_went_in()
    {
        var text = new SearchText(Headings, Body);
        Assert.Equal(Headings, text.Headings);
        Assert.Equal(Body, text.Body);
        Assert.Equal(text, SearchText.OfUtf8(System.Text.Encoding.UTF8.GetBytes(Headings), System.Text.Encoding.UTF8.GetBytes(Body)));
        Assert.NotEqual(text, new SearchText(Headings, Body + " "));
        Assert.Equal(Body, SearchText.Later(() => text).Body);
    }

    [Fact]
    public void A_papers_search_file_holds_the_text_as_it_went_in()
    {
        var paper = new SearchDocument("boards/b/2024-01-01/p/", "Title", Headings, "", Body, "b", "2024-01-01", "2023/24 Q4", "2023/24", ["all"], "t", "Officer", false);
        var (path, utf8) = SearchIndexWriter.DocumentFile(1234, paper);
        Assert.Equal("search/docs/1/1234.json", path);
        using var json = JsonDocument.Parse(utf8);
        Assert.Equal(Body, json.RootElement.GetProperty("text").GetString());
        Assert.Equal("Title", json.RootElement.GetProperty("title").GetString());
    }
}
