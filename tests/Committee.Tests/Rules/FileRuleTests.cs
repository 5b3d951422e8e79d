using System.Text;
using Committee.Diagnostics;
using Committee.Read;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The rules about the file itself: it must be UTF-8 text of a sensible size, without absurd nesting. A finding about
/// the whole file has line 0.
/// </summary>
public class FileRuleTests
{
    private static List<Diagnostic> FindingsForBytes(byte[] bytes)
    {
        using var site = new TestSite();
        site.WriteBytes(Path.Combine("content", "reports", RuleCheck.PpbName), bytes);
        return RuleCheck.InFile(site.Validate().Diagnostics, RuleCheck.PpbName);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static TheoryData<string, byte[], string> NotText => new()
    {
        { "a NUL byte in the text", Concat(Utf8(Reports.ValidPpb[..100]), [0], Utf8(Reports.ValidPpb[100..])), "it contains binary data" },
        { "a PDF saved as .md", Concat(Utf8("%PDF-1.7\n"), [0xE2, 0xE3, 0xCF, 0xD3, 0x00, 0x01]), "it contains binary data" },
        { "UTF-16 text", Encoding.Unicode.GetBytes(Reports.ValidPpb), "it contains binary data" },
        { "a pound sign saved as Windows-1252", Latin1(Reports.ValidPpb.Replace("4.1 None.", "4.1 Costs \u00a35,000.")), "it is not UTF-8 encoded" },
        { "a truncated UTF-8 sequence", Concat(Utf8(Reports.ValidPpb), [0xC3]), "it is not UTF-8 encoded" },
    };

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    [Theory]
    [MemberData(nameof(NotText))]
    public void A_file_that_is_not_utf8_text_is_not_text(string what, byte[] bytes, string reason)
    {
        var findings = FindingsForBytes(bytes);
        var found = RuleCheck.AssertOnly(findings, "not-text", 0, Severity.Error);
        Assert.True(found.Message.Contains(reason), $"{what}: {found.Message}");
        Assert.Equal($"This file is not plain text ({reason}). Save the paper as a UTF-8 text (Markdown) file.", found.Message);
    }

    public static TheoryData<string, byte[]> Text => new()
    {
        { "UTF-8 with a byte order mark", Concat([0xEF, 0xBB, 0xBF], Utf8(Reports.ValidPpb)) },
        { "Windows line endings", Utf8(Reports.ValidPpb.Replace("\n", "\r\n")) },
        { "a pound sign and Welsh in UTF-8", Utf8(Reports.ValidPpb.Replace("4.1 None.", "4.1 Costs \u00a35,000 in T\u0177 Gwyn.")) },
    };

    [Theory]
    [MemberData(nameof(Text))]
    public void A_utf8_text_file_is_read(string what, byte[] bytes)
    {
        var findings = FindingsForBytes(bytes);
        Assert.True(findings.Count == 0, $"{what}:\n{RuleCheck.Describe(findings)}");
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_keep_line_numbers_true()
    {
        var text = RuleCheck.Edit(Reports.ValidPpb, "3.2 Two are not", "3.3 Two are not").Replace("\n", "\r\n");
        var findings = FindingsForBytes(Concat([0xEF, 0xBB, 0xBF], Utf8(text)));
        RuleCheck.AssertOnly(findings, "paragraph-number-order", 24, Severity.Warning);
        var yaml = RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\nacces: exempt").Replace("\n", "\r\n");
        RuleCheck.AssertOnly(FindingsForBytes(Concat([0xEF, 0xBB, 0xBF], Utf8(yaml))), "field-unknown", 7, Severity.Error);
    }

    [Theory]
    [InlineData("safer-ppb/2024-11-12-minutes.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 })]
    [InlineData("safer-ppb/2024-11-12-performance.txt", new byte[] { 0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x0A })]
    [InlineData("safer-ppb/2024-11-12-performance.md.bak", new byte[] { 0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x0A })]
    public void A_file_that_is_not_markdown_in_the_reports_folder_is_not_a_report(string name, byte[] bytes)
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.WriteBytes(Path.Combine("content", "reports", name), bytes);
        var result = site.Validate();
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, RuleCheck.PpbName));
        var found = RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, name), "not-a-report", 0, Severity.Warning);
        Assert.StartsWith("This file is not a report (reports are Markdown files ending in .md), so it is not published.", found.Message);
    }

    [Fact]
    public void Hidden_files_and_folders_in_the_reports_folder_are_hidden_file_but_gitkeep_is_not()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.WriteReport("safer-ppb/.gitkeep", "");
        site.WriteReport(".DS_Store", "\0\0\0");
        site.WriteReport("safer-ppb/.2024-11-12-budget.md", Reports.ValidPpb);
        site.WriteReport(".drafts/2024-11-12-budget.md", Reports.ValidPpb);
        var result = site.Validate();
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, RuleCheck.PpbName));
        Assert.DoesNotContain(result.Diagnostics, d => d.File.EndsWith(".gitkeep", StringComparison.Ordinal));
        foreach (var hidden in new[] { ".DS_Store", "safer-ppb/.2024-11-12-budget.md", ".drafts" })
        {
            var found = RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, hidden), "hidden-file", 0, Severity.Warning);
            Assert.Contains("not published", found.Message);
        }
        // Nothing inside a hidden folder is read.
        Assert.DoesNotContain(result.Diagnostics, d => d.File.Contains(".drafts/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_content_folder_is_link_outside_content_and_never_read()
    {
        using var site = new TestSite();
        var outside = Path.Combine(site.Root, "secret.md");
        File.WriteAllText(outside, Reports.ValidPpb.Replace("title: ", "title: SECRET-OUTSIDE "));
        var link = Path.Combine(site.Content, "reports", "safer-ppb", "2024-11-12-performance.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, outside);
        File.CreateSymbolicLink(Path.Combine(site.Content, "reports", "zero.md"), "/dev/zero");
        var result = site.Validate();
        var found = RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, RuleCheck.PpbName), "link-outside-content", 0, Severity.Error);
        Assert.Contains(outside, found.Message);
        RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, "zero.md"), "link-outside-content", 0, Severity.Error);
        Assert.All(result.Documents, d => Assert.Null(d.Text));

        var build = site.Run("build");
        Assert.Equal(1, build.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_reports_folder_that_is_a_link_out_of_the_content_folder_is_reported_and_not_followed()
    {
        using var site = new TestSite();
        site.Write("elsewhere/safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        Directory.Delete(Path.Combine(site.Content, "reports"));
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "reports"), Path.Combine(site.Root, "elsewhere"));
        var result = site.Validate();
        var found = Assert.Single(result.Diagnostics, d => d.File == "content/reports");
        Assert.Equal("link-outside-content", found.RuleId);
        Assert.DoesNotContain(result.Documents, d => d.Text is not null);
    }

    [Fact]
    public void A_link_to_a_paper_inside_the_content_folder_is_read_as_that_paper()
    {
        using var site = new TestSite();
        var shared = site.Write("content/shared/2024-11-12-performance.md", Reports.ValidPpb);
        var link = Path.Combine(site.Content, "reports", "safer-ppb", "2024-11-12-performance.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, Path.GetRelativePath(Path.GetDirectoryName(link)!, shared));
        var result = site.Validate();
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, RuleCheck.PpbName));
        Assert.NotNull(Assert.Single(result.Documents).Report);
    }

    [SkippableFact]
    public void A_named_pipe_in_the_reports_folder_is_not_a_file_and_does_not_stall_validate()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are made with mkfifo, on Linux");
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        var fifo = Path.Combine(site.Content, "reports", "safer-ppb", "2024-11-12-pipe.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var link = Path.Combine(site.Content, "reports", "safer-ppb", "2024-11-12-folder.md");
        Directory.CreateSymbolicLink(link, Path.Combine(site.Content, "boards"));

        // A hang guard only: reading the pipe would wait for ever.
        var validate = Task.Run(site.Validate);
        Assert.True(validate.Wait(TimeSpan.FromMinutes(2)), "validate stalled on a named pipe");
        var result = validate.Result;
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, RuleCheck.PpbName));
        var pipe = RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, "safer-ppb/2024-11-12-pipe.md"), "not-a-file", 0, Severity.Warning);
        Assert.Contains("named pipe", pipe.Message);
        var folder = RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, "safer-ppb/2024-11-12-folder.md"), "not-a-file", 0, Severity.Warning);
        Assert.Contains("link to a folder", folder.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_file_too_large()
    {
        var bytes = Concat(Utf8(Reports.ValidPpb + "\n\n"), Enumerable.Repeat((byte)'a', ReadReports.MaxBytes).ToArray());
        var found = RuleCheck.AssertOnly(FindingsForBytes(bytes), "file-too-large", 0, Severity.Error);
        Assert.StartsWith($"This file is {bytes.Length:N0} bytes; a paper must be under {ReadReports.MaxBytes:N0} bytes.", found.Message);
    }

    [Theory]
    [InlineData(40, '>', "nesting-too-deep")]
    [InlineData(33, '>', "nesting-too-deep")]
    public void Quotes_nested_too_deeply_are_nesting_too_deep_at_their_line(int depth, char marker, string ruleId)
    {
        var text = RuleCheck.Edit(Reports.ValidPpb, "3.2 Two are not", string.Concat(Enumerable.Repeat(marker + " ", depth)) + "3.2 Two are not");
        var findings = RuleCheck.Findings(text);
        var found = RuleCheck.AssertOnly(findings, ruleId, 24, Severity.Error);
        Assert.Equal("Lists, quotes, emphasis or links are nested more than 32 levels deep here. A paper never needs this: check for stray '>', '*', '_' or '[', or indentation.", found.Message);
    }

    [Fact]
    public void Lists_nested_too_deeply_are_nesting_too_deep_at_their_line()
    {
        // Each level of a bullet list is two blocks deep (list, item), so 20 levels are 40 deep.
        var list = string.Join('\n', Enumerable.Range(0, 20).Select(i => new string(' ', i * 2) + "- level " + i));
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "3.2 Two are not, and are explained below.", "3.2 Two are not:\n\n" + list));
        var found = Assert.Single(findings);
        Assert.Equal(("nesting-too-deep", Severity.Error), (found.RuleId, found.Severity));
        // The list starts on line 26; the first block deeper than 32 is in the 17th level (line 26 + 16).
        Assert.Equal(26 + 16, found.Line);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(15)]
    public void Quotes_nested_a_little_are_fine(int depth)
    {
        var text = RuleCheck.Edit(Reports.ValidPpb, "3.2 Two are not", string.Concat(Enumerable.Repeat("> ", depth)) + "3.2 Two are not");
        var findings = RuleCheck.Findings(text);
        Assert.DoesNotContain(findings, d => d.RuleId == "nesting-too-deep");
    }

    [Theory]
    [InlineData("3.1 Most measures", "3.1 Most\u000Bmeasures", 22, 9, "U+000B")]
    [InlineData("3.1 Most measures", "3.1 Most measures\uFFFF", 22, 18, "U+FFFF")]
    public void A_control_character_in_the_body_is_control_character_in_text_at_its_line_and_column(string find, string replace, int line, int column, string named)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace));
        var found = RuleCheck.AssertOnly(findings, "control-character-in-text", line, Severity.Error);
        Assert.Equal(column, found.Column);
        Assert.Equal($"The paper contains an invisible control character ({named}) here, which cannot be published. Delete it: such characters are left by copying text from another program.", found.Message);
    }

    [Theory]
    // Once "This is a bug" in the build: the feeds are XML, which refuses these characters. In front matter they are a
    // warning (control-character) and taken out of the value, so the build goes on.
    [InlineData("\u0001")]
    [InlineData("\uFFFF")]
    public void A_control_character_in_a_title_is_taken_out_and_the_feeds_are_still_made(string character)
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(Reports.ValidPpb, "title: Community safety performance", $"title: Community{character} safety performance"));
        var result = site.Run("build");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning control-character", result.Error);
        var feed = System.Xml.Linq.XDocument.Parse(site.ReadOutput("feed.xml"));
        Assert.Contains("Community safety performance", feed.ToString());
    }

    [Fact]
    public void Tabs_and_line_breaks_are_not_control_characters()
    {
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "3.1 Most measures", "3.1 Most\tmeasures").Replace("\n", "\r\n")));
    }
}
