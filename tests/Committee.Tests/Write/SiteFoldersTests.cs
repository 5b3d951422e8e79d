using Committee.Write;

namespace Committee.Tests.Write;

/// <summary>
/// The folders' times a rebuild compares with its record: on Linux looked up with fstatat relative to the site
/// (<see cref="FolderTimes"/>), they must be exactly what Directory.GetLastWriteTimeUtc says, and a folder someone
/// changed must show as changed.
/// </summary>
public sealed class SiteFoldersTests : IDisposable
{
    private readonly string site = Path.Combine(Path.GetTempPath(), "committee-folders-" + Guid.NewGuid().ToString("N"));

    public SiteFoldersTests()
    {
        foreach (var folder in new[] { "board/2019-20", "board/2020-21/q1", "wards/tŷ-gwyn", "search/shards" })
        {
            Directory.CreateDirectory(Path.Combine(site, folder));
        }
        File.WriteAllText(Path.Combine(site, "board/2019-20/index.html"), "<p>page</p>");
    }

    public void Dispose() => Directory.Delete(site, recursive: true);

    private static readonly string[] Folders = ["", "board", "board/2019-20", "board/2020-21", "board/2020-21/q1", "wards", "wards/tŷ-gwyn", "search/shards"];

    [Fact]
    public void Each_time_is_the_one_the_file_system_api_gives_to_the_tick()
    {
        // Times with sub-second ticks, so the nanoseconds are read from the right place too.
        var set = new DateTime(2024, 5, 17, 10, 11, 12, DateTimeKind.Utc).AddTicks(1234567);
        Directory.SetLastWriteTimeUtc(Path.Combine(site, "wards/tŷ-gwyn"), set);
        Directory.SetLastWriteTimeUtc(Path.Combine(site, "board/2020-21/q1"), set.AddTicks(-7654321));

        var times = SiteFolders.Times(site, Folders);

        Assert.Equal(Folders.Length, times.Count);
        foreach (var folder in Folders)
        {
            var expected = Directory.GetLastWriteTimeUtc(folder.Length == 0 ? site : Path.Combine(site, folder)).Ticks;
            Assert.Equal(expected, times[folder]);
        }
        Assert.Equal(set.Ticks, times["wards/tŷ-gwyn"]);
        Assert.Equal(set.AddTicks(-7654321).Ticks, times["board/2020-21/q1"]);
    }

    [Fact]
    public void A_folder_that_is_gone_is_left_out_and_counts_as_changed()
    {
        var recorded = SiteFolders.Times(site, Folders);
        Directory.Delete(Path.Combine(site, "search/shards"));

        Assert.DoesNotContain("search/shards", SiteFolders.Times(site, Folders).Keys);
        Assert.Contains("search/shards", SiteFolders.Changed(site, recorded));
    }

    [Fact]
    public void A_file_someone_adds_changes_its_folder_and_no_other()
    {
        var folder = Path.Combine(site, "board/2019-20");
        Directory.SetLastWriteTimeUtc(folder, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var recorded = SiteFolders.Times(site, Folders);

        File.WriteAllText(Path.Combine(folder, "stray.html"), "<p>someone's</p>");

        Assert.Equal(["board/2019-20"], SiteFolders.Changed(site, recorded));
    }

    [Fact]
    public void On_linux_the_times_are_looked_up_with_direct_calls()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var times = FolderTimes.Open(site);
        Assert.NotNull(times);
        Assert.Equal(Directory.GetLastWriteTimeUtc(site).Ticks, times.TimeOf("", missing: -1));
        Assert.Equal(-1, times.TimeOf("no/such/folder", missing: -1));
    }
}
