using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// Cover labels a paper gives after its text has started: a cover sheet whose labels go on below its
/// recommendations ("EXECUTIVE SUMMARY :", "CONTACT OFFICER :", "WARD(S) TO WHICH REPORT RELATE(S):"), the last
/// cells of a summary table ("Ward(s) affected;" / "Fakenham, …"), and a cover repeated under a committee
/// system's summary of the paper ("Title:" / "REPORT FROM …", "[Wards Affected: ALL]"). Only in the first lines
/// of the text, above its first numbered paragraph ("1.1 …"); a label the report types know as a section is a heading.
/// </summary>
public static partial class ReadBodyCover
{
    /// <summary>How many lines of text, at most, a cover may still run to after the text starts.</summary>
    private const int Reach = 60;

    /// <summary>The entries found, and the lines with the ones they came from left empty (they are in the front matter).</summary>
    public static (IReadOnlyList<HeaderEntry> Entries, ImmutableArray<string> Lines) Read(ImmutableArray<string> lines, int start, int end, CoverLabels labels, Func<string, bool> isSection)
    {
        var entries = new List<HeaderEntry>();
        var result = lines.ToBuilder();
        var consumed = -1;
        foreach (var (index, text) in TopLines(lines, start, end))
        {
            // Lines taken in as a label's value above are not read again.
            if (index <= consumed) continue;
            var i = index;
            var bracketed = text.StartsWith('[') && text.EndsWith(']');
            var bare = bracketed ? text[1..^1] : text;
            // "forum" alone, in lower case, is a wrapped line's last word, not a label.
            if (labels.Match(bare, inCover: true) is not { } found || isSection(found.Label) || (!bracketed && char.IsLower(bare[0]))) continue;
            // In the text a label shows itself by its colon, its brackets, or by standing alone above its value.
            var marked = bracketed || Marked().IsMatch(bare[found.Label.Length..]);
            if (!marked && found.Value.Length > 0) continue;
            var value = found.Value;
            result[i] = "";
            for (var j = i + 1; value.Length == 0 || !value.EndsWith('.'); j++)
            {
                if (j >= end || j - i > 4) break;
                var line = CleanText.Plain(lines[j]);
                if (CleanText.IsBlank(line)) { if (value.Length > 0) break; continue; }
                // The first line under a label is its value even when it starts like one ("Title:" / "REPORT FROM …").
                if ((labels.Match(line, inCover: true) is { } next && (value.Length > 0 || line.Contains(':') || next.Value.Length == 0)) || NumberedParagraph().IsMatch(line) || NumberedHeading().IsMatch(line) || line.EndsWith(':')
                    || CleanText.IsCapitals(Note().Replace(line, ""))
                    || (value.Length > 0 && !(Unfinished().IsMatch(value) || char.IsLower(line[0]) || char.IsDigit(line[0])))) break;
                value = (value + " " + line).Trim();
                result[j] = "";
                i = j;
            }
            consumed = i;
            // A label alone with nothing after it ("KEY DECISION :") is the cover's, listed as having no value.
            if (value.Length == 0 && !marked) { result[i] = lines[i]; continue; }
            entries.Add(new HeaderEntry(found.Field, found.Label, value, i + 1));
        }
        return (entries, result.ToImmutable());
    }

    /// <summary>
    /// A cover repeated at the top of the text, under a committee system's summary of the paper: lines that are only the
    /// board's name, the meeting's date or the council's name, left out of the text and listed.
    /// </summary>
    public static (ImmutableArray<string> Lines, IReadOnlyList<Unplaced> Unplaced) Repeated(ImmutableArray<string> lines, int start, int end, string board, DateOnly meeting)
    {
        var result = lines.ToBuilder();
        var unplaced = new List<Unplaced>();
        foreach (var (i, text) in TopLines(lines, start, end))
        {
            var reason = KnownTitles.Key(text) == KnownTitles.Key(board) ? "the board's name, repeated above the text"
                : ReadMeetingDate.Read(text) == meeting && ReadMeetingDate.Find(text) is { } date && date.Length >= text.Length - 2 ? "the meeting's date, repeated above the text"
                : CouncilName().IsMatch(text) && text.Split(' ').Length <= 5 ? "the council's name; the site settings give it" : null;
            if (reason is null) continue;
            unplaced.Add(new Unplaced(i + 1, text, reason));
            result[i] = "";
        }
        return (result.ToImmutable(), unplaced);
    }

    /// <summary>The text's first lines with words, up to its first numbered paragraph ("1.1 …"), as far as a cover may still run.</summary>
    private static IEnumerable<(int Index, string Text)> TopLines(ImmutableArray<string> lines, int start, int end)
    {
        var seen = 0;
        for (var i = start; i < end && seen < Reach; i++)
        {
            var text = CleanText.Plain(lines[i]);
            if (CleanText.IsBlank(text)) continue;
            seen++;
            if (NumberedParagraph().IsMatch(text)) yield break;
            yield return (i, text);
        }
    }

    /// <summary>Entries from the text, each before any unlabelled cover line for the same field: a label says it surely.</summary>
    public static IReadOnlyList<HeaderEntry> Merge(IReadOnlyList<HeaderEntry> cover, IReadOnlyList<HeaderEntry> inText)
    {
        var merged = new List<HeaderEntry>(cover);
        foreach (var entry in inText)
        {
            var unlabelled = merged.FindIndex(e => e.Field == entry.Field && e.Label.Length == 0 && entry.Field != HeaderField.NoField);
            if (unlabelled >= 0) merged.Insert(unlabelled, entry);
            else merged.Add(entry);
        }
        return merged;
    }

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.?\s+\S")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^(?:[A-Z][\w'-]*\s){0,3}(?:borough|district|county|city|county borough|metropolitan borough)?\s?council$", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilName();

    [GeneratedRegex(@"(?:\b(?:of|for|to|and|the|in|on|with|by|from|at)|[,;&–-])$", RegexOptions.IgnoreCase)]
    private static partial Regex Unfinished();

    /// <summary>A note in brackets at the end of a heading: "DETAILS (Continued Overleaf)".</summary>
    [GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial Regex Note();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+[A-Z]")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^\s*(?::|;|$)")]
    private static partial Regex Marked();
}
