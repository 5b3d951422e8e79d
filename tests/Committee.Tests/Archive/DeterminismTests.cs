using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Archive;

/// <summary>Builds repeat byte for byte, and a paper's address never moves when other content changes.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class DeterminismTests(ArchiveFixture fixture)
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        var first = SiteBuild.Files(fixture.Output);
        var second = SiteBuild.Files(fixture.Again);
        Assert.True(first.Count > 50, $"Only {first.Count} files were built.");
        Assert.Equal(first.Keys, second.Keys);
        var different = first.Keys.Where(k => first[k] != second[k]).ToList();
        Assert.True(different.Count == 0, "Different between two builds: " + string.Join(", ", different));
    }

    [Fact]
    public void A_reports_address_does_not_change_when_other_content_changes()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var content = ArchiveContent.Read(site.Content, site.SiteSources);
        // A paper at a meeting with another paper: the one that would move if addresses depended on order.
        var meeting = content.Listed().Where(r => r.PublicFinal).GroupBy(r => r.MeetingPath).First(g => g.Count() >= 2).ToList();
        var first = meeting[0];
        var other = meeting[1];

        site.BuildOk();
        var page = Path.Combine(site.Output, first.Path, "index.html");
        Assert.True(File.Exists(page), first.Path);
        var canonical = Canonical(File.ReadAllText(page));
        Assert.Equal(content.Url(first.Path), canonical);
        var filesBefore = SiteBuild.Files(site.Output).Keys.ToHashSet();

        // A new paper at the same board and meeting, listed first on the agenda and first by title, and another paper retitled.
        var newFile = site.WriteReport($"{first.Board}/{first.Iso}-added-first-paper.md",
            File.ReadAllText(first.File)
                .Replace($"title: \"{first.Title}\"", "title: \"AAA added paper, first on the agenda\"")
                .Replace(first.Item is { } item ? $"item: {item}\n" : "\0", "item: 1\n"));
        Assert.Contains("AAA added paper", File.ReadAllText(newFile));
        var otherText = File.ReadAllText(other.File);
        File.WriteAllText(other.File, otherText.Replace($"title: \"{other.Title}\"", $"title: \"A retitled paper: {other.Title}\""));
        Assert.NotEqual(otherText, File.ReadAllText(other.File));

        site.BuildOk();
        Assert.True(File.Exists(page), $"{first.Path} is gone after an unrelated change.");
        Assert.Equal(canonical, Canonical(File.ReadAllText(page)));
        // The change did reach the site, and every earlier page is still there.
        Assert.True(File.Exists(Path.Combine(site.Output, first.MeetingPath, "added-first-paper", "index.html")));
        Assert.Contains("A retitled paper", File.ReadAllText(Path.Combine(site.Output, other.Path, "index.html")));
        var filesAfter = SiteBuild.Files(site.Output).Keys.ToHashSet();
        Assert.Empty(filesBefore.Except(filesAfter));
    }

    private static string? Canonical(string html) =>
        Html.Tags(html, "link").Single(t => t["rel"] == "canonical")["href"];
}
