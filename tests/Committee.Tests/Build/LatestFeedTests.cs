using System.ServiceModel.Syndication;
using System.Xml;
using Committee.Render;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// A feed carries the newest <see cref="Feeds.LatestEntries"/> papers, not the archive: so an edit to an older paper
/// leaves the feeds as they are, while the open data still lists every paper.
/// </summary>
public class LatestFeedTests
{
    private const string Cctv = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";

    /// <summary>The demo reports plus sixty copies of the CCTV paper, one a week from 2030, newer than every demo paper.</summary>
    private static TestSite WithSixtyNewPapers()
    {
        var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var text = File.ReadAllText(Path.Combine(site.Root, Cctv));
        for (var week = 0; week < 60; week++)
        {
            var date = new DateOnly(2030, 1, 1).AddDays(7 * week).ToString("yyyy-MM-dd");
            site.WriteReport($"safer-ppb/{date}-cctv-copy.md", text
                .Replace("date: 2023-10-10", $"date: {date}", StringComparison.Ordinal)
                .Replace("title: \"Public space CCTV: upgrade", $"title: \"Public space CCTV, week {week}: upgrade", StringComparison.Ordinal));
        }
        return site;
    }

    private static List<string> Ids(TestSite site, string feed)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, feed));
        return [.. SyndicationFeed.Load(reader).Items.Select(i => i.Id)];
    }

    [Fact]
    public void The_feeds_carry_the_newest_fifty_papers_and_the_open_data_every_paper()
    {
        using var site = WithSixtyNewPapers();
        site.BuildOk();

        var newest = Enumerable.Range(0, 60).Reverse().Take(Feeds.LatestEntries)
            .Select(week => $"https://papers.eastmere.example/boards/safer-ppb/{new DateOnly(2030, 1, 1).AddDays(7 * week):yyyy-MM-dd}/cctv-copy/")
            .ToList();
        Assert.Equal(newest, Ids(site, "feed.xml"));
        Assert.Equal(newest, Ids(site, "boards/safer-ppb/feed.xml"));
        Assert.Contains("boards/safer-ppb/2023-10-10/cctv-network-upgrade/", site.ReadOutput("reports.json"));
        Assert.Contains("boards/safer-ppb/2030-01-01/cctv-copy/", site.ReadOutput("reports.csv"));
    }

    [Fact]
    public void Editing_a_paper_older_than_the_feeds_changes_the_open_data_but_not_the_feeds()
    {
        using var site = WithSixtyNewPapers();
        site.BuildOk();
        var before = SiteBuild.Files(site.Output);
        var path = Path.Combine(site.Root, Cctv);
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary: \"Sets out", "summary: \"Edited: sets out", StringComparison.Ordinal));

        site.BuildOk();

        var after = SiteBuild.Files(site.Output);
        Assert.NotEqual(before["reports.json"], after["reports.json"]);
        Assert.Equal(before["feed.xml"], after["feed.xml"]);
        Assert.Equal(before["boards/safer-ppb/feed.xml"], after["boards/safer-ppb/feed.xml"]);
        Assert.Contains("Edited: sets out", site.ReadOutput("reports.json"));
    }
}
