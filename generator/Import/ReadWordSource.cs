using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Committee.Import;

/// <summary>
/// Reads a Word document (.docx) into the same lines as extracted text, so one conversion serves both:
/// heading styles become "## " lines, Word's automatic numbering is written out ("1.1", "1)", "a)"),
/// bullets become "- ", bold and italic become ** and *, a header table becomes "LABEL: value" lines and
/// other tables become pipe tables.
/// </summary>
public static class ReadWordSource
{
    /// <summary>The largest document part read: a 60-page report is about 1 MB of Word XML.</summary>
    private const long MaxDocumentBytes = 30 * 1024 * 1024;

    /// <summary>The most lines read; a report is a few thousand.</summary>
    private const int MaxLines = 200_000;

    public static SourceRead From(string path, string shown)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            // The text of a paper is well under this; a Word file whose document part is larger holds something else (or a zip bomb).
            if (document.MainDocumentPart?.GetStream().Length > MaxDocumentBytes)
            {
                return SourceRead.Fail($"{shown} holds more than {MaxDocumentBytes / (1024 * 1024)} MB of document text, far more than a committee paper, so it was not imported. Split it into its papers, or save the report alone as a new document.");
            }
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return SourceRead.Fail($"{shown} has no document body; it may be damaged. Open it in Word and save it again.");
            var reader = new Reader(document.MainDocumentPart!);
            reader.Blocks(body.ChildElements);
            if (reader.Lines.Count > MaxLines) return SourceRead.Fail($"{shown} has more than {MaxLines:N0} lines of text, far more than a committee paper, so it was not imported. Split it into its papers.");
            return SourceRead.Ok(new SourceText(shown, "Word", [.. reader.Lines]));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or NotSupportedException)
        {
            // A password-protected .docx is not a zip package at all, so it fails here too.
            return SourceRead.Fail($"{shown} could not be opened as a Word document: it may be password-protected, damaged or not really a .docx file. Remove any password in Word and save it again.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceRead.Fail($"{shown} could not be read: {e.Message}");
        }
    }

    private sealed class Reader(MainDocumentPart part)
    {
        public List<string> Lines { get; } = [];
        private readonly Dictionary<(int Num, int Level), int> counters = [];
        private bool inList;

        public void Blocks(IEnumerable<OpenXmlElement> elements)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph paragraph: Paragraph(paragraph); break;
                    case Table table: Table(table); break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content: Blocks(content.ChildElements); break;
                }
            }
            EndList();
        }

        private void Paragraph(Paragraph paragraph)
        {
            var text = Inline(paragraph);
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var level = HeadingLevel(style);
            var marker = ListMarker(paragraph);
            if (text.Trim().Length == 0)
            {
                EndList();
                return;
            }
            if (level is { } l)
            {
                EndList();
                // A numbered heading style ("1.0 Purpose of report") keeps its number.
                var number = marker is null or "-" ? "" : marker + " ";
                Lines.Add(new string('#', l) + " " + number + text.Replace("**", "").Trim());
                Lines.Add("");
            }
            else if (marker is not null)
            {
                // Items of one list stay on consecutive lines, as the extracted text has them.
                inList = true;
                Lines.Add(marker + " " + text.Trim());
            }
            else
            {
                EndList();
                foreach (var line in text.Split('\n')) Lines.Add(line.TrimEnd());
                Lines.Add("");
            }
        }

        private void EndList()
        {
            if (inList) Lines.Add("");
            inList = false;
        }

        /// <summary>The paragraph's text with bold and italic as Markdown; tabs kept (the header uses them).</summary>
        private static string Inline(OpenXmlElement paragraph)
        {
            var runs = new List<(string Text, bool Bold, bool Italic)>();
            foreach (var run in paragraph.Descendants<Run>())
            {
                var props = run.RunProperties;
                var bold = props?.Bold is { } b && (b.Val is null || b.Val.Value);
                var italic = props?.Italic is { } i && (i.Val is null || i.Val.Value);
                var text = new StringBuilder();
                foreach (var child in run.ChildElements)
                {
                    switch (child)
                    {
                        case Text t: text.Append(t.Text); break;
                        case TabChar: text.Append('\t'); break;
                        case Break: text.Append('\n'); break;
                        case NoBreakHyphen: text.Append('-'); break;
                    }
                }
                if (runs.Count > 0 && runs[^1].Bold == bold && runs[^1].Italic == italic) runs[^1] = (runs[^1].Text + text, bold, italic);
                else runs.Add((text.ToString(), bold, italic));
            }
            var result = new StringBuilder();
            foreach (var (text, bold, italic) in runs)
            {
                if ((!bold && !italic) || text.Trim().Length == 0 || text.Contains('\t') || text.Contains('\n')) { result.Append(text); continue; }
                // Markers go inside the spaces: "** word**" is not bold in Markdown.
                var lead = text[..(text.Length - text.TrimStart().Length)];
                var trail = text[text.TrimEnd().Length..];
                var mark = bold && italic ? "***" : bold ? "**" : "*";
                result.Append(lead).Append(mark).Append(text.Trim()).Append(mark).Append(trail);
            }
            return result.ToString();
        }

        /// <summary>Heading 1 → "##", Heading 2 and below → "###"; the conversion decides the final level from the report type.</summary>
        private int? HeadingLevel(string? styleId)
        {
            if (styleId is null) return null;
            var style = part.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var name = style?.StyleName?.Val?.Value ?? styleId;
            var key = name.Replace(" ", "").ToLowerInvariant();
            // A council's own heading style ("Report Heading") shows its level in its outline level.
            var outline = style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (!key.StartsWith("heading", StringComparison.Ordinal)) return outline is { } o && o < 9 ? (o == 0 ? 2 : 3) : null;
            return int.TryParse(key["heading".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2 ? 3 : 2;
        }

        /// <summary>Word's automatic number or bullet for the paragraph, written out as the printed paper shows it.</summary>
        private string? ListMarker(Paragraph paragraph)
        {
            var numbering = paragraph.ParagraphProperties?.NumberingProperties;
            var numId = numbering?.NumberingId?.Val?.Value;
            if (numId is null or 0) return null;
            var level = numbering!.NumberingLevelReference?.Val?.Value ?? 0;
            var definitions = part.NumberingDefinitionsPart?.Numbering;
            var instance = definitions?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var abstractNum = definitions?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            Level? Find(int l) => abstractNum?.Elements<Level>().FirstOrDefault(x => x.LevelIndex?.Value == l);
            var definition = Find(level);
            var format = definition?.NumberingFormat?.Val?.Value;
            if (definition is null || format is null || format == NumberFormatValues.Bullet) return "-";

            // Count this item, and restart the deeper levels below it.
            var key = (numId.Value, level);
            counters[key] = counters.TryGetValue(key, out var c) ? c + 1 : (definition.StartNumberingValue?.Val?.Value ?? 1);
            foreach (var deeper in counters.Keys.Where(k => k.Num == numId && k.Level > level).ToList()) counters.Remove(deeper);

            var pattern = definition.LevelText?.Val?.Value ?? "%1.";
            var text = new StringBuilder();
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '%' && i + 1 < pattern.Length && char.IsDigit(pattern[i + 1]))
                {
                    var l = pattern[++i] - '1';
                    var value = counters.TryGetValue((numId.Value, l), out var v) ? v : (Find(l)?.StartNumberingValue?.Val?.Value ?? 1);
                    text.Append(Format(value, Find(l)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal));
                }
                else text.Append(pattern[i]);
            }
            return text.ToString().Trim();
        }

        private static string Format(int value, NumberFormatValues format)
        {
            if (format == NumberFormatValues.LowerLetter) return ((char)('a' + (value - 1) % 26)).ToString();
            if (format == NumberFormatValues.UpperLetter) return ((char)('A' + (value - 1) % 26)).ToString();
            if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
            if (format == NumberFormatValues.UpperRoman) return Roman(value);
            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Roman(int value)
        {
            var text = new StringBuilder();
            foreach (var (n, s) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            {
                while (value >= n) { text.Append(s); value -= n; }
            }
            return text.ToString();
        }

        /// <summary>
        /// A table of "LABEL: value" rows (how many council templates lay out the cover) becomes header lines;
        /// any other table becomes a pipe table, its cells on one line each.
        /// </summary>
        private void Table(Table table)
        {
            EndList();
            var rows = table.Elements<TableRow>()
                .Select(r => r.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().Select(Inline).Select(t => t.Replace('\t', ' ').Replace('\n', ' ').Trim()).Where(t => t.Length > 0))).ToList())
                .Where(r => r.Count > 0)
                .ToList();
            if (rows.Count == 0) return;
            // Label and value side by side, in two columns or four ("Meeting of | Cabinet | Date of Meeting | 4 March 2025").
            if (rows.All(r => r.Count is 2 or 4) && rows.Count(r => ParseHeaderBlock.IsLabel(r[0])) * 2 > rows.Count)
            {
                foreach (var row in rows)
                {
                    for (var i = 0; i + 1 < row.Count; i += 2)
                    {
                        if (row[i].Trim().Length > 0 || row[i + 1].Trim().Length > 0) Lines.Add(row[i].Replace("**", "").Trim().TrimEnd(':') + ":\t" + row[i + 1]);
                    }
                }
                Lines.Add("");
                return;
            }
            var width = rows.Max(r => r.Count);
            string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|"))) + " |";
            Lines.Add(Row(rows[0].Concat(Enumerable.Repeat("", width - rows[0].Count))));
            Lines.Add(Row(Enumerable.Repeat("---", width)));
            foreach (var row in rows.Skip(1)) Lines.Add(Row(row.Concat(Enumerable.Repeat("", width - row.Count))));
            Lines.Add("");
        }
    }
}
