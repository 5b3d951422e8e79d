using Committee.Pipeline;
using Committee.Render.Listings;

namespace Committee.Render;

/// <summary>
/// The pages that list papers rather than show one, by family: home, the boards (each board and meeting), the
/// council's meetings,
/// quarters, the wards (borough-wide and each ward), search and "page not found". A new kind of listing page is a
/// family of its own here, with its template and its words.
/// </summary>
public static class SitePages
{
    /// <summary>
    /// A board's, a ward's or the borough-wide listing of more papers than this is split by financial year: its page
    /// lists the latest year's papers and links to a page for each earlier year (<c>…/2011-12/</c>). A listing of every
    /// paper a board ever had is too long to read on a phone (700 KB at 2,000 papers).
    /// </summary>
    public const int SplitByYearAbove = 300;

    public static List<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var pages = new ListingPages(listed, context);
        HomePages.Add(pages);
        BoardPages.Add(pages);
        MeetingPages.Add(pages);
        // A build makes each pack with its meeting's pages (MeetingPacks).
        if (context.Products.Packs is null) PackPages.Add(pages);
        QuarterPages.Add(pages);
        IndicatorPages.Add(pages);
        WardPages.Add(pages);
        SearchPages.Add(pages);
        StatementPages.Add(pages);
        return pages.Files;
    }
}
