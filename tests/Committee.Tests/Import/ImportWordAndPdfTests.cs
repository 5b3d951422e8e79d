using Committee.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Committee.Tests.Import;

/// <summary>A Word document and a PDF made in the test from the synthetic paper import to the same report as its text.</summary>
public sealed class ImportWordAndPdfTests
{
    [Fact]
    public void A_word_document_imports_to_the_same_report_as_the_text()
    {
        using var site = new TestSite();
        site.WriteBytes("old/paper.docx", Word(ImportSite.Synthetic));
        var run = site.Run("import", "old/paper.docx");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ImportSite.SyntheticReport, File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget)));
    }

    [Fact]
    public void A_word_document_with_its_cover_in_a_table_and_a_data_table_imports()
    {
        using var site = new TestSite();
        var cover = new[] { ("REPORT TO:", "Safer Policy & Performance Board"), ("DATE:", "12th November 2024"), ("REPORTING OFFICER:", "Strategic Director, Communities"), ("PORTFOLIO:", "Community Safety"), ("SUBJECT:", "Community Safety Performance for Quarter 2 2024/25"), ("WARDS:", "Dockside and Harbour") };
        var body = ImportSite.Synthetic[ImportSite.Synthetic.IndexOf("1.0 PURPOSE", StringComparison.Ordinal)..];
        site.WriteBytes("old/paper.docx", Word(body, cover, table: [["Measure", "Target"], ["Burglary", "120"]]));
        var run = site.Run("import", "old/paper.docx");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.SyntheticTarget));
        Assert.StartsWith(ImportSite.SyntheticReport[..ImportSite.SyntheticReport.IndexOf("## 1.0", StringComparison.Ordinal)], text);
        Assert.Contains("| Measure | Target |\n| --- | --- |\n| Burglary | 120 |\n", text);
    }

    [Fact]
    public void A_word_document_with_no_cover_gives_a_clear_message_and_writes_nothing()
    {
        using var site = new TestSite();
        site.WriteBytes("old/letter.docx", Word("Dear Councillor,\n\nThank you for your letter.\n"));
        var run = site.Run("import", "old/letter.docx");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("old/letter.docx has no cover details", run.Error);
        Assert.Empty(ImportSite.Reports(site));
    }

    [Fact]
    public void A_pdf_imports_to_the_same_report_as_the_text()
    {
        using var site = new TestSite();
        // A PDF has no bold marks to extract; compare with the text without them.
        var plain = ImportSite.Synthetic.Replace("**", "");
        site.WriteBytes("old/paper.pdf", Pdf(plain));
        site.Write("old/paper.txt", plain);
        var fromPdf = site.Run("import", "old/paper.pdf", "--out", "from-pdf");
        var fromText = site.Run("import", "old/paper.txt", "--out", "from-text");

        Assert.True(fromPdf.ExitCode == 0, fromPdf.ToString());
        Assert.True(fromText.ExitCode == 0, fromText.ToString());
        var expected = File.ReadAllText(Path.Combine(site.Root, "from-text", ImportSite.SyntheticTarget));
        Assert.Equal(ImportSite.SyntheticReport.Replace("**", ""), expected);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(site.Root, "from-pdf", ImportSite.SyntheticTarget)));
    }

    [Fact]
    public void An_image_only_pdf_gives_a_clear_message_and_writes_nothing()
    {
        using var site = new TestSite();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 300, 400, 2, fill: true);
        site.WriteBytes("old/scan.pdf", builder.Build());
        var run = site.Run("import", "old/scan.pdf");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("old/scan.pdf has no text layer", run.Error);
        Assert.Contains("scanned", run.Error);
        Assert.Empty(ImportSite.Reports(site));
    }

    [Fact]
    public void A_password_protected_pdf_gives_a_clear_message_and_writes_nothing()
    {
        using var site = new TestSite();
        site.WriteBytes("old/locked.pdf", Encrypted(Pdf("REPORT TO: Safer Policy and Performance Board\n")));
        var run = site.Run("import", "old/locked.pdf");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("old/locked.pdf", run.Error);
        Assert.Contains("is protected with a password", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(ImportSite.Reports(site));
    }

    // ---- Building the documents ------------------------------------------------------------------------

    /// <summary>
    /// A Word document as an officer would have typed the paper: "1.0 …" headings in the Heading 1 style,
    /// "1)" recommendations and "-" bullets as Word's own numbered and bulleted lists, ** as bold runs, tabs as tabs.
    /// </summary>
    internal static byte[] Word(string text, (string Label, string Value)[]? cover = null, string[][]? table = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1)" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
            var body = new Body();
            if (cover is not null)
            {
                var coverTable = new Table();
                foreach (var (label, value) in cover) coverTable.Append(new TableRow(Cell(label), Cell(value)));
                body.Append(coverTable);
            }
            foreach (var line in text.Replace("\r", "").Split('\n'))
            {
                if (line.Trim().Length == 0) continue;
                var properties = new ParagraphProperties();
                var content = line;
                if (System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d+\.0 ")) properties.ParagraphStyleId = new ParagraphStyleId { Val = "Heading1" };
                else if (System.Text.RegularExpressions.Regex.Match(line, @"^\d\) (.*)$") is { Success: true } item)
                {
                    properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 });
                    content = item.Groups[1].Value;
                }
                else if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 });
                    content = line[2..];
                }
                body.Append(new Paragraph(Runs(content).Prepend(properties)));
            }
            if (table is not null) body.Append(new Table(table.Select(row => new TableRow(row.Select(Cell)))));
            main.Document = new Document(body);
        }
        return stream.ToArray();

        static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
    }

    /// <summary>Runs for a line: "**bold**" as a bold run, a tab as Word's tab.</summary>
    private static IEnumerable<OpenXmlElement> Runs(string line)
    {
        var parts = line.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0) continue;
            var run = new Run();
            if (i % 2 == 1) run.RunProperties = new RunProperties(new Bold());
            var pieces = parts[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (pieces[j].Length > 0) run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
            yield return run;
        }
    }

    /// <summary>A PDF with one printed line per line of text, a blank line as a wider gap, and a tab as a jump to a second column.</summary>
    internal static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            if (y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                y = 800;
            }
            if (line.Trim().Length > 0)
            {
                // Helvetica, the one font a PDF reader always has, writes no "ô": such letters lose their accents ("Siôn" as "Sion").
                var columns = Plain(line).Split('\t');
                page.AddText(columns[0], 9, new PdfPoint(40, y), font);
                if (columns.Length > 1) page.AddText(columns[1], 9, new PdfPoint(200, y), font);
            }
            y -= 12;
        }
        return builder.Build();
    }

    // Without ICU (invariant globalisation) string.Normalize does not split "ô", so the accents go by hand; a sign
    // Helvetica has no letter for ("☎", a Symbol-font bullet) is left out, as a PDF printed in Helvetica has none.
    private static string Plain(string line)
    {
        const string accented = "âêîôûŵŷáéíóúàèìòùäëïöüÂÊÎÔÛŴŶ", plain = "aeiouwyaeiouaeiouaeiouAEIOUWY";
        return string.Concat(line.Select(c => accented.IndexOf(c) is var at and >= 0 ? plain[at].ToString() : c <= '\u00FF' || "–—‘’“”•€…".Contains(c) ? c.ToString() : ""));
    }

    /// <summary>The PDF with an /Encrypt entry in its trailer, as a password-protected file has: readers must refuse it.</summary>
    private static byte[] Encrypted(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        text = text[..(open + 2)] + " /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> /U <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> >> /ID [<0011223344556677> <0011223344556677>] " + text[(open + 2)..];
        return System.Text.Encoding.Latin1.GetBytes(text);
    }
}
