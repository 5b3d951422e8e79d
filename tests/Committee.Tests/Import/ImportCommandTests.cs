using Committee.Tests.Support;

namespace Committee.Tests.Import;

/// <summary><c>committee import</c> on a small synthetic paper written by the test: needs no seeds.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void A_text_paper_imports_to_a_report_that_validates()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([ImportSite.SyntheticTarget], ImportSite.Reports(site));
        Assert.Equal(ImportSite.SyntheticReport, File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget)));
        Assert.Contains("old/paper.txt → content/reports/" + ImportSite.SyntheticTarget, run.Out);
        Assert.Contains("Checked 1 report: no problems found.", run.Out);
        Assert.Contains("Imported 1 of 1 paper: 1 ready, 0 needing attention (0 with errors); 0 not imported.", run.Out);
        Assert.DoesNotContain(site.Validate().Diagnostics, d => d.RuleId != "board-without-reports");
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_prints_the_report_it_would_write()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old/paper.txt", "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(ImportSite.Reports(site));
        Assert.Contains("(dry run: not written)", run.Out);
        Assert.Contains("    | ## 2.0 Recommended", run.Out);
        Assert.Contains("    | board: safer-ppb", run.Out);
        Assert.Contains("Checked 1 report: no problems found.", run.Out);
        Assert.Contains("Dry run: nothing was written.", run.Out);
    }

    [Fact]
    public void An_existing_report_of_another_paper_is_never_overwritten_and_the_paper_gets_the_next_name()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var existing = site.WriteReport(ImportSite.SyntheticTarget, "another paper with the same board, date and title\n");
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("another paper with the same board, date and title\n", File.ReadAllText(existing));
        var second = ImportSite.SyntheticTarget.Replace(".md", "-2.md");
        Assert.Equal(ImportSite.SyntheticReport, File.ReadAllText(Path.Combine(site.Content, "reports", second)));
        Assert.Contains("another paper's report has the same name (the same board, date and title, or a long title shortened alike), so this one was written as " + Path.GetFileName(second), run.Out);
    }

    [Fact]
    public void A_paper_imported_again_is_counted_as_already_imported_even_after_light_edits()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var edited = ImportSite.SyntheticReport.Replace("Two are not:", "Two are not yet:");
        var existing = site.WriteReport(ImportSite.SyntheticTarget, edited);
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(edited, File.ReadAllText(existing));
        Assert.Equal([ImportSite.SyntheticTarget], ImportSite.Reports(site));
        Assert.Contains("old/paper.txt: content/reports/" + ImportSite.SyntheticTarget + ": already imported", run.Out);
        Assert.Contains("Imported 0 of 1 paper: 0 ready, 0 needing attention (0 with errors); 1 already imported; 0 not imported.", run.Out);
    }

    [Fact]
    public void The_same_paper_twice_in_one_run_is_written_once()
    {
        using var site = new TestSite();
        site.Write("old/a.txt", ImportSite.Synthetic);
        site.Write("old/b.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([ImportSite.SyntheticTarget], ImportSite.Reports(site));
        Assert.Contains("old/b.txt: content/reports/" + ImportSite.SyntheticTarget + ": already imported", run.Out);
    }

    [Fact]
    public void Out_writes_under_another_folder_and_still_validates()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old/paper.txt", "--out", "migrated");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(ImportSite.Reports(site));
        Assert.True(File.Exists(Path.Combine(site.Root, "migrated", ImportSite.SyntheticTarget)), run.ToString());
        Assert.Contains("Checked 1 report: no problems found.", run.Out);
    }

    [Fact]
    public void Lines_the_import_cannot_place_are_listed()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", "EASTMERE BOROUGH COUNCIL\n\n" + ImportSite.Synthetic.Replace("WARDS:", "KEY DECISION:\tNo\nWARDS:") + "\n\nPage 3\n");
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("could not place 3 lines", run.Out);
        Assert.Contains("line 1: EASTMERE BOROUGH COUNCIL", run.Out);
        Assert.Contains("line 8: KEY DECISION: No", run.Out);
        Assert.Matches(@"line \d+: Page 3 +\(looks like a page number", run.Out);
    }

    [Fact]
    public void An_imported_report_with_errors_makes_the_import_exit_1_and_says_what_to_fix()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("REPORTING OFFICER:\tStrategic Director, Communities\n", ""));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error field-required", run.Out);
        Assert.Contains("committee validate content/reports/" + ImportSite.SyntheticTarget, run.Out);
        Assert.Single(ImportSite.Reports(site)); // written, for the officer to fix with validate
    }

    [Fact]
    public void A_board_that_matches_none_names_the_closest_and_how_to_add_one_and_writes_nothing()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("Safer Policy & Performance Board", "Safer Communities Policy Board"));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(ImportSite.Reports(site));
        Assert.Contains("\"Safer Communities Policy Board\" is not one of the configured boards", run.Error);
        Assert.Contains("safer-ppb (Safer Policy and Performance Board)", run.Error);
        Assert.Contains("--board", run.Error);
        Assert.Contains("content/boards/safer-communities-policy-board.yml", run.Error);

        var again = site.Run("import", "old/paper.txt", "--board", "safer-ppb");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Single(ImportSite.Reports(site));
    }

    [Fact]
    public void An_unknown_board_or_type_option_is_a_usage_error()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        Assert.Equal(2, site.Run("import", "old/paper.txt", "--board", "nope").ExitCode);
        Assert.Equal(2, site.Run("import", "old/paper.txt", "--type", "nope").ExitCode);
        Assert.Equal(2, site.Run("import", "old/missing.txt").ExitCode);
        Assert.Equal(2, site.Run("import", "old/paper.txt", "--exempt-paragraph", "9").ExitCode);
        Assert.Equal(2, site.Run("import").ExitCode);
        Assert.Empty(ImportSite.Reports(site));
    }

    [Fact]
    public void An_exempt_paper_is_not_guessed_without_a_terminal_and_takes_the_paragraph_from_the_option()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("WARDS:", "Public/Exempt:\tExempt\nWARDS:"));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(ImportSite.Reports(site));
        Assert.Contains("marked exempt", run.Error);
        Assert.Contains("--exempt-paragraph N", run.Error);

        var again = site.Run("import", "old/paper.txt", "--exempt-paragraph", "3");
        Assert.True(again.ExitCode == 0, again.ToString());
        var text = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget));
        Assert.Contains("\naccess: exempt\nexempt_paragraph: 3\n", text);
    }

    [Fact]
    public void An_exempt_paper_that_names_its_paragraph_needs_no_option()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("WARDS:", "Public/Exempt:\tExempt under paragraph 3\nWARDS:"));
        var run = site.Run("import", "old/paper.txt");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("exempt_paragraph: 3", File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget)));
    }

    [Theory]
    [InlineData("empty.txt", "", "is empty")]
    [InlineData("blank.txt", "\n\n   \n", "has no text")]
    [InlineData("no-cover.txt", "1.0 PURPOSE OF REPORT\n\n1.1 To report.\n", "has no cover details")]
    [InlineData("no-date.txt", "REPORT TO: Safer Policy and Performance Board\nSUBJECT: Something\n\n1.0 PURPOSE\n", "does not give the meeting date")]
    [InlineData("bad-date.txt", "REPORT TO: Safer Policy and Performance Board\nDATE: next Tuesday\nSUBJECT: Something\n\n1.0 PURPOSE\n", "could not be read as a date")]
    [InlineData("old.doc", "binary", "old Word format")]
    [InlineData("notes.rtf", "{\\rtf1}", "not a kind of file the import reads")]
    [InlineData("fake.pdf", "this is not a PDF", "could not be read as a PDF")]
    [InlineData("fake.docx", "this is not a Word file", "could not be opened as a Word document")]
    public void An_input_the_import_cannot_read_gives_a_clear_message_exits_1_and_writes_nothing(string name, string content, string message)
    {
        using var site = new TestSite();
        site.Write("old/" + name, content);
        var run = site.Run("import", "old/" + name);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.Contains("old/" + name, run.Error);
        Assert.DoesNotContain("   at ", run.Error + run.Out);
        Assert.Empty(ImportSite.Reports(site));
    }

    [Fact]
    public void One_unreadable_paper_does_not_stop_the_others()
    {
        using var site = new TestSite();
        site.Write("old/a-empty.txt", "");
        site.Write("old/b-paper.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([ImportSite.SyntheticTarget], ImportSite.Reports(site));
        Assert.Contains("1 not imported (see the messages above)", run.Out);
    }

    [Fact]
    public void Help_lists_the_import_options()
    {
        using var site = new TestSite();
        var run = site.Run("import", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--board", "--type", "--out", "--dry-run", "--exempt-paragraph", "--content", "--site" }) Assert.Matches($@"(?m)^\s+{option}\b", run.Out);
    }
}
