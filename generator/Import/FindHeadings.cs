using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// Tells a heading from text, as a reader of the printed paper would: numbered ("1.0 PURPOSE OF REPORT",
/// "2. Background", "3) Options", "4 Financial implications" above a "4.1" paragraph), lettered
/// ("A – Introduction"), a number after its title ("RISK ANALYSIS 7.0"), in capitals, bold on a line of its
/// own, a label ending in a colon ("Financial:"), a title the report types know in any case, or a short
/// title-case line standing alone. A word left alone by wrapping ("sustainability.") is never one.
/// </summary>
public static partial class ConvertBody
{
    [GeneratedRegex(@"^(?<n>\d{1,2})\s?(?<sep>\.0\.?|\.|\)|:)?\s+(?<t>\S.*)$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?<l>[A-HJ-Z])(?:\s*[–—-]\s+|\.\s+|\)\s+)(?<t>[A-Z].*)$")]
    private static partial Regex LetteredHeading();

    /// <summary>"The Planning Committee resolves:", "That the Board:": a sentence introducing a list, not a heading.</summary>
    [GeneratedRegex(@"^(?:the|that|this|it|we|members|officers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Introduces();

    [GeneratedRegex(@"^(?<h>[A-Z][A-Z &/'-]{2,60})\.\s+(?<a>[A-Z].+)$")]
    private static partial Regex CapitalsThenText();

    [GeneratedRegex(@"^(?<h>[A-Z]{2,}(?:[ &/'-]+[A-Z]{2,}){0,6})\s+(?<a>[A-Z](?:[a-z]|\s).+)$")]
    private static partial Regex CapitalsRunText();

    [GeneratedRegex(@"^\*\*(?<t>[^*]{2,120})\*\*:?$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?<t>[^()]+?)\s*(?<n>\((?:continued|cont'?d)\b[^)]*\))$", RegexOptions.IgnoreCase)]
    private static partial Regex Continued();

    /// <summary>"2. Introduction by Executive Member" between "1. Purpose" and "3. Recommendations": numbered as its neighbours, a heading too.</summary>
    private static List<BodyItem> Siblings(List<BodyItem> items, KnownTitles known)
    {
        var numbers = items.Where(x => x.Kind == BodyKind.Heading && x.Number is not null).Select(x => x.Number!).ToHashSet();
        for (var k = 0; k < items.Count; k++)
        {
            var written = items[k] switch
            {
                { Kind: BodyKind.RunParagraph, Number: { } number } => number.TrimEnd('.') + ". " + items[k].Text,
                { Kind: BodyKind.Text } => items[k].Text,
                _ => "",
            };
            if (Sibling().Match(written) is { Success: true } m && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) is var n
                && numbers.Contains($"{n - 1}.") && numbers.Contains($"{n + 1}.") && WordCount(m.Groups["t"].Value) <= 8 && Heading(written, items[k].Line, known, force: true) is { } heading)
            {
                items[k] = heading with { BlankBefore = items[k].BlankBefore };
            }
        }
        return items;
    }

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?<t>[A-Z][^.:;]{2,70})$")]
    private static partial Regex Sibling();

    /// <summary>A heading, when the line is one; <paramref name="force"/> for a line that is one whatever it says (a Word heading style).</summary>
    private static BodyItem? Heading(string text, int line, KnownTitles known, bool force, IReadOnlyList<string>? lines = null, int index = -1)
    {
        bool Title(string t) => (CleanText.IsCapitals(t) && !t.EndsWith('.')) || (known.Contains(t) && !t.EndsWith('.') && char.IsUpper(t[0]));
        if (NumberedHeading().Match(text) is { Success: true } lead)
        {
            var (title, after) = SplitLabel(lead.Groups["t"].Value);
            // "1. Introduction.": a short heading with a full stop after it, as some templates write them.
            var dotted = after is null && title.EndsWith('.') && title.TrimEnd('.') is var bare && !bare.Contains('.') && WordCount(bare) <= 4
                && (Title(bare) || (LooksLikeTitle(bare) && bare.Split(' ').Where(w => w.Length > 3).All(w => char.IsUpper(w[0]))));
            if (dotted) title = title.TrimEnd('.');
            // "PURPOSE. This report …": a heading in capitals run into its first sentence.
            if (after is null && CapitalsThenText().Match(title) is { Success: true } run) (title, after) = (run.Groups["h"].Value, run.Groups["a"].Value);
            var sep = lead.Groups["sep"].Value;
            var n = lead.Groups["n"].Value;
            // "1.0" is always a section's number; "1.", "1)" and "1" only when the title reads as one, or paragraphs n.1 follow.
            var isHeading = force || dotted || (sep.StartsWith(".0", StringComparison.Ordinal) ? Title(title) : title.Length > 1 && (Title(title) || (LooksLikeTitle(title) && NextIsParagraphOf(lines, index, n))));
            if (!isHeading) return null;
            var number = sep.StartsWith(".0", StringComparison.Ordinal) ? n + ".0" : sep.Length == 0 ? n : n + ".";
            return new BodyItem(BodyKind.Heading, title, line) { Number = number, After = after, Original = text };
        }
        if (TrailingSectionNumber().Match(text) is { Success: true } trail && (force || Title(trail.Groups["t"].Value)))
        {
            return new BodyItem(BodyKind.Heading, trail.Groups["t"].Value.Trim(), line) { Number = trail.Groups["n"].Value + ".0", NumberMoved = true, Original = text };
        }
        if (LetteredHeading().Match(text) is { Success: true } letter)
        {
            // "B) EXISTING The site is …": a heading in capitals run into its first sentence.
            var (lettered, rest) = CapitalsRunText().Match(letter.Groups["t"].Value) is { Success: true } run && WordCount(run.Groups["a"].Value) >= 4
                ? (run.Groups["h"].Value, run.Groups["a"].Value) : (letter.Groups["t"].Value, (string?)null);
            if (force || rest is not null || Title(lettered) || LooksLikeTitle(lettered))
            {
                var title = lettered.Trim().TrimEnd(':');
                // A known section keeps its title alone, so validate finds it; any other keeps its letter.
                return new BodyItem(BodyKind.Heading, known.Contains(title) ? title : $"{letter.Groups["l"].Value} – {title}", line) { Original = text, Letter = letter.Groups["l"].Value, After = rest };
            }
        }
        // "RECOMMENDATIONS Approval, subject to …": a known section's title in capitals run into its text.
        if (!force && CapitalsRunText().Match(text) is { Success: true } knownRun && known.Contains(knownRun.Groups["h"].Value) && WordCount(knownRun.Groups["a"].Value) >= 2)
        {
            return new BodyItem(BodyKind.Heading, knownRun.Groups["h"].Value, line) { Original = text, After = knownRun.Groups["a"].Value };
        }
        if (LabelWithNote().Match(text) is { Success: true } note && (force || WordCount(note.Groups["l"].Value) <= 8))
        {
            return new BodyItem(BodyKind.Heading, note.Groups["l"].Value.Trim() + " " + note.Groups["p"].Value.Trim(), line) { Original = text };
        }
        if (Label().Match(text) is { Success: true } label)
        {
            var name = label.Groups["l"].Value.Trim();
            var after = label.Groups["a"].Value.Trim();
            if (after.Length == 0 && (force || (char.IsUpper(name[0]) && WordCount(name) <= 8 && !name.Contains('.') && !Introduces().IsMatch(name))))
            {
                return new BodyItem(BodyKind.Heading, name, line) { Original = text };
            }
            if (after.Length > 0 && Title(name)) return new BodyItem(BodyKind.Heading, name, line) { After = after, Original = text };
            if (!force) return null;
        }
        // "DETAILS (Continued Overleaf)": a heading in capitals with the printed page's note after it.
        if (!force && Continued().Match(text) is { Success: true } continued && CleanText.IsCapitals(continued.Groups["t"].Value) && WordCount(continued.Groups["t"].Value) <= 8)
        {
            return new BodyItem(BodyKind.Heading, continued.Groups["t"].Value, line) { After = continued.Groups["n"].Value, Original = text };
        }
        if (force || (CleanText.IsCapitals(text) && !text.EndsWith('.') && WordCount(text) <= 15) || (Title(text) && WordCount(text) <= 12)
            || (TitleCase(text) && lines is not null && (StandsAlone(lines, index) || (AfterSentence(lines, index) && NextStartsSentence(lines, index))) && NextIsParagraph(lines, index)))
        {
            return new BodyItem(BodyKind.Heading, text.TrimEnd(':').Trim(), line) { Original = text };
        }
        return null;
    }

    /// <summary>A bold line of its own ("**Background**"), short and ending no sentence.</summary>
    private static BodyItem? BoldHeading(string raw, int line)
    {
        var bold = BoldLine().Match(raw);
        if (!bold.Success) return null;
        var text = CleanText.Plain(bold.Groups["t"].Value).TrimEnd(':');
        return WordCount(text) <= 12 && !text.EndsWith('.') && text.Any(char.IsLetter) ? new BodyItem(BodyKind.Heading, text, line) { Original = raw } : null;
    }

    private static (string Title, string? After) SplitLabel(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return (text.Trim(), null);
        var after = text[(colon + 1)..].Trim();
        // "Phase 1: 2005 - 2006": years after the colon are the title's own.
        if (YearsOnly().IsMatch(after)) return (text.Trim(), null);
        return (text[..colon].Trim(), after.Length == 0 ? null : after);
    }

    /// <summary>A short line that could be a title: "Background", "Quarter 2 Performance Summary".</summary>
    private static bool LooksLikeTitle(string text) =>
        text.Length <= 60 && WordCount(text) <= 8 && (char.IsUpper(text[0]) || (YearFirst().IsMatch(text) && text.Any(char.IsUpper))) && !".,;:!?".Contains(text[^1]);

    [GeneratedRegex(@"^\(?[a-h]\)?\.?$")]
    private static partial Regex LetterAlone();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?$")]
    private static partial Regex YearsOnly();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?:/\d{2,4})?$")]
    private static partial Regex Year();

    /// <summary>"2011/12 Capital Programme": a title may start with a year.</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}(?:[/–-]\d{2,4})?\s")]
    private static partial Regex YearFirst();

    /// <summary>"Financial Implications", "Options Considered": two to eight words, every long word with a capital.</summary>
    private static bool TitleCase(string text) =>
        LooksLikeTitle(text) && WordCount(text) >= 2 && text.Split(' ').Where(w => w.Length > 3).All(w => char.IsUpper(w[0]) || Year().IsMatch(w)) && text.Any(char.IsUpper) && !Caption().IsMatch(text);

    /// <summary>"Appendix A – Performance Indicators", "Table 2 Budget": a name of something listed, not a heading.</summary>
    [GeneratedRegex(@"^(?:appendix|appendices|annex|table|figure|chart|map)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    /// <summary>A blank line (or the start) before and after the line.</summary>
    private static bool StandsAlone(IReadOnlyList<string> lines, int index) =>
        (index == 0 || CleanText.IsBlank(lines[index - 1])) && (index + 1 >= lines.Count || CleanText.IsBlank(lines[index + 1]));

    /// <summary>The line before is blank, the start, or ends a sentence: "… Recycling Service." / "Summary &amp; Purpose" / "This report …".</summary>
    private static bool AfterSentence(IReadOnlyList<string> lines, int index) =>
        index == 0 || CleanText.Plain(lines[index - 1]) is var before && (before.Length == 0 || ".:;!?".Contains(before[^1]));

    /// <summary>The line after starts with a capital, as a paragraph does, not with the rest of a sentence.</summary>
    private static bool NextStartsSentence(IReadOnlyList<string> lines, int index) =>
        index + 1 < lines.Count && CleanText.Plain(lines[index + 1]) is { Length: > 0 } next && char.IsUpper(next[0]);

    /// <summary>The next line starts a paragraph of some length (eight words or more), not a table's next cell.</summary>
    private static bool NextIsParagraph(IReadOnlyList<string> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (CleanText.IsBlank(lines[i])) continue;
            return WordCount(CleanText.Plain(lines[i])) >= 8;
        }
        return false;
    }

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

    /// <summary>The next line is paragraph <paramref name="number"/>.1 ("4 Financial implications" / "4.1 The cost …").</summary>
    private static bool NextIsParagraphOf(IReadOnlyList<string>? lines, int index, string number)
    {
        if (lines is null) return false;
        var skipped = false;
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (CleanText.IsBlank(lines[i])) continue;
            var next = CleanText.Plain(lines[i]);
            // "2 Recommendation to the Board" / "a" / "That the Board …": lettered paragraphs under it do as well.
            if (next.StartsWith(number + ".1", StringComparison.Ordinal) || (!skipped && LetterAlone().IsMatch(next))) return true;
            // "2. Details" / "2011/12 Capital Programme" / "2.1 …": a sub-heading may come first.
            if (skipped || !LooksLikeTitle(next) || WordCount(next) > 8) return false;
            skipped = true;
        }
        return false;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
