using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>The search page and the "page not found" page.</summary>
internal static class SearchPages
{
    public static void Add(ListingPages pages)
    {
        var (view, words, root) = (pages.View, pages.Words, pages.Root);
        // The page is the same for every query; search-page.js reads the query from the address. Its filters count the
        // searchable papers by board, year, quarter, ward and type.
        pages.Page(Search.SearchIndexWriter.Folder, "search", () =>
            {
                var facets = Search.SearchFilters.Of(Search.SearchIndexWriter.Documents(pages.Listed.All, pages.Context.Options.IncludeDrafts), pages.Site);
                return new SearchPage(view, root + "assets/search-page.js", root + Search.SearchIndexWriter.Folder, root + Addresses.Boards, root + Addresses.Quarters, root + Addresses.Wards,
                    facets.Board, facets.Year, facets.Quarter, facets.Ward, facets.Type, SearchFallback.Of(pages.Site.Settings.SearchFallbackUrl) ?? SearchFallback.None);
            },
            words["search_title"], words["search_description", ("council", view.Council)], "", pages.Home);

        var templates = pages.Context.Templates!;
        pages.Files.Add(new ListingFile("404.html", writer =>
            templates.Render("layout", new PageView(view, words["not_found_title"], words["not_found_description"], view.BaseUrl + "404.html",
                templates.Render("not-found", new NotFoundView(view)), false, "", [pages.Home]), writer)));
    }
}
