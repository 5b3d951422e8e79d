using Committee.Pipeline;
using Committee.Render;

namespace Committee.Meetings;

/// <summary>
/// A page at each old address of a published paper (<c>aliases:</c>), sending readers and search engines to its page: a
/// paper moved to a later meeting keeps the links people made to it. <see cref="CheckAliases"/> has made sure no old
/// address is that of another page.
/// </summary>
public static class AliasPages
{
    public static IEnumerable<ListingFile> Files(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var view = Views.Site(context.Site.Settings);
        var templates = context.Templates!;
        // A build stops on an old address that collides (alias-collision); the preview builds despite errors, so it
        // skips such an address rather than write over a page.
        var taken = new HashSet<string>(published.Select(d => d.Url).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var document in published)
        {
            if (document.Report is not { Aliases.IsEmpty: false } report || document.Url is null) continue;
            var page = new RedirectPage(view, report.Title, view.BaseUrl + document.Url, view.Root + document.Url);
            foreach (var alias in report.Aliases.Where(a => !CheckAliases.IsSitePage(a.Path) && taken.Add(a.Path)))
            {
                yield return new ListingFile(alias.Path + "index.html", writer => templates.Render("redirect", page, writer));
            }
        }
    }
}
