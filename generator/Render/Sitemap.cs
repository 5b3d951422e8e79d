using System.Xml.Linq;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary><c>sitemap.xml</c> (every public page; no exempt notices, no drafts) and <c>robots.txt</c> pointing to it.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">The listing pages' paths (".../index.html"), already rendered.</param>
    public static IEnumerable<(string Path, string Text)> Render(IReadOnlyList<ReportDocument> listed, IEnumerable<string> pages, PipelineContext context)
    {
        var baseUrl = context.Site.Settings.BaseUrl;
        var entries = pages
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            .Where(p => p != Search.SearchIndexWriter.Folder + "index.html") // a page for queries, with nothing to crawl
            .Select(p => (Url: baseUrl + p[..^"index.html".Length], LastModified: (DateOnly?)null))
            .Concat(Syndication.Public(listed).Select(d => (Url: baseUrl + d.Url, LastModified: d.LastChanged)))
            .OrderBy(e => e.Url, StringComparer.Ordinal);
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
                new XElement(Ns + "loc", e.Url),
                e.LastModified is { } date ? new XElement(Ns + "lastmod", Views.Iso(date)) : null))));
        yield return ("sitemap.xml", xml.Declaration + "\n" + xml.ToString() + "\n");
        yield return ("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n");
    }
}
