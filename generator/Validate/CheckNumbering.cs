using System.Globalization;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Pipeline;
using Markdig.Syntax;

namespace Committee.Validate;

/// <summary>
/// Checks the numbering a report type uses: section numbers 1.0, 2.0 … in sequence and paragraphs
/// 3.1, 3.2 … within their section, or one run of paragraphs 1, 2, 3 … through the report.
/// Numbering slips are warnings: the paper still reads, but members quote paragraph numbers in debate.
/// </summary>
public sealed partial class CheckNumbering : IDocumentStage
{
    // The number must stand alone ("3.2 Text", "3.2. Text"): "3.2.1", "2.5%" and "1.5x" are not paragraph numbers.
    // A section number of more digits than a paragraph number's is out of sequence, not a number to read (it may overflow).
    [GeneratedRegex(@"^(?<major>[0-9]{1,6})(?:\.0)?$")]
    private static partial Regex SectionNumber();

    public string Name => "Check numbering";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Type is not { } type || document.Markdown is null) return document;
        var diagnostics = new List<Diagnostic>();
        switch (type.Numbering)
        {
            case NumberingStyle.Sections:
                CheckSectionNumbers(document, type, diagnostics);
                break;
            case NumberingStyle.Paragraphs:
                CheckParagraphRun(document, diagnostics);
                break;
        }
        return document.With(diagnostics);
    }

    private static void CheckSectionNumbers(ReportDocument document, ReportType type, List<Diagnostic> diagnostics)
    {
        var file = document.DisplayPath;
        var previous = 0;
        foreach (var section in document.Sections)
        {
            var number = section.Number;
            if (number is null && SectionTitle.TrailingNumberOf(section.Title) is { } trailing)
            {
                // Seen in a real paper: "IMPLICATIONS FOR THE COUNCIL'S PRIORITIES 6.0".
                diagnostics.Add(Rules.HeadingNumberAfterTitle.At(file, section.Line, section.Column, trailing.Number, trailing.Title));
                number = trailing.Number;
            }
            if (number is null)
            {
                diagnostics.Add(Rules.SectionNumberMissing.At(file, section.Line, section.Column, section.Title, type.Name, $"{previous + 1}.0"));
                previous++;
                CheckParagraphsInSection(section, previous, file, diagnostics);
                continue;
            }
            var match = SectionNumber().Match(number);
            var major = match.Success ? int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture) : previous + 1;
            if (!match.Success || major != previous + 1)
            {
                diagnostics.Add(Rules.SectionNumberSequence.At(file, section.Line, section.Column, number, previous == 0 ? "none" : $"{previous}.0", $"{previous + 1}.0"));
            }
            previous = major;
            CheckParagraphsInSection(section, major, file, diagnostics);
        }
    }

    private static void CheckParagraphsInSection(Section section, int major, string file, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<int, int>();
        var previousMinor = 0;
        foreach (var (text, block) in NumberedCandidates(section.Blocks))
        {
            if (ParagraphNumber.Of(text) is not var (written, paragraphMajor, minor)) continue;
            var line = block.Line + 1;
            if (paragraphMajor != major)
            {
                diagnostics.Add(Rules.ParagraphNumberSection.At(file, line, block.Column + 1, written, $"{major}.0", major));
                continue;
            }
            if (seen.TryGetValue(minor, out var firstLine))
            {
                diagnostics.Add(Rules.ParagraphNumberRepeated.At(file, line, block.Column + 1, written, firstLine));
                continue;
            }
            seen[minor] = line;
            if (minor != previousMinor + 1)
            {
                diagnostics.Add(Rules.ParagraphNumberOrder.At(file, line, block.Column + 1, written, previousMinor == 0 ? "none" : $"{major}.{previousMinor}", $"{major}.{previousMinor + 1}"));
            }
            previousMinor = minor;
        }
    }

    /// <summary>Paragraphs and sub-headings that may start with a number, including those inside bullet lists
    /// (extracted papers often put "- 3.1 …" where the author meant a numbered paragraph), each with the start of its
    /// text, which is all a paragraph number needs.</summary>
    private static IEnumerable<(string Text, Block Block)> NumberedCandidates(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    yield return (InlineText.Opening(paragraph), paragraph);
                    break;
                case HeadingBlock heading:
                    yield return (InlineText.Opening(heading), heading);
                    break;
                case ListBlock { IsOrdered: false } list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        if (item.FirstOrDefault() is ParagraphBlock first) yield return (InlineText.Opening(first), item);
                    }
                    break;
            }
        }
    }

    private static void CheckParagraphRun(ReportDocument document, List<Diagnostic> diagnostics)
    {
        var file = document.DisplayPath;
        var seen = new Dictionary<int, int>();
        var previous = 0;
        foreach (var section in document.Sections)
        {
            // Numbered paragraphs are top-level ordered lists written "12." ; a list written "1)" is an ordinary list.
            foreach (var list in section.Blocks.OfType<ListBlock>().Where(l => l.IsOrdered && l.OrderedDelimiter == '.'))
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var number = item.Order;
                    var line = item.Line + 1;
                    if (seen.TryGetValue(number, out var firstLine))
                    {
                        diagnostics.Add(Rules.ParagraphNumberRepeated.At(file, line, item.Column + 1, number, firstLine));
                        continue;
                    }
                    seen[number] = line;
                    if (number != previous + 1)
                    {
                        diagnostics.Add(Rules.ParagraphNumberOrder.At(file, line, item.Column + 1, number, previous == 0 ? "none" : previous, previous + 1));
                    }
                    previous = number;
                }
            }
        }
    }
}
