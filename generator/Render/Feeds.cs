using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// Atom feeds: the site's latest public papers, and each board's. A feed carries the newest papers only, as feeds
/// do: a reader polls it for what is new, and the archive's every paper is in the open data. It also keeps an edit to
/// an old paper from rewriting the site's feed. A feed of every paper would grow with the archive, and be slow to
/// render and to fetch (figures: docs/performance.md, 'Feeds carry the newest papers').
/// </summary>
public static class Feeds
{
    /// <summary>How many papers a feed carries: the newest by meeting date (then board, agenda item and address).</summary>
    public const int LatestEntries = 50;

    /// <summary>A feed: its title and addresses, and its papers, newest meeting first.</summary>
    private sealed record FeedModel(string Title, string Alternate, string Self, IReadOnlyList<FeedEntry> Entries);

    /// <summary>A paper as a feed shows it.</summary>
    private sealed record FeedEntry(string Title, string Summary, string Url, DateTimeOffset Updated, DateTimeOffset Published, string BoardId, string BoardName);

    public static IEnumerable<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var (site, words) = (context.Site, context.Words);
        var baseUrl = site.Settings.BaseUrl;
        string Feed(string title, string alternate, string self, List<ReportDocument> latest) =>
            Render(new FeedModel(title, alternate, self, [.. latest.Select(d => Entry(d, site, words))]), site, words);

        var latest = Syndication.Latest(listed.Public.Reports, LatestEntries);
        yield return new ListingFile(Addresses.Feed,
            () => Feed(words["feed_title", ("site", site.Settings.Title)], baseUrl, baseUrl + Addresses.Feed, latest));
        foreach (var board in site.Boards.Values.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            var papers = Syndication.Latest(ListedReports.Of(listed.PublicByBoard, board.Id).Reports, LatestEntries);
            yield return new ListingFile(Addresses.BoardFeed(board.Id),
                () => Feed(words["board_feed_title", ("board", board.Name)], baseUrl + Addresses.Board(board.Id), baseUrl + Addresses.BoardFeed(board.Id), papers));
        }
    }

    private static FeedEntry Entry(ReportDocument document, Site site, Words words)
    {
        var report = document.Report!;
        var boardName = Syndication.BoardName(site, report.BoardId);
        var summary = words["feed_entry", ("board", boardName), ("date", Views.LongDate(report.Date))] + (report.Summary is { } s ? " " + s : "");
        return new FeedEntry(report.Title, summary, site.Settings.BaseUrl + document.Url, Syndication.Updated(document), Syndication.Published(document), report.BoardId, boardName);
    }

    private static string Render(FeedModel model, Site site, Words words)
    {
        var feed = new SyndicationFeed(model.Title, words["feed_subtitle", ("council", site.Settings.Council)], new Uri(model.Alternate), model.Self, Updated(model.Entries))
        {
            Language = site.Settings.Language,
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Settings.Council });
        feed.Links.Add(new SyndicationLink(new Uri(model.Self)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Items = model.Entries.Select(e =>
        {
            var item = new SyndicationItem(e.Title, e.Summary, new Uri(e.Url), e.Url, e.Updated) { PublishDate = e.Published };
            item.Categories.Add(new SyndicationCategory(e.BoardId, null, e.BoardName));
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

    private static DateTimeOffset Updated(IReadOnlyList<FeedEntry> entries) =>
        entries.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) : entries.Max(e => e.Updated);
}
