using Committee.Pipeline;

namespace Committee.Render;

/// <summary>The pages that are not a single report: the home page and the "page not found" page.</summary>
public static class SitePages
{
    public static IEnumerable<(string Path, string Html)> Render(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var templates = context.Templates!;
        var site = Views.Site(context.Site.Settings);
        var boards = context.Site.Boards.Values
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new BoardListing(b.Id, b.Name, b.Description,
            [
                .. published
                    .Where(d => d.Report!.BoardId == b.Id)
                    .OrderByDescending(d => d.Report!.Date)
                    .ThenBy(d => d.Report!.Item ?? int.MaxValue)
                    .ThenBy(d => d.Report!.Title, StringComparer.Ordinal)
                    .Select(Views.Link),
            ]))
            .ToList();

        var home = templates.Render("index", new IndexView(site, boards));
        yield return ("index.html", templates.Render("layout", new PageView(site, site.Title, site.Description, site.BaseUrl, home, false)));

        var notFound = templates.Render("not-found", new NotFoundView(site));
        yield return ("404.html", templates.Render("layout", new PageView(site, "Page not found", "The page you asked for is not here.", site.BaseUrl + "404.html", notFound, false)));
    }
}
