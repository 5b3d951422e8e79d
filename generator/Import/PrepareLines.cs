using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// Undoes two things extraction does to a whole paper before it is read: a report whose line breaks were
/// lost (one line of thousands of characters) is broken again before its cover labels, numbered paragraphs,
/// headings and page numbers; and page furniture (a running header, a footer, "Page 3 of 21") that repeats
/// on every page is found, so the body leaves it out and lists it under "could not place".
/// </summary>
public static partial class PrepareLines
{
    /// <summary>A line this long is a paper whose line breaks were lost, not a paragraph.</summary>
    private const int RunOnLength = 2000;

    public static ImmutableArray<string> SplitRunOn(ImmutableArray<string> lines, CoverLabels labels, out bool split, Func<string, bool>? isSection = null)
    {
        // "… Page 2 of 12 RECOMMENDATIONS …", "… Notice. A) PROPOSAL …": a footer or a lettered heading inside a line.
        lines = [.. lines.SelectMany(l => l.Length > 120 ? Inline().Replace(l, "\n").Split('\n') : [l])];
        bool RunOn(string line) => line.Length > RunOnLength || (line.Length > 200 && (Breaks().Count(line) is var breaks && breaks >= 2 || breaks + labels.BeforeLabels.Count(line) >= 2));
        split = lines.Any(RunOn);
        if (!split) return lines;
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var line in lines)
        {
            if (!RunOn(line)) { result.Add(line); continue; }
            var broken = PageNumber().Replace(line, "\n$1\n");
            broken = labels.BeforeLabels.Replace(Breaks().Replace(broken, "\n\n"), "\n");
            broken = CapitalsLabel().Replace(broken, "\n");
            var parts = RunOnColumns.Split([.. broken.Split('\n').Select(p => p.Trim())], labels, isSection ?? (_ => false));
            for (var i = 0; i < parts.Count; i++)
            {
                // "EXECUTIVE" / "SUMMARY : …": broken inside a longer label, because its last word is a label too.
                if (i + 1 < parts.Count && parts[i].Length is > 0 and <= 30 && !parts[i].Contains(':') && labels.Match(parts[i] + " " + parts[i + 1], inCover: false) is { } longer
                    && longer.Label.Length > parts[i].Length)
                {
                    result.Add(parts[i] + " " + parts[i + 1]);
                    i++;
                }
                else result.Add(parts[i]);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>The indexes of lines that repeat as page furniture: three times or more, short, and not a sentence, paragraph or list item.</summary>
    public static IReadOnlySet<int> Furniture(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = CleanText.Plain(lines[i]);
            if (text.Length is < 3 or > 100 || !text.Any(char.IsLetter) || text.EndsWith('.') || text.StartsWith('|') || NotFurniture().IsMatch(text)) continue;
            var words = text.Split(' ').Length;
            if (!(text.Any(char.IsDigit) || words >= 3 || CleanText.IsCapitals(text))) continue;
            var key = Digits().Replace(text.ToLowerInvariant(), "#");
            if (!counts.TryGetValue(key, out var at)) counts[key] = at = [];
            at.Add(i);
        }
        var furniture = counts.Values.Where(at => at.Count >= 3).SelectMany(at => at).ToHashSet();
        for (var i = 0; i < lines.Count; i++) if (PageOf().IsMatch(CleanText.Plain(lines[i]))) furniture.Add(i);
        return furniture;
    }

    [GeneratedRegex(@"\s*\b(Page\s+\d{1,3}\s+of\s+\d{1,3})\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"(?<=\bPage\s+\d{1,3}\s+of\s+\d{1,3})\s+(?=[A-Z]{4,})|(?<=[a-z]\.)\s+(?=[A-H]\)\s+[A-Z]{4,}\s)")]
    private static partial Regex Inline();

    [GeneratedRegex(@"^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageOf();

    // Before "3.1 The …", "4.0 RISK", "2. BACKGROUND", a bullet, and a cover label such as "Date of Meeting:".
    [GeneratedRegex(@"\s+(?=\d{1,2}\.\d{1,2}\.?\s+[A-Z(])|\s+(?=\d{1,2}\s?\.0?\s+[A-Z]{3,}\b)|\s+(?=\d{1,2}\.\s+[A-Z][a-z]+\s)|\s+(?=Recommendations?(?:\(s\))?\s*:)|\s+(?=[•▪·]\s)|\s+(?=\d{1,2}\.\s+[A-Z][^.\d]{2,60}?\s+\d{1,2}\.\d{1,2}\s)|\s+(?=\d{1,2}\.\s+[A-Z][A-Za-z/ ]{2,60}$)")]
    private static partial Regex Breaks();

    // Before a label in capitals ("RECOMMENDATIONS :", "HUMAN RESOURCES (if applicable):", not a numbered heading's "2.0 RECOMMENDED:"),
    // before "Provided by :" after a heading in capitals, and before a file's path printed in the footer ("c:\joan\report.doc").
    [GeneratedRegex(@"(?<!\b\d{1,2}(?:\.\d{1,2})?|\b[A-Z][A-Z,/&'()-]*)\s+(?=[A-Z]{2}[A-Z,/&' -]{1,58}(?:\s\([A-Za-z ]+\))?\s?:)|(?<=\b[A-Z]{3,})\s+(?=[A-Z][a-z]+(?:\s[a-z]+){0,3}\s?:)|\s+(?=[a-z]:\\)")]
    private static partial Regex CapitalsLabel();

    [GeneratedRegex(@"^(?:\d+\.\d+|\d+[.)]\s|[-•▪◦*·]\s|\(?[a-z]\)\s|#)")]
    private static partial Regex NotFurniture();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
