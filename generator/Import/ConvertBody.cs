using System.Text;
using System.Text.RegularExpressions;
using Committee.Model;

namespace Committee.Import;

/// <summary>The body of an imported report in Markdown, with what the import changed and could not place.</summary>
public sealed record ConvertedBody(string Markdown, IReadOnlyList<Unplaced> Unplaced, IReadOnlyList<string> Changes);

/// <summary>
/// Turns an old paper's body into the format's Markdown. First each line is read for what it is (heading,
/// numbered paragraph, recommendation, bullet, text), with lines the extraction broke joined back; then,
/// once the report type is known, headings become sections (##) or subsections (###) as the type defines,
/// in sentence case, and lists are written as lists.
/// </summary>
public static partial class ConvertBody
{
    [GeneratedRegex(@"^(#{1,6})\s+(?<t>.*)$")]
    private static partial Regex Explicit();

    // A page number, and what a committee system's web page adds to a paper's text ("PDF 295 KB", "Additional documents:").
    [GeneratedRegex(@"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$|^-\s*\d{1,3}\s*-$|^(?:pdf|doc|docx)\s+\d+(?:\.\d+)?\s*[kmg]b$|^additional documents:?$|^[a-z]:\\\S.*\.(?:docx?|rtf|pdf)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    // "-", "•", Word's symbol-font bullets (private use), and "o" as Word's second-level bullet.
    [GeneratedRegex(@"^(?:[-–•▪◦·■□➢✓\uF0A7\uF0B7\uF0D8]|\*(?!\*)|o(?=\s+[A-Z]))\s+(?<t>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<t>.+?)\s+(?<n>\d{1,2})\.0$")]
    private static partial Regex TrailingSectionNumber();

    [GeneratedRegex(@"^\d+\.\d+\.?\s+\S")]
    private static partial Regex SectionParagraph();

    [GeneratedRegex(@"^(?<n>\d{1,3})\)\s+(?<t>.+)$")]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"^(?:\((?<l>[a-z]|[ivx]{1,4})\)|(?<l>[a-z]|[ivx]{1,4})\)|(?<l>[a-z])\.)\s+(?<t>.+)$")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.\s+(?<t>.+)$")]
    private static partial Regex RunParagraph();

    [GeneratedRegex(@"^(?<l>[A-Z][^.:]{0,80}):\s*(?<p>\(.*\))$")]
    private static partial Regex LabelWithNote();

    [GeneratedRegex(@"^(?<l>[^:]{2,80}):\s*(?<a>.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[^:]{2,40}\s?:\s?\S{1,10}$")]
    private static partial Regex ShortValue();

    // ---- Reading ------------------------------------------------------------------------------------

    /// <summary>Reads the body from line index <paramref name="start"/> into blocks; lines in <paramref name="furniture"/> are page furniture.</summary>
    public static IReadOnlyList<BodyItem> Read(IReadOnlyList<string> lines, int start, KnownTitles known, IReadOnlySet<int>? furniture = null)
    {
        var items = new List<BodyItem>();
        var blank = true;
        for (var i = start; i < lines.Count; i++)
        {
            // A table's rule row ("| --- |") has no letters but is part of the table.
            if (CleanText.IsBlank(lines[i]) && !lines[i].TrimStart().StartsWith('|')) { blank = true; continue; }
            if (furniture?.Contains(i) == true)
            {
                // A running header or footer between two pages does not end the paragraph it interrupts.
                items.Add(new BodyItem(BodyKind.Furniture, CleanText.Plain(lines[i]), i + 1));
                continue;
            }
            var item = Classify(lines, i, known) with { BlankBefore = blank };
            blank = false;
            var previous = items.LastOrDefault(x => x.Kind != BodyKind.Furniture);
            // A word the wrapping left alone ("sustainability.", "Background.") goes on with its sentence.
            if (previous is not null && item.Kind == BodyKind.Heading && item.Level is null && item.Number is null && item.After is null && !item.BlankBefore
                && previous.Kind is BodyKind.Text or BodyKind.SectionParagraph or BodyKind.RunParagraph or BodyKind.Bullet or BodyKind.Recommendation or BodyKind.Lettered
                && !".:;!?".Contains(previous.Text[^1]) && !CleanText.IsCapitals(item.Original) && (WordCount(item.Original) == 1 || item.Original.EndsWith('.')))
            {
                item = new BodyItem(BodyKind.Text, CleanText.Body(lines[i].Trim()), i + 1) { BlankBefore = false };
            }
            var at = previous is null ? -1 : items.LastIndexOf(previous);
            if (previous is not null && Joins(previous, item)) items[at] = Join(previous, item);
            else items.Add(item);
        }
        return Siblings(items, known);
    }

    /// <summary>The paper's last line, a name in capitals ("ROB OWEN"): the officer signing it.</summary>
    private static bool Signature(IReadOnlyList<string> lines, int index, string text, KnownTitles known) =>
        CleanText.IsCapitals(text) && WordCount(text) <= 4 && !text.Any(char.IsDigit) && !known.Contains(text) && lines.Skip(index + 1).All(CleanText.IsBlank);

    private static BodyItem Classify(IReadOnlyList<string> lines, int index, KnownTitles known)
    {
        var line = index + 1;
        var raw = lines[index].Trim();
        var plain = CleanText.Plain(raw);
        var body = CleanText.Body(raw);

        if (Explicit().Match(plain) is { Success: true } mark)
        {
            var level = Math.Min(mark.Groups[1].Value.Length, 3);
            var marked = Heading(CleanText.Plain(mark.Groups["t"].Value), line, known, force: true);
            return marked is null ? new BodyItem(BodyKind.Text, body, line) : marked with { Level = level };
        }
        if (Furniture().IsMatch(plain) || CommitteeSystemPage.IsChrome(plain)) return new BodyItem(BodyKind.Furniture, plain, line);
        if (BoldHeading(raw, line) is { } bold) return bold;

        var bulleted = false;
        if (Bullet().Match(body) is { Success: true } bullet)
        {
            bulleted = true;
            body = CleanText.Body(bullet.Groups["t"].Value);
            plain = CleanText.Plain(body);
        }
        // A short line set far to the right (a name signing the report, a date), or a name in capitals ending the paper, is not a heading.
        if (!bulleted && ((lines[index].Length - lines[index].TrimStart().Length >= 20 && WordCount(plain) <= 6) || Signature(lines, index, plain, known))) return new BodyItem(BodyKind.Text, body, line);
        if (!bulleted && Heading(plain, line, known, force: false, lines, index) is { } heading) return heading;
        if (SectionParagraph().IsMatch(plain)) return new BodyItem(BodyKind.SectionParagraph, body, line);
        if (Recommendation().Match(body) is { Success: true } recommendation)
        {
            return new BodyItem(BodyKind.Recommendation, CleanText.Body(recommendation.Groups["t"].Value), line) { Number = recommendation.Groups["n"].Value };
        }
        if (Lettered().IsMatch(body)) return new BodyItem(BodyKind.Lettered, body, line);
        if (RunParagraph().Match(body) is { Success: true } run)
        {
            return new BodyItem(BodyKind.RunParagraph, CleanText.Body(run.Groups["t"].Value), line) { Number = run.Groups["n"].Value };
        }
        if (body.StartsWith('|')) return new BodyItem(BodyKind.TableRow, raw, line);
        if (bulleted) return new BodyItem(BodyKind.Bullet, body, line);
        // "Provided by :N/A" above "2. …" is a label and its short value, not a heading.
        if (LooksLikeTitle(plain) && !ShortValue().IsMatch(plain) && NextIsNumberedParagraph(lines, index)) return Heading(plain, line, known, force: true)!;
        return new BodyItem(BodyKind.Text, body, line);
    }

    /// <summary>
    /// Lines the extraction broke apart: the next line of the same paragraph, a line that starts in lower
    /// case after one that does not end a sentence, or a heading in capitals wrapped onto a second line.
    /// </summary>
    private static bool Joins(BodyItem previous, BodyItem next)
    {
        var paragraphLike = previous.Kind is BodyKind.Text or BodyKind.SectionParagraph or BodyKind.RunParagraph or BodyKind.Bullet or BodyKind.Recommendation or BodyKind.Lettered;
        if (next.Kind == BodyKind.Text && paragraphLike)
        {
            if (!next.BlankBefore) return true;
            return char.IsLower(next.Text[0]) && !".:;!?".Contains(previous.Text[^1]);
        }
        return next.Kind == BodyKind.Heading && previous.Kind == BodyKind.Heading && !next.BlankBefore
            && next.Number is null && previous.After is null && !previous.Text.EndsWith(':')
            && CleanText.IsCapitals(previous.Text) && CleanText.IsCapitals(next.Text) && next.After is null;
    }

    private static BodyItem Join(BodyItem previous, BodyItem next) => previous with
    {
        Text = previous.Text + " " + next.Text,
        Original = previous.Kind == BodyKind.Heading ? previous.Original + " " + next.Original : previous.Original,
    };

    // ---- Writing ------------------------------------------------------------------------------------

    /// <summary>Writes the blocks as Markdown for a report of <paramref name="type"/>.</summary>
    public static ConvertedBody Write(IReadOnlyList<BodyItem> items, ReportType type)
    {
        var text = new StringBuilder();
        var unplaced = new List<Unplaced>();
        var changes = new List<string>();
        SectionSpec? current = null;
        var inSection = false;
        BodyKind? previous = null;

        void Block(string markdown, BodyKind kind, bool blankBefore)
        {
            // Items of one list stay on consecutive lines; everything else is a paragraph of its own.
            var continuesList = previous == kind && !blankBefore && kind is BodyKind.Recommendation or BodyKind.Lettered or BodyKind.Bullet or BodyKind.RunParagraph or BodyKind.TableRow;
            if (text.Length > 0 && !continuesList) text.Append('\n');
            text.Append(markdown).Append('\n');
            previous = kind;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case BodyKind.Furniture:
                    unplaced.Add(new Unplaced(item.Line, item.Text, "looks like a page number or running header, left out"));
                    break;
                case BodyKind.Heading:
                {
                    string heading;
                    var section = KnownTitles.Section(type, item.Text);
                    var subsection = section is null ? KnownTitles.Subsection(type, current, item.Text) : null;
                    // A level the source marked (a Word heading style) is kept, unless the report type says otherwise.
                    var asSection = item.Level switch
                    {
                        2 => subsection is null || section is not null,
                        3 => section is not null || !inSection,
                        _ => item.Number is not null || section is not null || (subsection is null && !inSection),
                    };
                    if (asSection)
                    {
                        heading = "## " + (item.Number is null ? "" : item.Number + " ") + SentenceCase.Of(item.Text);
                        current = section;
                        inSection = true;
                    }
                    else heading = "### " + (subsection ?? SentenceCase.Of(item.Text));
                    if (item.Letter is not null && !item.Text.StartsWith(item.Letter + " ", StringComparison.Ordinal)) changes.Add($"line {item.Line}: the heading \"{item.Original}\" is a section of the report type; written without its letter, as \"{heading}\"");
                    if (item.NumberMoved) changes.Add($"line {item.Line}: the heading \"{item.Original}\" has its number after its title; written as \"{heading}\"");
                    Block(heading, BodyKind.Heading, true);
                    if (item.After is { } after)
                    {
                        var next = i + 1 < items.Count ? items[i + 1].Kind : BodyKind.Text;
                        var introducesList = next is BodyKind.Recommendation or BodyKind.Lettered or BodyKind.Bullet;
                        Block(introducesList && !".:;!?".Contains(after[^1]) ? after + ":" : after, BodyKind.Text, true);
                    }
                    break;
                }
                case BodyKind.Recommendation:
                    // A report type numbered in one run counts "1." items as its paragraphs; "1)" keeps a recommendation an ordinary list.
                    Block($"{item.Number}{(type.Numbering == NumberingStyle.Paragraphs ? ")" : ".")} {item.Text}", item.Kind, item.BlankBefore);
                    break;
                case BodyKind.RunParagraph:
                    Block($"{item.Number}. {item.Text}", item.Kind, item.BlankBefore);
                    break;
                case BodyKind.Lettered:
                case BodyKind.Bullet:
                    Block("- " + item.Text, item.Kind, item.BlankBefore);
                    break;
                default:
                    Block(item.Text, item.Kind, item.BlankBefore);
                    break;
            }
        }
        return new ConvertedBody(text.ToString(), unplaced, changes);
    }
}
