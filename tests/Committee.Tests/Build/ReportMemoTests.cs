using System.Collections.Immutable;
using System.Text;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;
using Committee.Read;
using Committee.Search;
using Committee.Serve;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// The memo of validated reports in .committee/cache/: a report whose file has not changed is recalled instead of
/// being read, parsed and checked again, and a run with the memo finds and builds exactly what a run without it does.
/// </summary>
public class ReportMemoTests
{
    private const string Edited = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";
    private const string Exempt = "content/reports/executive-board/2024-09-19-proposed-land-acquisition.md";

    /// <summary>Words only the exempt demo report's body has (the archive tests check no page has them).</summary>
    private static readonly string[] ExemptWords = ["Marlowe Wharf", "Calder Marine", "3.85 million"];

    /// <summary>Validates as <c>committee validate</c> does: with the memo, saved at the end.</summary>
    private static RunResult Validate(TestSite site)
    {
        var run = ArchiveRun.Validate(site.Options(), loadTemplates: false, useMemo: true);
        run.Context.Memo!.Save();
        return run;
    }

    private static int ReportCount(TestSite site) => Directory.GetFiles(Path.Combine(site.Content, "reports"), "*.md", SearchOption.AllDirectories).Length;

    /// <summary>Dates every report file an hour back, so the memo may trust their size and time (see the racy rule).</summary>
    private static void Age(TestSite site)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(site.Content, "reports"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private static string MemoFolder(TestSite site) => Path.Combine(site.Root, ".committee", "cache");

    private static byte[] MemoBytes(TestSite site) =>
        [.. Directory.GetFiles(MemoFolder(site), "reports-*").Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes)];

    [Fact]
    public void A_second_validate_with_no_change_recalls_every_report_without_reading_it()
    {
        using var site = new TestSite(withDemoReports: true);
        Age(site);
        var reports = ReportCount(site);

        var first = Validate(site).Context.Memo!;
        Assert.Equal((0, reports, true), (first.Recalled, first.Checked, first.Saved));

        var second = Validate(site);
        var memo = second.Context.Memo!;
        Assert.Equal((reports, 0, 0), (memo.Recalled, memo.RecalledByContent, memo.Checked));
        Assert.False(memo.Saved);
        Assert.All(second.Documents, d => Assert.True(d.Recalled, d.DisplayPath));
        Assert.All(second.Documents, d => Assert.Null(d.Text));
    }

    [Fact]
    public void Editing_one_report_checks_that_report_again_and_recalls_the_rest()
    {
        using var site = new TestSite(withDemoReports: true);
        Age(site);
        Validate(site);

        var path = Path.Combine(site.Root, Edited);
        File.WriteAllText(path, File.ReadAllText(path).Replace("## 2.0 Recommended", "## 2.0 Recommended\n\n<b>bold</b>", StringComparison.Ordinal));
        var run = Validate(site);

        var memo = run.Context.Memo!;
        Assert.Equal((1, ReportCount(site) - 1), (memo.Checked, memo.Recalled));
        var document = Assert.Single(run.Documents, d => !d.Recalled);
        Assert.Equal(Path.GetFullPath(path), document.SourcePath);
        Assert.Contains(run.Diagnostics, d => d.RuleId == Committee.Diagnostics.Rules.RawHtml.Id && d.File.EndsWith("cctv-network-upgrade.md", StringComparison.Ordinal));
    }

    /// <summary>
    /// A run that saves the memo after an edit copies the entries of the reports it recalled from the memo's bytes rather
    /// than writing them again: the memo reads back the same as one written from scratch, and recalls as well.
    /// </summary>
    [Fact]
    public void A_memo_saved_after_an_edit_reads_back_as_one_written_from_scratch()
    {
        using var site = new TestSite(withDemoReports: true);
        Age(site);
        Validate(site);
        var path = Path.Combine(site.Root, Edited);
        File.WriteAllText(path, File.ReadAllText(path).Replace("## 2.0 Recommended", "## 2.0 Recommended\n\n<b>bold</b>", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-30));
        Validate(site);
        var memoFile = Assert.Single(Directory.GetFiles(MemoFolder(site), "reports-*.memo"));
        using var copied = ReportMemoFile.Read(memoFile);

        foreach (var file in Directory.GetFiles(MemoFolder(site))) File.Delete(file);
        Validate(site);
        using var fresh = ReportMemoFile.Read(memoFile);

        Assert.NotNull(copied);
        Assert.NotNull(fresh);
        Assert.Equal(fresh.Entries.Keys.Order(StringComparer.Ordinal), copied.Entries.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, entry) in fresh.Entries)
        {
            var other = copied.Entries[file];
            Assert.Equal(entry.Stamp, other.Stamp);
            // A report's wards are an array, compared by its items.
            Assert.Equal(entry.Report is null, other.Report is null);
            if (entry.Report is { } report)
            {
                Assert.Equal(report with { Wards = [] }, other.Report! with { Wards = [] });
                Assert.Equal(report.Wards.ToArray(), other.Report!.Wards.ToArray());
            }
            Assert.Equal(entry.TypeId, other.TypeId);
            Assert.Equal(entry.HasMarkdown, other.HasMarkdown);
            Assert.Equal(entry.Diagnostics.ToArray(), other.Diagnostics.ToArray());
            Assert.Equal(entry.Text is null, other.Text is null);
            if (entry.Text is not null) Assert.Equal(fresh.SearchTextOf(entry), copied.SearchTextOf(other));
        }
        var again = Validate(site).Context.Memo!;
        Assert.Equal((0, ReportCount(site)), (again.Checked, again.Recalled));
    }

    [Theory]
    [InlineData("content/boards/safer-ppb.yml")]
    [InlineData("content/types/ppb-report.yml")]
    [InlineData("site-src/site.yml")]
    public void Changing_a_board_a_report_type_or_the_settings_checks_every_report_again(string settingsFile)
    {
        using var site = new TestSite(withDemoReports: true);
        Age(site);
        Validate(site);
        var path = Path.Combine(site.Root, settingsFile);
        Assert.True(File.Exists(path), path);

        File.AppendAllText(path, "\n# changed\n");
        var memo = Validate(site).Context.Memo!;

        Assert.Equal((0, ReportCount(site)), (memo.Recalled, memo.Checked));
    }

    [Fact]
    public void A_touched_file_with_the_same_bytes_is_recalled_by_its_content()
    {
        using var site = new TestSite(withDemoReports: true);
        Age(site);
        Validate(site);

        File.SetLastWriteTimeUtc(Path.Combine(site.Root, Edited), DateTime.UtcNow.AddMinutes(-30));
        var memo = Validate(site).Context.Memo!;
        Assert.Equal((ReportCount(site), 1, 0), (memo.Recalled, memo.RecalledByContent, memo.Checked));
        Assert.True(memo.Saved); // with the new time, so the next run trusts the stat again

        var again = Validate(site).Context.Memo!;
        Assert.Equal((ReportCount(site), 0, 0), (again.Recalled, again.RecalledByContent, again.Checked));
    }

    [Fact]
    public void A_file_written_just_before_a_run_is_compared_by_content_next_time_even_with_the_same_size_and_time()
    {
        using var site = new TestSite();
        var path = site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        var time = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(path, time);
        Validate(site);

        // Same length, same time (a file system that keeps times to the second could show this): still not the same paper.
        File.WriteAllText(path, Reports.ValidPpb.Replace("Most measures", "Most MEASURES", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        var run = Validate(site);

        Assert.Equal((0, 1), (run.Context.Memo!.Recalled, run.Context.Memo.Checked));
    }

    [Fact]
    public void Findings_are_the_same_in_the_same_order_with_and_without_the_memo()
    {
        using var site = new TestSite(withDemoReports: true);
        site.WriteReport("safer-ppb/2024-11-12-broken.md", Reports.ValidPpb.Replace("## 4.0 Policy implications", "<div>raw</div>\n\n## 4.0 Policy implication", StringComparison.Ordinal)
            .Replace("1.1 To report", "1.3 To report", StringComparison.Ordinal));
        site.WriteReport("safer-ppb/2024-11-12-bad-yaml.md", "---\ntitle: [unclosed\nboard: safer-ppb\n---\n\n## 1.0 Purpose of report\n");
        site.WriteReport("childrens-osc/2025-02-04-school-attendance-copy.md", Reports.ValidOsc.Replace("wards: [dockside, harbour]", "wards: [dockside, nowhere]", StringComparison.Ordinal));
        site.WriteReport("childrens-osc/2025-02-04-same-address.md", Reports.ValidOsc.Replace("title: School attendance", "title: School attendance\nslug: school-attendance", StringComparison.Ordinal));
        site.WriteBytes("content/reports/safer-ppb/binary.md", [0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]);
        site.WriteBytes("content/reports/safer-ppb/latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\n---\n"));
        site.WriteBytes("content/reports/safer-ppb/too-large.md", new byte[ReadReports.MaxBytes + 1]);
        site.WriteReport("safer-ppb/minutes.docx", "not a report");
        Age(site);

        var withoutMemo = site.Validate().Diagnostics;
        Assert.Contains(withoutMemo, d => d.IsError);
        Assert.Contains(withoutMemo, d => !d.IsError);
        Assert.Contains(withoutMemo, d => d.RuleId == Committee.Diagnostics.Rules.UrlCollision.Id);

        var cold = site.Run("validate");
        Directory.Delete(Path.Combine(site.Root, ".committee"), recursive: true);
        var coldJson = site.Run("validate", "--format", "json");
        var warmRun = Validate(site);
        Assert.Equal(0, warmRun.Context.Memo!.Checked);
        Assert.Equal(withoutMemo, warmRun.Diagnostics);
        var warm = site.Run("validate");
        var warmJson = site.Run("validate", "--format", "json");

        Assert.Equal(1, cold.ExitCode);
        Assert.Equal(cold.ToString(), warm.ToString());
        Assert.Equal(coldJson.ToString(), warmJson.ToString());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("cut in half")]
    [InlineData("empty")]
    [InlineData("one byte changed")]
    [InlineData("texts missing")]
    [InlineData("texts cut short")]
    public void A_damaged_memo_is_ignored_and_replaced(string damage)
    {
        using var site = new TestSite(withDemoReports: true);
        Age(site);
        var expected = site.Run("validate", "--format", "json").ToString();
        var memoFile = Assert.Single(Directory.GetFiles(MemoFolder(site), "reports-*.memo"));
        var textsFile = Path.ChangeExtension(memoFile, ".texts");
        var bytes = File.ReadAllBytes(memoFile);
        switch (damage)
        {
            case "garbage": File.WriteAllBytes(memoFile, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))]); break;
            case "cut in half": File.WriteAllBytes(memoFile, bytes[..(bytes.Length / 2)]); break;
            case "empty": File.WriteAllBytes(memoFile, []); break;
            case "one byte changed": bytes[bytes.Length / 2] ^= 0x55; File.WriteAllBytes(memoFile, bytes); break;
            case "texts missing": File.Delete(textsFile); break;
            case "texts cut short": File.WriteAllBytes(textsFile, File.ReadAllBytes(textsFile)[..100]); break;
        }

        var run = Validate(site);
        Assert.Equal((0, ReportCount(site)), (run.Context.Memo!.Recalled, run.Context.Memo.Checked));
        Assert.Equal(expected, site.Run("validate", "--format", "json").ToString());
        Assert.Equal(0, Validate(site).Context.Memo!.Checked);
    }

    [Fact]
    public void Only_the_named_paper_is_shown_with_the_memo_as_without_it()
    {
        using var site = new TestSite(withDemoReports: true);
        site.WriteReport("safer-ppb/2024-11-12-broken.md", Reports.ValidPpb.Replace("## 4.0 Policy implications", "## 4.0 Policy implication", StringComparison.Ordinal));
        var cold = site.Run("validate", "content/reports/safer-ppb/2024-11-12-broken.md");
        var warm = site.Run("validate", "content/reports/safer-ppb/2024-11-12-broken.md");

        Assert.Equal(1, cold.ExitCode);
        Assert.Contains("Checked 1 report", cold.Out);
        Assert.Equal(cold.ToString(), warm.ToString());
    }

    [Fact]
    public void A_build_with_the_memo_writes_the_same_bytes_as_a_build_without_it()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        site.BuildOk();
        var full = SiteBuild.Files(site.Output);

        // Without the build cache every page is rendered again, each recalled report's Markdown read back for it.
        foreach (var file in Directory.GetFiles(MemoFolder(site), "build-*")) File.Delete(file);
        Directory.Delete(site.Output, recursive: true);
        site.BuildOk();
        Assert.Equal(full, SiteBuild.Files(site.Output));

        // A title changed: its neighbours' pages are rendered again from recalled reports.
        var path = Path.Combine(site.Root, Edited);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"", "title: \"Renamed: ", StringComparison.Ordinal));
        site.BuildOk();
        var incremental = SiteBuild.Files(site.Output);
        Directory.Delete(Path.Combine(site.Root, ".committee"), recursive: true);
        Directory.Delete(site.Output, recursive: true);
        site.BuildOk();
        Assert.Equal(SiteBuild.Files(site.Output), incremental);
        Assert.NotEqual(full, incremental);
    }

    [Fact]
    public void A_build_with_drafts_recalls_reports_a_validate_remembered()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        site.Run("validate");
        var build = ArchiveRun.Validate(site.Options(drafts: true), loadTemplates: true, useMemo: true);

        Assert.Equal(0, build.Context.Memo!.Checked);
        Assert.All(build.Documents.Where(d => d.Report is { IsExempt: false }), d => Assert.NotNull(d.SearchText));
        Assert.All(build.Documents.Where(d => d.Report is { IsExempt: true }), d => Assert.Null(d.SearchText));
        Assert.Equal(site.Validate().Documents.Select(d => d.SearchText), build.Documents.Select(d => d.SearchText));
    }

    [Fact]
    public void An_exempt_reports_text_is_never_in_the_memo_even_when_it_was_public_before()
    {
        using var site = new TestSite(withDemoReports: true);
        Validate(site);
        var memo = Encoding.UTF8.GetString(MemoBytes(site));
        Assert.All(ExemptWords, w => Assert.DoesNotContain(w, memo));

        // A paper validated as public, then marked exempt: its words leave the memo with the next run.
        var path = site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb.Replace("Most measures are on target.", "Quokkasecret figures.", StringComparison.Ordinal));
        Validate(site);
        Assert.Contains("Quokkasecret", Encoding.UTF8.GetString(MemoBytes(site)));
        File.WriteAllText(path, File.ReadAllText(path).Replace("period: 2024/25 Q2", "period: 2024/25 Q2\naccess: exempt\nexempt_paragraph: 3", StringComparison.Ordinal));
        var run = Validate(site);
        Assert.True(run.Documents.Single(d => d.SourcePath == Path.GetFullPath(path)).Report!.IsExempt);
        Assert.DoesNotContain("Quokkasecret", Encoding.UTF8.GetString(MemoBytes(site)));
    }

    [Fact]
    public void A_recalled_report_that_changed_during_the_build_is_not_rendered_from_unchecked_text()
    {
        using var site = new TestSite();
        var path = site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        Age(site);
        Validate(site);
        var run = Validate(site);
        var document = Assert.Single(run.Documents);
        Assert.True(document.Recalled);
        Assert.Empty(document.Sections);

        var loaded = RecallReports.LoadMarkdown(document, run.Context);
        Assert.Equal(9, loaded.Sections.Length);

        File.AppendAllText(path, "\n9.2 Added after it was checked.\n");
        Assert.Throws<RecallReports.ChangedException>(() => RecallReports.LoadMarkdown(document, run.Context));
    }

    [Fact]
    public void The_preview_rebuilds_from_the_memo_and_still_shows_a_paper_with_errors()
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        site.WriteReport("safer-ppb/2024-11-12-broken.md", Reports.ValidPpb.Replace("## 4.0 Policy implications", "## 4.0 Policy implication", StringComparison.Ordinal)
            .Replace("title: Community safety", "title: Broken community safety", StringComparison.Ordinal));
        Age(site);
        var options = site.Options() with { OutputDirectory = Path.Combine(site.Root, ".committee", "preview-test"), Preview = true };

        var firstBuild = new PreviewBuild(options, TextWriter.Null, colour: false);
        var first = firstBuild.Run(1, null);
        firstBuild.WaitForSave(); // the memo is saved while the preview is shown
        var pages = SiteBuild.Files(first.Folder!);
        var secondBuild = new PreviewBuild(options, TextWriter.Null, colour: false);
        var second = secondBuild.Run(2, first);
        secondBuild.WaitForSave();

        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(1, second.PapersWithErrors);
        Assert.Equal(pages, SiteBuild.Files(second.Folder!));
        Assert.Contains(pages.Keys, p => p.StartsWith("boards/safer-ppb/2024-11-12/broken/", StringComparison.Ordinal));
    }

    /// <summary>
    /// A preview started after a build recalls every paper from the build's memo, and its own search index (none yet)
    /// is made in full from the recalled papers' texts, which the memo reads from its file when asked.
    /// </summary>
    [Fact]
    public void A_preview_after_a_build_indexes_the_recalled_papers_from_the_memo()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        Age(site);
        site.BuildOk();
        var options = site.Options() with { OutputDirectory = Path.Combine(site.Root, ".committee", "preview-test"), Preview = true };

        var build = new PreviewBuild(options, TextWriter.Null, colour: false);
        var preview = build.Run(1, null);
        build.WaitForSave();

        Assert.Null(preview.Failure);
        var built = SiteBuild.Files(Path.Combine(site.Root, "_site"));
        var previewed = SiteBuild.Files(preview.Folder!);
        var docs = built.Keys.Where(p => p.StartsWith("search/docs/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(docs);
        Assert.All(docs, p => Assert.Equal(built[p], previewed[p]));
    }

    /// <summary>Every field of a report survives the memo's file, so a field added to <see cref="Report"/> cannot be silently lost.</summary>
    [Fact]
    public void A_memo_entry_keeps_every_field_of_the_report_and_its_findings()
    {
        var report = new Report
        {
            Title = "Title",
            BoardId = "safer-ppb",
            Date = new DateOnly(2024, 11, 12),
            Officer = "Officer",
            Wards = ["abbey", "kingsway"],
            AllWards = true,
            TypeId = "ppb-report",
            Period = new FinancialPeriod(2024, 2),
            Portfolio = "Portfolio",
            Contact = "Contact",
            Summary = "Summary",
            Slug = "slug",
            Item = 7,
            Status = ReportStatus.Draft,
            Access = ReportAccess.Exempt,
            ExemptParagraph = 3,
        };
        var defaults = new Report();
        var unset = typeof(Report).GetProperties().Where(p => p.CanWrite && Show(p.GetValue(report)) == Show(p.GetValue(defaults))).Select(p => p.Name);
        Assert.Empty(unset); // a new field: write and read it in ReportMemoFile, then set it above

        Diagnostic[] findings = [new("raw-html", Severity.Error, "a.md", 3, 4, "Message", "Hint"), new("section-unknown", Severity.Warning, "a.md", 0, 0, "Other", null)];
        var folder = Path.Combine(Path.GetTempPath(), "committee-memo-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var path = Path.Combine(folder, "reports-test.memo");
            var entry = new ReportMemoFile.Entry(new FileStamp(10, 20, "AB"), report, "ppb-report", true, [.. findings], null);
            var text = new SearchText("Heading · Other", "Body text £ é");
            ReportMemoFile.Write(path, "key", 30, [("/a.md", entry, text), ("/b.md", entry with { Report = null, HasMarkdown = false, Diagnostics = [] }, null)], null);

            using var read = ReportMemoFile.Read(path)!;
            Assert.Equal(("key", 30L), (read.Key, read.StartedTicks));
            var back = read.Entries["/a.md"];
            Assert.Equal(Describe(report), Describe(back.Report!));
            Assert.Equal((entry.Stamp, "ppb-report", true), (back.Stamp, back.TypeId, back.HasMarkdown));
            Assert.Equal(findings, back.Diagnostics);
            Assert.Equal(text, read.SearchTextOf(back));
            var other = read.Entries["/b.md"];
            Assert.Null(other.Report);
            Assert.Equal((false, 0), (other.HasMarkdown, other.Diagnostics.Count));
            Assert.Null(read.SearchTextOf(other));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The memo <c>serve</c> keeps in memory after saving is what reading the file back gives: the same entries, texts and
    /// bytes, and each entry at the same place in them (the next save copies entries by those places).
    /// </summary>
    [Fact]
    public void A_memo_kept_after_saving_is_what_reading_its_file_gives()
    {
        var folder = Path.Combine(Path.GetTempPath(), "committee-memo-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var path = Path.Combine(folder, "reports-test.memo");
            var report = new Report { Title = "Title", BoardId = "safer-ppb", Date = new DateOnly(2024, 11, 12), Officer = "Officer", Wards = ["abbey"] };
            ReportMemoFile.Entry Entry(int n) => new(new FileStamp(n, n * 10L, $"H{n}"), report with { Title = $"Title {n}" }, "ppb-report", true, [], null);
            var first = ReportMemoFile.Write(path, "key", 30,
                [.. Enumerable.Range(0, 6).Select(n => ($"/{n}.md", Entry(n), (SearchText?)new SearchText($"Heading {n}", $"Body {n} é")))], null, keep: true)!;
            AssertSameAsRead(first, path);

            // Recalled entries copied (in runs, with a gap), one checked again with a new text, one gone, one new.
            List<(string, ReportMemoFile.Entry, SearchText?)> next =
            [
                ("/0.md", first.Entries["/0.md"], null),
                ("/1.md", first.Entries["/1.md"], null),
                ("/2.md", Entry(2) with { Stamp = new FileStamp(2, 99, "H2b") }, new SearchText("Heading 2", "Edited body")),
                ("/3.md", first.Entries["/3.md"], null),
                ("/5.md", first.Entries["/5.md"], null),
                ("/6.md", Entry(6), new SearchText("Heading 6", "Body 6")),
            ];
            using var second = ReportMemoFile.Write(path, "key", 40, next, first, keep: true)!;
            first.Dispose();
            AssertSameAsRead(second, path);
            Assert.Equal(new SearchText("Heading 2", "Edited body"), second.SearchTextOf(second.Entries["/2.md"]));
            Assert.Equal(new SearchText("Heading 5", "Body 5 é"), second.SearchTextOf(second.Entries["/5.md"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertSameAsRead(ReportMemoFile.Contents kept, string path)
    {
        using var read = ReportMemoFile.Read(path)!;
        Assert.Equal((read.Key, read.StartedTicks, read.TextsId), (kept.Key, kept.StartedTicks, kept.TextsId));
        Assert.Equal(read.Head, kept.Head);
        Assert.Equal(read.Entries.Keys.Order(StringComparer.Ordinal), kept.Entries.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, entry) in read.Entries)
        {
            var mine = kept.Entries[file];
            Assert.Equal((entry.Stamp, entry.TypeId, entry.HasMarkdown, entry.Text), (mine.Stamp, mine.TypeId, mine.HasMarkdown, mine.Text));
            Assert.Equal(Describe(entry.Report!), Describe(mine.Report!));
            Assert.Equal(entry.Diagnostics, mine.Diagnostics);
            Assert.Equal(read.Written[entry], kept.Written[mine]);
            Assert.Equal(read.SearchTextOf(entry), kept.SearchTextOf(mine));
        }
    }

    /// <summary>Every property of a report as text, so two reports compare by value (wards included).</summary>
    private static string Describe(Report report) =>
        string.Join("\n", typeof(Report).GetProperties().Select(p => $"{p.Name}={Show(p.GetValue(report))}"));

    private static string Show(object? value) => value switch
    {
        null => "null",
        ImmutableArray<string> list => "[" + string.Join(",", list) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
