using Committee.Pipeline;
using Committee.Serve;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Serve;

/// <summary>
/// <c>committee serve</c> keeps the memo of validated reports, the build's record and the search index's state in memory
/// between previews, and takes them from there while their files are the ones it wrote. Each preview must still be
/// exactly what a fresh preview of the same content is: same files, same findings.
/// </summary>
public class PreviewMemoryTests
{
    private const string Edited = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";

    /// <summary>Dates every report file an hour back, so the memo may trust their size and time (see the racy rule).</summary>
    private static void Age(TestSite site)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(site.Content, "reports"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private static BuildOptions Preview(TestSite site, string name) =>
        site.Options() with { OutputDirectory = Path.Combine(site.Root, ".committee", name), Preview = true };

    /// <summary>A preview made from nothing kept: a new memo read from its file, and a full build into a new folder.</summary>
    private static (PreviewSnapshot Snapshot, SortedDictionary<string, string> Files) Fresh(TestSite site)
    {
        var options = Preview(site, "preview-fresh");
        if (Directory.Exists(options.OutputDirectory)) Directory.Delete(options.OutputDirectory, recursive: true);
        var build = new PreviewBuild(options, TextWriter.Null, colour: false);
        var snapshot = build.Run(1, null);
        build.WaitForSave();
        return (snapshot, SiteBuild.Files(snapshot.Folder!));
    }

    private static void Edit(TestSite site, string file, string from, string to)
    {
        var path = Path.Combine(site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Previews_after_saves_take_the_memo_record_and_search_state_from_memory_and_match_a_fresh_preview()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        var build = new PreviewBuild(Preview(site, "preview-kept"), TextWriter.Null, colour: false);
        var snapshot = build.Run(1, null);
        build.WaitForSave();
        Assert.False(build.Memo.LoadedFromMemory);
        Assert.True(build.Memo.Saved);

        var edits = new (string File, string From, string To)[]
        {
            (Edited, "summary: \"", "summary: \"Edited. "),
            (Edited, "title: \"", "title: \"Renamed: "),
            (Edited, "summary: \"Edited. ", "summary: \"Edited again. "),
        };
        var version = 1;
        foreach (var (file, from, to) in edits)
        {
            Edit(site, file, from, to);
            snapshot = build.Run(++version, snapshot, [Path.Combine(site.Root, file)]);
            build.WaitForSave();
            Assert.True(build.Memo.LoadedFromMemory);
            // The watcher named the one file: the others were recalled without a look (the edited one was checked).
            Assert.Equal(ReportCount(site) - 1, build.Memo.RecalledUnseen);
            Assert.True(build.LastCache!.RecordFromMemory);
            Assert.True(build.LastCache.SearchStateFromMemory);
            Assert.Equal(1, build.Memo.Checked);

            var (fresh, freshFiles) = Fresh(site);
            Assert.Null(snapshot.Failure);
            Assert.Equal(fresh.Diagnostics, snapshot.Diagnostics);
            Assert.Equal(freshFiles, SiteBuild.Files(snapshot.Folder!));

            // The fresh preview saved the memo over the kept one: the next preview reads it from its file, and changes nothing.
            snapshot = build.Run(++version, snapshot, []);
            build.WaitForSave();
            Assert.False(build.Memo.LoadedFromMemory);
            Assert.Equal(0, build.Memo.RecalledUnseen);
            Assert.Equal(freshFiles, SiteBuild.Files(snapshot.Folder!));
        }
    }

    [Fact]
    public void A_paper_added_made_exempt_or_removed_between_previews_gives_what_a_fresh_preview_gives()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        var build = new PreviewBuild(Preview(site, "preview-kept"), TextWriter.Null, colour: false);
        var snapshot = build.Run(1, null);
        build.WaitForSave();
        var added = site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb.Replace("Most measures are on target.", "Quokkasecret figures.", StringComparison.Ordinal));
        var changes = new Action[]
        {
            () => { }, // the paper added above
            () => File.WriteAllText(added, File.ReadAllText(added).Replace("period: 2024/25 Q2", "period: 2024/25 Q2\naccess: exempt\nexempt_paragraph: 3", StringComparison.Ordinal)),
            () => File.Delete(added),
        };
        var version = 1;
        foreach (var change in changes)
        {
            change();
            snapshot = build.Run(++version, snapshot, [added]);
            build.WaitForSave();
            Assert.True(build.Memo.LoadedFromMemory);
            var (fresh, freshFiles) = Fresh(site);
            Assert.Equal(fresh.Diagnostics, snapshot.Diagnostics);
            Assert.Equal(freshFiles, SiteBuild.Files(snapshot.Folder!));
            snapshot = build.Run(++version, snapshot); // reads the memo the fresh preview saved
            build.WaitForSave();
        }
        // The exempt paper's words went from the memo when it became exempt, kept in memory or not.
        var memo = string.Concat(Directory.GetFiles(Path.Combine(site.Root, ".committee", "cache"), "reports-*").Select(File.ReadAllText));
        Assert.DoesNotContain("Quokkasecret", memo);
    }

    [Theory]
    [InlineData("content/reports/safer-ppb", 0)] // a folder among the reports (put there or renamed): look at every file
    [InlineData("content", 0)] // the watcher's overflow names the folder it watches: look at every file
    [InlineData("content/reports/safer-ppb/sedX1b2c3", 1)] // an editor's temporary file, gone by now: only the edited file
    public void What_the_watcher_names_decides_which_files_the_preview_looks_at(string changed, int trusted)
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        var build = new PreviewBuild(Preview(site, "preview-kept"), TextWriter.Null, colour: false);
        var snapshot = build.Run(1, null);
        build.WaitForSave();

        Edit(site, Edited, "summary: \"", "summary: \"Edited. ");
        snapshot = build.Run(2, snapshot, [Path.Combine(site.Root, changed), Path.Combine(site.Root, Edited)]);
        build.WaitForSave();

        Assert.True(build.Memo.LoadedFromMemory);
        Assert.Equal((1, trusted == 0 ? 0 : ReportCount(site) - 1), (build.Memo.Checked, build.Memo.RecalledUnseen));
        Assert.Equal(Fresh(site).Files, SiteBuild.Files(snapshot.Folder!));
    }

    private static int ReportCount(TestSite site) => Directory.GetFiles(Path.Combine(site.Content, "reports"), "*.md", SearchOption.AllDirectories).Length;

    [Fact]
    public void A_build_between_previews_makes_the_next_preview_read_the_memo_from_its_file()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        var build = new PreviewBuild(Preview(site, "preview-kept"), TextWriter.Null, colour: false);
        var snapshot = build.Run(1, null);
        build.WaitForSave();

        // `committee build` in another terminal checks an edit and saves the memo over the one the preview kept.
        Edit(site, Edited, "summary: \"", "summary: \"Edited. ");
        site.BuildOk();
        snapshot = build.Run(2, snapshot, [Path.Combine(site.Root, Edited)]);
        build.WaitForSave();

        Assert.False(build.Memo.LoadedFromMemory);
        Assert.Equal((0, 0), (build.Memo.Checked, build.Memo.RecalledUnseen));
        Assert.Equal(Fresh(site).Files, SiteBuild.Files(snapshot.Folder!));
    }
}
