using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// What a PDF's two-column cover becomes when its line breaks are lost, broken again: a title in capitals between the
/// meeting and the labels ("… Committee 15 July PROPOSED ALTERATION … WORCESTER Applicant …"), a column of labels
/// and section titles read one after another ("Applicant Local Councillor Purpose of Report Background"), each put on
/// a line of its own, and a short heading left at the end of the paragraph before its numbered paragraph ("… this.
/// The Proposal" / "4. Worcestershire County Council seeks …").
/// </summary>
public static partial class RunOnColumns
{
    public static List<string> Split(IReadOnlyList<string> parts, CoverLabels labels, Func<string, bool> isSection)
    {
        var result = new List<string>();
        var beside = new Queue<string>();
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var whole in CapitalsRun().Replace(parts[p], "\n").Split('\n').Select(s => s.Trim()))
            {
                // "… Transport Strategy; DETAILS (Continued Overleaf)": a section title in capitals with a note after it.
                var piece = whole;
                if (NotedHeading().Match(piece) is { Success: true } noted
                    && (isSection(noted.Groups["h"].Value) || noted.Groups["n"].Value.StartsWith("continued", StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(piece[..noted.Index].Trim());
                    piece = piece[noted.Index..].Trim();
                }
                var names = Column(piece, labels, isSection);
                if (names.Count >= 2)
                {
                    // Section titles at the column's foot stood beside the numbered paragraphs that follow, one each.
                    var sections = names.AsEnumerable().Reverse().TakeWhile(isSection).Reverse().ToList();
                    if (sections.Count < 2) sections.Clear();
                    result.AddRange(names.Take(names.Count - sections.Count));
                    var rest = piece[names.Sum(n => n.Length + 1)..].Trim();
                    if (rest.Length > 0) result.Add(rest);
                    beside = new Queue<string>(sections);
                    if (sections.Count > 0 && rest.Length > 0 && NumberedParagraph().IsMatch(rest)) result.Insert(result.Count - 1, beside.Dequeue());
                }
                else
                {
                    // The last title beside the paragraphs takes the rest of them.
                    if (beside.Count > 0 && NumberedParagraph().IsMatch(piece)) result.Add(beside.Dequeue());
                    result.Add(piece);
                }
            }
            // "… are meant to reduce this. The Proposal" before "4. …": the heading goes on a line of its own.
            if (parts.Skip(p + 1).FirstOrDefault(s => s.Length > 0) is { } following && NumberedParagraph().IsMatch(following) && result.Count > 0 && HeadingAtEnd().Match(result[^1]) is { Success: true } end && isSection(end.Groups["h"].Value) is var known
                && (known || end.Groups["h"].Value.Split(' ').Length <= 3))
            {
                result[^1] = result[^1][..end.Groups["h"].Index].TrimEnd();
                result.Add(end.Groups["h"].Value);
            }
        }
        return result;
    }

    /// <summary>The labels and section titles a line starts with, one after another: two or more are a column.</summary>
    private static List<string> Column(string line, CoverLabels labels, Func<string, bool> isSection)
    {
        var names = new List<string>();
        // Labels with colons are broken apart already; "WARD(S) TO WHICH …:" is one label, not "WARD(S)" and "TO".
        if (line.Contains(':')) return names;
        var rest = line;
        while (rest.Length > 0 && char.IsUpper(rest[0]))
        {
            var words = rest.Split(' ');
            // The longest run of up to five words that is a label or a known section title.
            var take = Enumerable.Range(1, Math.Min(5, words.Length)).Reverse()
                .FirstOrDefault(n => string.Join(' ', words[..n]) is var name && (isSection(name) || labels.Match(name, inCover: true) is { Value.Length: 0 } label && label.Label.Length == name.Length));
            if (take == 0) break;
            var found = string.Join(' ', words[..take]);
            names.Add(found);
            rest = rest[found.Length..].TrimStart();
        }
        return names;
    }

    // Around a title in capitals of four words or more: after a word in lower case, and before a capitalised word.
    [GeneratedRegex(@"(?<=[a-z])\s+(?=(?:[A-Z][A-Z'’,&()/-]*\s+){3,}[A-Z])|(?<=(?:\b[A-Z][A-Z'’,&()/-]*\s+){3,}[A-Z]{2,}[A-Z,]*)\s+(?=[A-Z][a-z])")]
    private static partial Regex CapitalsRun();

    [GeneratedRegex(@"(?<=\S)\s+(?<h>[A-Z]{3,}(?:\s[A-Z]{2,}){0,3})\s\((?<n>[A-Za-z ]{3,30})\)$")]
    private static partial Regex NotedHeading();

    [GeneratedRegex(@"^\d{1,2}\.\s+[A-Z]")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"[.!?]\s+(?<h>(?:The\s+)?[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|for|the)){0,4})$")]
    private static partial Regex HeadingAtEnd();
}
