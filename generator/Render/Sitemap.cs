using System.Xml.Linq;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary><c>sitemap.xml</c> (every public page; no exempt notices, no drafts) and <c>robots.txt</c> pointing to it.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A page in the sitemap: its full address and, for a report, the date it last changed (else "").</summary>
    private sealed record SitemapEntry(string Url, string LastModified);

    /// <param name="pages">The listing pages' paths (".../index.html").</param>
    public static IEnumerable<ListingFile> Files(ListedReports listed, IReadOnlyList<string> pages, PipelineContext context)
    {
        var baseUrl = context.Site.Settings.BaseUrl;
        // The reports' places hold their addresses, whether they are public and their last change.
        yield return new ListingFile("sitemap.xml", () => Render(
        [
            .. pages
                .Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
                .Where(p => p != Search.SearchIndexWriter.Folder + "index.html") // a page for queries, with nothing to crawl
                .Select(p => new SitemapEntry(baseUrl + p[..^"index.html".Length], ""))
                .Concat(Syndication.Public(listed.All).Select(d => new SitemapEntry(baseUrl + d.Url, Views.Iso(d.LastChanged ?? d.Published))))
                .OrderBy(e => e.Url, StringComparer.Ordinal),
        ]));
        yield return new ListingFile("robots.txt", () => $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n");
    }

    private static string Render(List<SitemapEntry> entries)
    {
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
                new XElement(Ns + "loc", e.Url),
                e.LastModified.Length > 0 ? new XElement(Ns + "lastmod", e.LastModified) : null))));
        return xml.Declaration + "\n" + xml.ToString() + "\n";
    }
}
