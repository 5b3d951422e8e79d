using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>What a label on a paper's cover means in the front matter.</summary>
public enum HeaderField { Board, Date, Officer, ReportOf, Portfolio, Title, Wards, Contact, Summary, Access, Item, NoField }

/// <summary>One label and its value, joined over the lines the extraction broke it across.</summary>
public sealed record HeaderEntry(HeaderField Field, string Label, string Value, int Line);

/// <summary>A paper's cover block: its labelled values, the lines it could not use, and where the body starts.</summary>
public sealed record HeaderBlock(IReadOnlyList<HeaderEntry> Entries, IReadOnlyList<Unplaced> Unplaced, int BodyStart)
{
    public HeaderEntry? Find(HeaderField field) => Entries.FirstOrDefault(e => e.Field == field);
}

/// <summary>A line of the source that is not in the written report, and why.</summary>
public sealed record Unplaced(int Line, string Text, string Reason);

/// <summary>
/// Reads the cover block at the top of a paper. Both templates in the seeds: Halton's "REPORT TO:",
/// "DATE:", "REPORTING OFFICER:", "PORTFOLIO:", "SUBJECT:", "WARDS:" (or "WARD(S)" with a tab and no
/// colon), and Central Bedfordshire's "Meeting:", "Date:", "Subject:", "Report of:", "Advising Officer:",
/// "Contact Officer:", "Public/Exempt:", "Wards Affected:". A value broken over lines by the extraction
/// ("… Policy and" / "" / "Performance Board") is joined back.
/// </summary>
public static partial class ParseHeaderBlock
{
    /// <summary>Labels, longest first so "DATE OF MEETING" wins over "DATE".</summary>
    private static readonly (string Label, HeaderField Field)[] Labels =
    [
        .. new (string, HeaderField)[]
        {
            ("report to", HeaderField.Board), ("meeting", HeaderField.Board), ("committee", HeaderField.Board), ("board", HeaderField.Board),
            ("date of meeting", HeaderField.Date), ("meeting date", HeaderField.Date), ("date", HeaderField.Date),
            ("reporting officer", HeaderField.Officer), ("advising officer", HeaderField.Officer), ("lead officer", HeaderField.Officer),
            ("report of", HeaderField.ReportOf), ("report by", HeaderField.ReportOf), ("report author", HeaderField.ReportOf),
            ("portfolio", HeaderField.Portfolio), ("portfolio holder", HeaderField.NoField),
            ("subject", HeaderField.Title), ("title", HeaderField.Title), ("report title", HeaderField.Title),
            ("wards", HeaderField.Wards), ("ward(s)", HeaderField.Wards), ("ward", HeaderField.Wards), ("wards affected", HeaderField.Wards), ("ward(s) affected", HeaderField.Wards),
            ("contact officer", HeaderField.Contact), ("contact", HeaderField.Contact),
            ("summary", HeaderField.Summary), ("purpose of report", HeaderField.NoField),
            ("public/exempt", HeaderField.Access), ("public / exempt", HeaderField.Access), ("exempt/public", HeaderField.Access),
            ("agenda item", HeaderField.Item), ("item", HeaderField.Item), ("item no", HeaderField.Item),
            ("function of", HeaderField.NoField), ("key decision", HeaderField.NoField), ("forward plan", HeaderField.NoField), ("decision", HeaderField.NoField),
        }.OrderByDescending(l => l.Item1.Length),
    ];

    /// <summary>True when a line (or a table cell) starts with a cover label such as "REPORT TO:".</summary>
    public static bool IsLabel(string text) => MatchLabel(CleanText.Plain(text)) is not null;

    public static HeaderBlock Parse(IReadOnlyList<string> lines)
    {
        var entries = new List<HeaderEntry>();
        var unplaced = new List<Unplaced>();
        var before = new List<(int Line, string Text)>();
        var i = 0;
        for (; i < lines.Count; i++)
        {
            var text = CleanText.Plain(lines[i]);
            if (CleanText.IsBlank(text)) continue;
            var label = MatchLabel(lines[i].Trim().Replace("**", ""));
            if (label is { } found)
            {
                if (before.Count > 0 && entries.Count == 0)
                {
                    unplaced.AddRange(before.Select(b => new Unplaced(b.Line, b.Text, "above the cover details; the format has nowhere for it")));
                    before.Clear();
                }
                entries.Add(new HeaderEntry(found.Field, found.Label, found.Value, i + 1));
                continue;
            }
            if (entries.Count == 0)
            {
                // Lines above the first label: a council's name or "Agenda Item 5". Give up looking after a screenful.
                // A council's name in capitals is not yet the body; a numbered heading or paragraph is.
                if (BodyStart().IsMatch(text) || before.Count >= 12) break;
                before.Add((i + 1, text));
                continue;
            }
            if (LooksLikeBody(text) || !CanContinue(entries[^1], text)) break;
            var last = entries[^1];
            entries[^1] = last with { Value = (last.Value + " " + text).Trim() };
        }
        if (entries.Count == 0) return new HeaderBlock([], [], 0);
        // Lines before a cover that was never found belong to the body, not the unplaced list.
        return new HeaderBlock(entries, unplaced, i);
    }

    private static (string Label, HeaderField Field, string Value)? MatchLabel(string line)
    {
        foreach (var (label, field) in Labels)
        {
            if (line.Length < label.Length || !line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = line[label.Length..];
            var written = line[..label.Length];
            // "REPORT TO: x", "WARD(S)\tBorough wide", "DATE   5th January 2012"; a bare "WARDS Boroughwide" only in capitals.
            var separated = rest.Length == 0 ? written.Any(char.IsUpper) && written.Where(char.IsLetter).All(char.IsUpper)
                : rest[0] == ':' || rest[0] == '\t' || rest.StartsWith("  ", StringComparison.Ordinal)
                || (rest[0] == ' ' && written.Where(char.IsLetter).All(char.IsUpper));
            if (!separated) continue;
            return (written.Trim(), field, CleanText.Plain(rest.TrimStart(':', ' ', '\t')));
        }
        return null;
    }

    /// <summary>The first line of the body: a numbered heading, a heading in capitals, a numbered paragraph or a list.</summary>
    private static bool LooksLikeBody(string text) =>
        BodyStart().IsMatch(text) || (CleanText.IsCapitals(text) && !text.Contains(':'));

    /// <summary>A short line that does not end a sentence continues the value above it ("2 of 2011/12").</summary>
    private static bool CanContinue(HeaderEntry entry, string text) =>
        text.Length <= 80 && !entry.Value.EndsWith('.') && entry.Field is not (HeaderField.Access or HeaderField.Item or HeaderField.NoField);

    [GeneratedRegex(@"^(?:#{1,6}\s|\d+\.\d+\.?\s|\d+[.)]\s|[-•▪◦*·]\s|\(?[a-z]\)\s)")]
    private static partial Regex BodyStart();
}
