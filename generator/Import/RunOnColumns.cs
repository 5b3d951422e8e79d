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
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var piece in CapitalsRun().Replace(parts[p], "\n").Split('\n').Select(s => s.Trim()))
            {
                var names = Column(piece, labels, isSection);
                if (names.Count >= 2)
                {
                    result.AddRange(names);
                    var rest = piece[names.Sum(n => n.Length + 1)..].Trim();
                    if (rest.Length > 0) result.Add(rest);
                }
                else result.Add(piece);
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

    [GeneratedRegex(@"^\d{1,2}\.\s+[A-Z]")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"[.!?]\s+(?<h>(?:The\s+)?[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|for|the)){0,4})$")]
    private static partial Regex HeadingAtEnd();
}
