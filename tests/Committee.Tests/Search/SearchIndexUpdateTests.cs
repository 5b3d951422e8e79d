using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Search;

/// <summary>
/// An incremental build changes only what an edit touches in the search index, and ends with the index a full build
/// of the same content writes, byte for byte.
/// </summary>
public sealed class SearchIndexUpdateTests
{
    private const string Edited = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";

    /// <summary>The files the last build wrote, as its cache records them.</summary>
    private static List<string> Written(TestSite site) => SiteBuild.LastBuild(site, "Written");

    /// <summary>The search folder a build without any cache makes of the same content.</summary>
    private static SortedDictionary<string, string> FullIndex(TestSite site)
    {
        var other = Path.Combine(site.Root, "full-site");
        var cache = Path.Combine(site.Root, ".committee");
        var saved = Path.Combine(site.Root, "saved-cache");
        Directory.Move(cache, saved);
        try
        {
            site.BuildOk("--output", other);
            return SiteBuild.Files(Path.Combine(other, "search"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
            Directory.Move(saved, cache);
        }
    }

    private static void Edit(TestSite site, string from, string to)
    {
        var path = Path.Combine(site.Root, Edited);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_one_paper_rewrites_only_its_file_and_the_shards_of_the_words_it_changed()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var shards = Directory.GetFiles(Path.Combine(site.Output, "search", "shards")).Length;
        Assert.Empty(new SearchIndexReader(site.Output).Find("zephyrine"));

        Edit(site, "upgrade of the camera network and control room", "upgrade of the zephyrine camera network and control room");
        site.BuildOk();

        var written = Written(site).Where(p => p.StartsWith("search/", StringComparison.Ordinal)).ToList();
        var writtenShards = written.Where(p => p.StartsWith("search/shards/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(writtenShards);
        Assert.True(writtenShards.Count < shards / 4, $"{writtenShards.Count} of {shards} shards written:\n{string.Join("\n", writtenShards)}");
        Assert.Single(written, p => p.StartsWith("search/docs/", StringComparison.Ordinal));
        // The paper's board, year, quarter, wards and type are as they were, so the filters' files are too.
        Assert.DoesNotContain("search/facets.json", written);
        Assert.DoesNotContain("search/columns.json", written);
        var index = new SearchIndexReader(site.Output);
        Assert.Equal(["boards/safer-ppb/2023-10-10/cctv-network-upgrade/"], index.Find("zephyrine"));
        Assert.Equal(FullIndex(site), SiteBuild.Files(Path.Combine(site.Output, "search")));
    }

    [Fact]
    public void Words_a_paper_no_longer_has_leave_the_index_and_the_result_matches_a_full_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Edit(site, "upgrade of the camera network and control room", "upgrade of the quillwort camera network and control room");
        site.BuildOk();
        Assert.NotEmpty(new SearchIndexReader(site.Output).Find("quillwort"));

        Edit(site, "the quillwort camera", "the camera");
        site.BuildOk();

        var index = new SearchIndexReader(site.Output);
        Assert.Empty(index.Find("quillwort"));
        Assert.DoesNotContain("quillwort", index.Words.Keys);
        Assert.Equal(FullIndex(site), SiteBuild.Files(Path.Combine(site.Output, "search")));
    }

    [Fact]
    public void Adding_a_paper_reindexes_in_full_and_still_matches_a_full_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var source = Path.Combine(site.Root, Edited);
        var copy = Path.Combine(Path.GetDirectoryName(source)!, "2025-03-11-cctv-network-review.md");
        File.WriteAllText(copy, File.ReadAllText(source).Replace("date: 2023-10-10", "date: 2025-03-11", StringComparison.Ordinal)
            .Replace("CCTV: upgrade of the camera network", "CCTV: review of the camera network", StringComparison.Ordinal));

        site.BuildOk();

        var index = new SearchIndexReader(site.Output);
        Assert.Contains("boards/safer-ppb/2025-03-11/cctv-network-review/", index.Documents.Select(d => d.GetProperty("url").GetString()));
        Assert.Equal(FullIndex(site), SiteBuild.Files(Path.Combine(site.Output, "search")));
    }

    [Fact]
    public void A_rebuild_with_no_change_writes_nothing_under_search()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        site.BuildOk();
        Assert.DoesNotContain(Written(site), p => p.StartsWith("search/", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_a_papers_wards_rewrites_the_filters_and_matches_a_full_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        var columns = File.ReadAllText(Path.Combine(site.Output, "search", "columns.json"));

        Edit(site, "wards: [abbey, kingsway, castle-hill]", "wards: [abbey, kingsway]");
        site.BuildOk();

        var written = Written(site);
        Assert.Contains("search/columns.json", written);
        Assert.NotEqual(columns, File.ReadAllText(Path.Combine(site.Output, "search", "columns.json")));
        Assert.Equal(FullIndex(site), SiteBuild.Files(Path.Combine(site.Output, "search")));
    }

    [Fact]
    public void Shards_gone_since_the_last_build_make_the_index_in_full()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        foreach (var shard in Directory.GetFiles(Path.Combine(site.Output, "search", "shards"))) File.Delete(shard);

        Edit(site, "upgrade of the camera network and control room", "upgrade of the zephyrine camera network and control room");
        site.BuildOk();

        Assert.Equal(["boards/safer-ppb/2023-10-10/cctv-network-upgrade/"], new SearchIndexReader(site.Output).Find("zephyrine"));
        Assert.Equal(FullIndex(site), SiteBuild.Files(Path.Combine(site.Output, "search")));
    }

    [Fact]
    public void A_paper_edited_twice_is_patched_twice_and_matches_a_full_build()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.BuildOk();
        Edit(site, "upgrade of the camera network and control room", "upgrade of the zephyrine camera network and control room");
        site.BuildOk();
        // The second patch reads back the contribution the first one appended.
        Edit(site, "the zephyrine camera", "the quillwort camera");
        site.BuildOk();

        Assert.Single(Written(site), p => p.StartsWith("search/docs/", StringComparison.Ordinal));
        var index = new SearchIndexReader(site.Output);
        Assert.Empty(index.Find("zephyrine"));
        Assert.Equal(["boards/safer-ppb/2023-10-10/cctv-network-upgrade/"], index.Find("quillwort"));
        Assert.Equal(FullIndex(site), SiteBuild.Files(Path.Combine(site.Output, "search")));
    }
}
