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

    [GeneratedRegex(@"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$|^-\s*\d{1,3}\s*-$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    // "-", "•", Word's symbol-font bullets (private use), and "o" as Word's second-level bullet.
    [GeneratedRegex(@"^(?:[-–•▪◦·■□➢✓\uF0A7\uF0B7\uF0D8]|\*(?!\*)|o(?=\s+[A-Z]))\s+(?<t>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.0\.?\s+(?<t>.+)$")]
    private static partial Regex LeadingSectionNumber();

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

    // ---- Reading ------------------------------------------------------------------------------------

    /// <summary>Reads the body from line index <paramref name="start"/> into blocks.</summary>
    public static IReadOnlyList<BodyItem> Read(IReadOnlyList<string> lines, int start, KnownTitles known)
    {
        var items = new List<BodyItem>();
        var blank = true;
        for (var i = start; i < lines.Count; i++)
        {
            // A table's rule row ("| --- |") has no letters but is part of the table.
            if (CleanText.IsBlank(lines[i]) && !lines[i].TrimStart().StartsWith('|')) { blank = true; continue; }
            var item = Classify(lines, i, known) with { BlankBefore = blank };
            blank = false;
            if (items.Count > 0 && Joins(items[^1], item)) items[^1] = Join(items[^1], item);
            else items.Add(item);
        }
        return items;
    }

    private static BodyItem Classify(IReadOnlyList<string> lines, int index, KnownTitles known)
    {
        var line = index + 1;
        var raw = lines[index].Trim();
        var plain = CleanText.Plain(raw);
        var body = CleanText.Body(raw);

        if (Explicit().Match(plain) is { Success: true } mark)
        {
            return Heading(CleanText.Plain(mark.Groups["t"].Value), line, known, force: true) ?? new BodyItem(BodyKind.Text, body, line);
        }
        if (Furniture().IsMatch(plain)) return new BodyItem(BodyKind.Furniture, plain, line);

        var bulleted = false;
        if (Bullet().Match(body) is { Success: true } bullet)
        {
            bulleted = true;
            body = CleanText.Body(bullet.Groups["t"].Value);
            plain = CleanText.Plain(body);
        }
        if (!bulleted && Heading(plain, line, known, force: false) is { } heading) return heading;
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
        if (LooksLikeTitle(plain) && NextIsNumberedParagraph(lines, index)) return Heading(plain, line, known, force: true)!;
        return new BodyItem(BodyKind.Text, body, line);
    }

    /// <summary>
    /// A heading, when the line is one: numbered ("1.0 PURPOSE OF REPORT", "RISK ANALYSIS 7.0"), in capitals,
    /// a label ending in a colon ("Financial:"), or a title the report types know ("Background").
    /// </summary>
    private static BodyItem? Heading(string text, int line, KnownTitles known, bool force)
    {
        bool Title(string t) => CleanText.IsCapitals(t) || known.Contains(t);
        if (LeadingSectionNumber().Match(text) is { Success: true } lead)
        {
            var (title, after) = SplitLabel(lead.Groups["t"].Value);
            if (force || Title(title)) return new BodyItem(BodyKind.Heading, title, line) { Number = lead.Groups["n"].Value + ".0", After = after, Original = text };
            return null;
        }
        if (TrailingSectionNumber().Match(text) is { Success: true } trail && (force || Title(trail.Groups["t"].Value)))
        {
            return new BodyItem(BodyKind.Heading, trail.Groups["t"].Value.Trim(), line) { Number = trail.Groups["n"].Value + ".0", NumberMoved = true, Original = text };
        }
        if (LabelWithNote().Match(text) is { Success: true } note && (force || WordCount(note.Groups["l"].Value) <= 8))
        {
            return new BodyItem(BodyKind.Heading, note.Groups["l"].Value.Trim() + " " + note.Groups["p"].Value.Trim(), line) { Original = text };
        }
        if (Label().Match(text) is { Success: true } label)
        {
            var name = label.Groups["l"].Value.Trim();
            var after = label.Groups["a"].Value.Trim();
            if (after.Length == 0 && (force || (char.IsUpper(name[0]) && WordCount(name) <= 8 && !name.Contains('.'))))
            {
                return new BodyItem(BodyKind.Heading, name, line) { Original = text };
            }
            if (after.Length > 0 && Title(name)) return new BodyItem(BodyKind.Heading, name, line) { After = after, Original = text };
            if (!force) return null;
        }
        if (force || (CleanText.IsCapitals(text) && !text.EndsWith('.') && WordCount(text) <= 15) || (known.Contains(text) && WordCount(text) <= 12))
        {
            return new BodyItem(BodyKind.Heading, text.TrimEnd(':').Trim(), line) { Original = text };
        }
        return null;
    }

    private static (string Title, string? After) SplitLabel(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return (text.Trim(), null);
        var after = text[(colon + 1)..].Trim();
        return (text[..colon].Trim(), after.Length == 0 ? null : after);
    }

    /// <summary>A short line that could be a title: "Background", "Quarter 2 Performance Summary".</summary>
    private static bool LooksLikeTitle(string text) =>
        text.Length <= 60 && WordCount(text) <= 8 && char.IsUpper(text[0]) && !".,;:!?".Contains(text[^1]);

    private static bool NextIsNumberedParagraph(IReadOnlyList<string> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (CleanText.IsBlank(lines[i])) continue;
            var next = CleanText.Plain(lines[i]);
            return RunParagraph().IsMatch(next) || SectionParagraph().IsMatch(next);
        }
        return false;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

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
                    if (item.Number is not null || section is not null || (subsection is null && !inSection))
                    {
                        heading = "## " + (item.Number is null ? "" : item.Number + " ") + SentenceCase.Of(item.Text);
                        current = section;
                        inSection = true;
                    }
                    else heading = "### " + (subsection ?? SentenceCase.Of(item.Text));
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
