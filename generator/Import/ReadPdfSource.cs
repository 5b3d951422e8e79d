using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Committee.Import;

/// <summary>
/// Reads a PDF's text layer (PdfPig) into lines like the seeds': letters on one baseline make a line, a wide
/// gap between words becomes a tab (as in the header, "WARD(S)    Borough wide"), and a gap between lines
/// wider than the usual spacing becomes a blank line, so paragraphs stay apart.
/// </summary>
public static class ReadPdfSource
{
    /// <summary>The most pages read: committee reports run to tens of pages, an agenda pack to a few hundred.</summary>
    private const int MaxPages = 400;

    public static SourceRead From(string path, string shown)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            if (document.NumberOfPages > MaxPages)
            {
                return SourceRead.Fail($"{shown} has {document.NumberOfPages} pages, more than the {MaxPages} the import reads: it is likely a whole agenda pack, not one paper. Import each report on its own (modern.gov and CMIS publish them separately).");
            }
            var lines = new List<string>();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                // A page break ends a paragraph as far as the import can tell.
                if (lines.Count > 0 && lines[^1].Length > 0) lines.Add("");
                lines.AddRange(PageLines(page));
            }
            if (letters == 0)
            {
                return SourceRead.Fail($"{shown} has no text layer: it is probably a scanned image. Run it through text recognition (OCR), or import the Word original.");
            }
            return SourceRead.Ok(new SourceText(shown, "PDF", [.. lines]));
        }
        catch (PdfDocumentEncryptedException)
        {
            return SourceRead.Fail($"{shown} is protected with a password. Save an unprotected copy (or ask whoever published it) and import that.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceRead.Fail($"{shown} could not be read: {e.Message}");
        }
        catch (Exception)
        {
            // PdfPig throws many kinds of exception for damaged files; to an officer they all mean the same thing.
            return SourceRead.Fail($"{shown} could not be read as a PDF: it may be damaged or not really a PDF. Open it and save or print it to a new PDF, then import that.");
        }
    }

    private static IEnumerable<string> PageLines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0) yield break;
        // Group words whose baselines are within a third of their height: one printed line.
        var rows = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var row = rows.FirstOrDefault(r => Math.Abs(r.Baseline - word.BoundingBox.Bottom) < Math.Max(r.Height, height) / 3);
            if (row.Words is null) rows.Add((word.BoundingBox.Bottom, height, [word]));
            else row.Words.Add(word);
        }
        rows.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var gaps = rows.Zip(rows.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(g => g > 0).Order().ToList();
        var usual = gaps.Count == 0 ? 0 : gaps[gaps.Count / 4];
        double? previous = null;
        foreach (var (baseline, height, rowWords) in rows)
        {
            if (previous is { } p && usual > 0 && p - baseline > usual * 1.5) yield return "";
            previous = baseline;
            var line = new StringBuilder();
            Word? last = null;
            foreach (var word in rowWords.OrderBy(w => w.BoundingBox.Left))
            {
                if (last is not null)
                {
                    var gap = word.BoundingBox.Left - last.BoundingBox.Right;
                    line.Append(gap > height * 2 ? '\t' : ' ');
                }
                line.Append(word.Text);
                last = word;
            }
            yield return line.ToString();
        }
    }
}
