using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>Atom feeds: one of every public paper, and one per board.</summary>
public static class Feeds
{
    public static IEnumerable<(string Path, string Xml)> Render(IReadOnlyList<ReportDocument> listed, PipelineContext context)
    {
        var site = context.Site;
        var papers = Syndication.Public(listed);
        yield return (Addresses.Feed, Feed($"{site.Settings.Title}: all papers", site.Settings.BaseUrl, site.Settings.BaseUrl + Addresses.Feed, papers, site));
        foreach (var board in site.Boards.Values.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            var boardPapers = papers.Where(d => d.Report!.BoardId == board.Id).ToList();
            yield return (Addresses.BoardFeed(board.Id), Feed($"{board.Name}: papers", site.Settings.BaseUrl + Addresses.Board(board.Id),
                site.Settings.BaseUrl + Addresses.BoardFeed(board.Id), boardPapers, site));
        }
    }

    private static string Feed(string title, string alternate, string self, List<ReportDocument> papers, Site site)
    {
        var feed = new SyndicationFeed(title, $"Committee papers of {site.Settings.Council}", new Uri(alternate), self, Updated(papers))
        {
            Language = site.Settings.Language,
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Settings.Council });
        feed.Links.Add(new SyndicationLink(new Uri(self)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Items = papers.Select(d =>
        {
            var report = d.Report!;
            var url = site.Settings.BaseUrl + d.Url;
            var summary = $"{Syndication.BoardName(site, report.BoardId)}, meeting of {Views.LongDate(report.Date)}." +
                          (report.Summary is { } s ? " " + s : "");
            var item = new SyndicationItem(report.Title, summary, new Uri(url), url, Syndication.Updated(d))
            {
                PublishDate = Syndication.Published(d),
            };
            item.Categories.Add(new SyndicationCategory(report.BoardId, null, Syndication.BoardName(site, report.BoardId)));
            return item;
        }).ToList();

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        // XmlWriter over a StringBuilder declares utf-16; the file is written as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }

    private static DateTimeOffset Updated(List<ReportDocument> papers) =>
        papers.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) : papers.Max(Syndication.Updated);
}
