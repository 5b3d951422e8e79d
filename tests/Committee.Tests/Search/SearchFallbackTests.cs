using Committee.Render.Listings;

namespace Committee.Tests.Search;

/// <summary>The council's own site search (search_fallback_url) as the form the search page offers without JavaScript.</summary>
public class SearchFallbackTests
{
    [Fact]
    public void The_query_field_is_named_and_other_fields_are_kept()
    {
        var fallback = SearchFallback.Of("https://www.example.gov.uk/site-search/?collection=council&q={query}#results")!;
        Assert.Equal("https://www.example.gov.uk/site-search/", fallback.Action);
        Assert.Equal("q", fallback.QueryName);
        Assert.Equal([new SearchFallbackField("collection", "council")], fallback.Fields);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://www.example.gov.uk/search")]
    [InlineData("ftp://www.example.gov.uk/search?q={query}")]
    [InlineData("/search?q={query}")]
    public void An_address_without_a_query_field_gives_no_form(string? url) => Assert.Null(SearchFallback.Of(url));
}
