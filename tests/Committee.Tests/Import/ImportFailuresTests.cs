using System.Text;
using Committee.Import;
using Committee.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Committee.Tests.Import;

/// <summary>
/// One test (or row) for each way the import was seen to fail on other councils' papers (issue 21):
/// encodings, two-digit years, Word cover tables and heading levels, facts given from outside, missing wards,
/// oversized files, the import report, and validating what --out wrote.
/// </summary>
public sealed class ImportFailuresTests
{
    private const string Report = ImportSite.SyntheticTarget;

    [Fact]
    public void Windows_1252_text_keeps_its_dashes_pound_euro_and_curly_quotes()
    {
        using var site = new TestSite();
        var text = ImportSite.Synthetic.Replace("Community Safety Performance", "Community Safety – “Performance”").Replace("Most measures are", "Spending of £5 and €4 means most measures are");
        site.WriteBytes("old/paper.txt", Encoding.Latin1.GetBytes(text.Replace("–", "\u0096").Replace("“", "\u0093").Replace("”", "\u0094").Replace("€", "\u0080")));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.Reports(site).Single()));
        Assert.Contains("title: \"Community Safety – “Performance” for Quarter 2 2024/25\"", report);
        Assert.Contains("Spending of £5 and €4", report);
        Assert.DoesNotContain(report, c => c is >= '\u0080' and <= '\u009F');
    }

    [Theory]
    [InlineData("utf-16 little-endian")]
    [InlineData("utf-16 big-endian")]
    [InlineData("utf-8 with its mark")]
    public void Unicode_text_with_a_byte_order_mark_imports(string encoding)
    {
        using var site = new TestSite();
        Encoding chosen = encoding switch
        {
            "utf-16 little-endian" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16 big-endian" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        site.WriteBytes("old/paper.txt", [.. chosen.GetPreamble(), .. chosen.GetBytes(ImportSite.Synthetic)]);
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ImportSite.SyntheticReport, File.ReadAllText(Path.Combine(site.Content, "reports", Report)));
    }

    [Theory]
    [InlineData("14.10.99", "1999-10-14")]
    [InlineData("10.10.13", "2013-10-10")]
    [InlineData("5/1/12", "2012-01-05")]
    [InlineData("Tuesday, 11 December 2012", "2012-12-11")]
    public void Two_digit_years_are_kept_in_the_past(string written, string expected) =>
        Assert.Equal(expected, ReadMeetingDate.Read(written, new DateOnly(2026, 12, 7))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_word_cover_as_a_two_column_table_without_colons_and_a_second_heading_1_keep_their_places()
    {
        using var site = new TestSite();
        site.WriteBytes("old/paper.docx", CoverTableDocument());
        var run = site.Run("import", "old/paper.docx");

        Assert.True(run.ExitCode == 0 || run.ExitCode == 1, run.ToString());
        var report = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.Reports(site).Single()));
        Assert.Equal("executive-board", ImportSite.Field(report, "board"));
        Assert.Equal("2024-11-12", ImportSite.Field(report, "date"));
        Assert.Equal("Waste Collection Review", ImportSite.Field(report, "title"));
        Assert.Equal("Director of Environment", ImportSite.Field(report, "officer"));
        // "Classification" is a label of its own: it never joins the title, and "Purpose of the Report" stays a heading.
        Assert.Contains("## Purpose of the Report", report);
        Assert.Contains("## Options considered", report);
        Assert.Contains("### Costs", report);
    }

    [Fact]
    public void Facts_given_on_the_command_line_win_over_the_cover_and_the_replaced_lines_are_listed()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old/paper.txt", "--date", "2024-11-19", "--title", "Community safety in quarter 2", "--officer", "Head of Community Safety", "--wards", "all", "--item", "7");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = File.ReadAllText(Path.Combine(site.Content, "reports", "safer-ppb", "2024-11-19-community-safety-in-quarter-2.md"));
        Assert.Equal("Community safety in quarter 2", ImportSite.Field(report, "title"));
        Assert.Equal("Head of Community Safety", ImportSite.Field(report, "officer"));
        Assert.Equal("all", ImportSite.Field(report, "wards"));
        Assert.Equal("7", ImportSite.Field(report, "item"));
        Assert.Contains("line 2: DATE: 12th November 2024  (the option given was used instead)", run.Out);
    }

    [Fact]
    public void Facts_for_one_paper_are_refused_for_a_folder()
    {
        using var site = new TestSite();
        site.Write("old/a.txt", ImportSite.Synthetic);
        site.Write("old/b.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old/a.txt", "old/b.txt", "--title", "One title");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("describe one paper, but 2 were given", run.Error);
    }

    [Fact]
    public void A_paper_without_wards_gets_all_and_a_note_to_check()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("WARDS:\tDockside and Harbour\n", ""));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("all", ImportSite.Field(File.ReadAllText(Path.Combine(site.Content, "reports", Report)), "wards"));
        Assert.Contains("check: the paper names no wards, so it was written with wards: all", run.Out);
        Assert.Contains("0 ready, 1 needing attention", run.Out);
    }

    [Fact]
    public void A_council_adds_its_own_cover_labels_in_site_yml()
    {
        using var site = new TestSite();
        site.Write("site-src/site.yml", WithoutImport(site) + "\nimport:\n  labels:\n    board: [Decision taken by]\n    title: [Name of item]\n");
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("REPORT TO:", "Decision taken by:").Replace("SUBJECT:", "Name of item:"));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ImportSite.SyntheticReport, File.ReadAllText(Path.Combine(site.Content, "reports", Report)));
    }

    [Fact]
    public void A_mistake_in_the_import_labels_is_a_usage_error_naming_the_fields()
    {
        using var site = new TestSite();
        site.Write("site-src/site.yml", WithoutImport(site) + "\nimport:\n  labels:\n    heading: [Name of item]\n");
        site.Write("old/paper.txt", ImportSite.Synthetic);
        var run = site.Run("import", "old/paper.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("import labels for 'heading': the fields are board, date, title", run.Error);
    }

    [Fact]
    public void A_word_file_that_would_make_a_huge_report_is_refused_with_a_clear_message()
    {
        using var site = new TestSite();
        var huge = string.Join("\n", Enumerable.Range(1, 30_000).Select(i => $"3.{i} Line {i} of a paper far larger than any committee report, repeated to fill it."));
        site.WriteBytes("old/paper.docx", ImportWordAndPdfTests.Word(ImportSite.Synthetic + "\n" + huge));
        var run = site.Run("import", "old/paper.docx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("million characters, far more than any committee paper, so nothing was written for it", run.Error);
        Assert.Empty(ImportSite.Reports(site));
    }

    [Fact]
    public void A_pdf_of_more_pages_than_any_paper_is_refused_as_an_agenda_pack()
    {
        using var site = new TestSite();
        site.WriteBytes("old/pack.pdf", ImportWordAndPdfTests.Pdf(string.Join("\n", Enumerable.Range(1, 401 * 62).Select(i => $"line {i}"))));
        var run = site.Run("import", "old/pack.pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("more than the 400 the import reads: it is likely a whole agenda pack", run.Error);
    }

    [Fact]
    public void The_report_file_lists_what_happened_to_each_paper()
    {
        using var site = new TestSite();
        site.Write("old/a.txt", ImportSite.Synthetic);
        site.Write("old/b.txt", "Dear Councillor,\n\nThank you.\n");
        site.Write("old/c.txt", ImportSite.Synthetic.Replace("WARDS:\tDockside and Harbour\n", "").Replace("Quarter 2 2024/25", "the half year"));
        var run = site.Run("import", "old", "--report", "import.csv");

        Assert.Equal(1, run.ExitCode);
        var rows = File.ReadAllLines(Path.Combine(site.Root, "import.csv"));
        Assert.Equal("source,outcome,report,board,date,title,type,errors,warnings,unplaced_lines,checks,reason", rows[0]);
        Assert.StartsWith("old/a.txt,imported,content/reports/" + Report + ",safer-ppb,2024-11-12,", rows[1]);
        Assert.StartsWith("old/b.txt,not imported,,", rows[2]);
        Assert.Contains("has no cover details", rows[2]);
        Assert.StartsWith("old/c.txt,needs attention,", rows[3]);
        Assert.Contains("the paper names no wards", rows[3]);
        Assert.Contains("Imported 2 of 3 papers: 1 ready, 1 needing attention (0 with errors); 1 not imported", run.Out);
    }

    [Fact]
    public void After_out_the_suggested_validate_command_checks_the_written_report()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("4.1 There are no policy implications.", ""));
        var run = site.Run("import", "old/paper.txt", "--out", "migrated");
        var suggested = run.Out.Split('\n').Single(l => l.StartsWith("Fix what is listed, then check again with: committee validate ", StringComparison.Ordinal));
        var path = suggested["Fix what is listed, then check again with: committee validate ".Length..].Trim();
        Assert.Equal("migrated/" + Report, path);

        var validate = site.Run("validate", path);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("Checked 1 report: 1 error", validate.Out);
        Assert.Contains("section-empty", validate.Out);
    }

    /// <summary>The demo's site settings without their own import section, for a test to write its own.</summary>
    private static string WithoutImport(TestSite site) =>
        System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(site.Root, "site-src", "site.yml")), @"(?ms)^import:.*\z", "");

    [Fact]
    public void The_demo_site_labels_are_read()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", ImportSite.Synthetic.Replace("REPORT TO:", "Decision taken by:"));
        var run = site.Run("import", "old/paper.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ImportSite.SyntheticReport, File.ReadAllText(Path.Combine(site.Content, "reports", Report)));
    }

    /// <summary>A Word paper whose cover is a table of labels without colons, with Heading 1 and Heading 2 styles in the body.</summary>
    private static byte[] CoverTableDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "heading 2" }) { Type = StyleValues.Paragraph, StyleId = "Heading2" });
            static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
            static Paragraph Para(string text, string? style = null) =>
                new(new ParagraphProperties { ParagraphStyleId = style is null ? null : new ParagraphStyleId { Val = style } }, new Run(new Text(text)));
            var cover = new Table(
                new TableRow(Cell("Meeting of"), Cell("Executive Board")),
                new TableRow(Cell("Date of Meeting"), Cell("12 November 2024")),
                new TableRow(Cell("Report Title"), Cell("Waste Collection Review")),
                new TableRow(Cell("Report Owner"), Cell("Director of Environment")),
                new TableRow(Cell("Classification"), Cell("Unrestricted")),
                new TableRow(Cell("Wards affected"), Cell("All")));
            main.Document = new Document(new Body(
                cover,
                Para("Purpose of the Report", "Heading1"),
                Para("To review how often bins are collected."),
                Para("Options considered", "Heading1"),
                Para("Weekly, fortnightly and three-weekly collections were compared."),
                Para("Costs", "Heading2"),
                Para("Fortnightly collection costs least for the service residents asked for.")));
        }
        return stream.ToArray();
    }
}

/// <summary>The heading forms other councils write, each found as a heading, and wrapped words and introductions not.</summary>
public sealed class ImportHeadingTests
{
    [Fact]
    public void Numbered_lettered_bold_and_title_case_headings_are_found_and_sentences_are_not()
    {
        using var site = new TestSite();
        site.Write("old/paper.txt", """
            Report to: Executive Board
            Date: 12 November 2024
            Subject: Leisure Centre Contract
            Wards: All

            A – Introduction

            The contract for the two leisure centres ends in March 2026, and this report
            sets out the choices.

            **Options Considered**

            Three options were looked at in turn by officers and the working group of members.

            3) RISKS

            The main risk is the cost of energy over the life of the next contract period.

            4 Financial implications
            4.1 The budget allows for the present cost and inflation only.

            Equality Impact Assessment

            An assessment was made and found no group of residents would be worse off under any option.

            The Board is asked to note:

            1) the options; and
            2) the timetable.
            """);
        var run = site.Run("import", "old/paper.txt");
        var report = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.Reports(site).Single()));

        Assert.Contains("## A – Introduction", report);
        Assert.Matches(@"(?m)^#{2,3} Options Considered$", report);
        Assert.Contains("## 3. Risks", report);
        Assert.Contains("## 4 Financial implications", report);
        Assert.Matches(@"(?m)^#{2,3} Equality Impact Assessment$", report);
        Assert.Contains("and this report sets out the choices.", report);
        Assert.DoesNotContain("# The Board is asked to note", report);
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
    }
}

/// <summary>A cover printed to PDF from a browser, its table's label cells wrapped onto a second line.</summary>
public sealed class ImportPrintedPdfTests
{
    [Fact]
    public void A_label_wrapped_in_its_table_cell_still_reads_with_its_value()
    {
        using var site = new TestSite();
        var text = ImportSite.Synthetic.Replace("REPORTING OFFICER:\tStrategic Director, Communities", "REPORTING\tStrategic Director, Communities\nOFFICER:").Replace("REPORT TO:", "REPORT\nTO:").Replace("**", "");
        site.WriteBytes("old/paper.pdf", ImportWordAndPdfTests.Pdf(text.Replace("REPORT\nTO:", "REPORT TO:")));
        var run = site.Run("import", "old/paper.pdf");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget));
        Assert.Equal("Strategic Director, Communities", ImportSite.Field(report, "officer"));
        Assert.Equal("Community Safety Performance for Quarter 2 2024/25", ImportSite.Field(report, "title"));
    }
}

/// <summary>Two hundred papers with the same board, date and opening words but different titles all arrive.</summary>
public sealed class ImportManyPapersTests
{
    [Fact]
    public void Papers_whose_long_titles_share_a_file_name_are_all_written()
    {
        using var site = new TestSite();
        for (var i = 1; i <= 200; i++)
        {
            site.Write($"old/{i:000}.txt", ImportSite.Synthetic.Replace("Community Safety Performance for Quarter 2 2024/25", $"Community Safety Performance for Quarter 2 2024/25 and the Partnership Plan, Part {i}"));
        }
        var run = site.Run("import", "old");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(200, ImportSite.Reports(site).Count);
        Assert.Contains("Imported 200 of 200 papers", run.Out);
        Assert.DoesNotContain("already imported", run.Out);
    }
}
