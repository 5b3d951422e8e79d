using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>What a label on a paper's cover means in the front matter.</summary>
public enum HeaderField { Board, Date, Officer, ReportOf, Portfolio, Title, Wards, Contact, Summary, Access, Item, NoField }

/// <summary>One label and its value, joined over the lines the extraction broke it across. An empty label: read from an unlabelled line.</summary>
public sealed record HeaderEntry(HeaderField Field, string Label, string Value, int Line);

/// <summary>A paper's cover block: its labelled values, the lines it could not use, and where the body starts.</summary>
public sealed record HeaderBlock(IReadOnlyList<HeaderEntry> Entries, IReadOnlyList<Unplaced> Unplaced, int BodyStart)
{
    public HeaderEntry? Find(HeaderField field) => Entries.FirstOrDefault(e => e.Field == field && e.Value.Length > 0);
}

/// <summary>A line of the source that is not in the written report, and why.</summary>
public sealed record Unplaced(int Line, string Text, string Reason);

/// <summary>
/// Reads the cover block at the top of a paper with the label table (<see cref="CoverLabels"/>): a label and
/// its value on one line, the value on the next line, labels in a column followed by their values, and the
/// unlabelled covers ("Agenda Item No. 8", the council's name, "Cabinet: 22nd September 2014", "Report of
/// the …", then the title). A value broken over lines by the extraction is joined back, but never takes in
/// a line that is itself a label, a section heading or a numbered paragraph.
/// </summary>
public static partial class ParseHeaderBlock
{
    /// <summary>True when a line (or a table cell) starts with a cover label such as "REPORT TO:".</summary>
    public static bool IsLabel(string text, CoverLabels? labels = null) => (labels ?? CoverLabels.Default).Match(CleanText.Plain(text).TrimStart('[').TrimEnd(']'), inCover: true) is not null;

    public static HeaderBlock Parse(IReadOnlyList<string> lines, CoverLabels? labels = null, Func<string, bool>? isSection = null)
    {
        labels ??= CoverLabels.Default;
        isSection ??= _ => false;
        var entries = new List<HeaderEntry>();
        var unplaced = new List<Unplaced>();
        var before = new List<(int Line, string Text)>();
        var pending = new Queue<int>();
        var last = -1;
        var blank = false;
        var titleNext = false;
        var i = 0;
        for (; i < lines.Count; i++)
        {
            var text = CleanText.Plain(lines[i]);
            if (CleanText.IsBlank(text)) { blank = true; continue; }
            var raw = lines[i].Trim().Replace("**", "");
            // Two labels side by side in a table's row: "Wards(s) affected: Crouch End,     Report for: Non Key Decision".
            if (SideBySide().Match(raw) is { Success: true } pair && labels.Match(pair.Groups["a"].Value, inCover: true) is not null
                && labels.Match(pair.Groups["b"].Value, inCover: true) is { } right)
            {
                entries.Add(new HeaderEntry(right.Field, right.Label, right.Value, i + 1));
                (raw, text) = (pair.Groups["a"].Value, CleanText.Plain(pair.Groups["a"].Value));
            }
            if (CommitteeSystemPage.IsChrome(text))
            {
                unplaced.Add(new Unplaced(i + 1, text, "part of the committee system's web page, not of the paper"));
                continue;
            }
            // A committee system's item: its title just above its link's file size, its number alone above that.
            var after = NextNonBlank(lines, i);
            if (after >= 0 && CommitteeSystemPage.IsFileSize(lines[after]) && labels.Match(raw, inCover: true) is null)
            {
                entries.AddRange(CommitteeSystemPage.ItemHeading(text, i + 1));
                pending.Clear();
                last = entries.Count - 1;
                blank = false;
                continue;
            }
            if (LoneNumber().IsMatch(text) && after >= 0 && NextNonBlank(lines, after) is var size and >= 0 && CommitteeSystemPage.IsFileSize(lines[size]))
            {
                entries.Add(new HeaderEntry(HeaderField.Item, "", text.TrimEnd('.'), i + 1));
                continue;
            }
            if ((BodyStart().IsMatch(text) && !(i == FirstLine(lines) && ItemTitle().IsMatch(text) && !IsSection(NumberAside(text), isSection) && !CleanText.IsCapitals(text)))
                || (entries.Count > 0 && (IsSection(text, isSection) || (SectionLabel().Match(text) is { Success: true } sectionLabel && isSection(sectionLabel.Groups["t"].Value))))) break;

            // A committee system's page names the meeting ("Meeting of the Executive held on 11/07/2006"), then the document.
            if (titleNext && !entries.Any(e => e.Field == HeaderField.Title) && !raw.Contains(':') && LooksLikeTitle(text.TrimEnd('.')))
            {
                entries.Add(new HeaderEntry(HeaderField.Title, "", text.TrimEnd('.'), i + 1));
                (titleNext, last, blank) = (false, entries.Count - 1, false);
                pending.Clear();
                continue;
            }
            titleNext = false;
            // "[Wards Affected: All]": a label in brackets.
            var found = labels.Match(raw.StartsWith('[') && raw.EndsWith(']') ? raw[1..^1] : raw, inCover: true);
            var next = NextNonBlank(lines, i);
            // A label the layout wrapped: "Date of" / "Meeting: 4 March 2025".
            if (next >= 0 && text.Split(' ').Length <= 3 && !text.Contains(':') && labels.Match(text + " " + CleanText.Plain(lines[next]), inCover: true) is { } joined
                && joined.Label.Length > text.Length && (found is null || joined.Label.Length > found.Value.Label.Length))
            {
                found = joined;
                i = next;
            }
            // A table cell's label wrapped in a printed PDF: "REPORTING\tStrategic Director" / "OFFICER:".
            if (found is null && next >= 0 && raw.Contains('\t') && CleanText.Plain(lines[next]) is { } end && end.EndsWith(':') && end.Split(' ').Length <= 3
                && labels.Match(CleanText.Plain(raw[..raw.IndexOf('\t')]) + " " + end + "\t" + raw[(raw.IndexOf('\t') + 1)..], inCover: true) is { } wrapped)
            {
                found = wrapped;
                i = next;
            }
            var unlabelled = found is null ? Unlabelled(text, i + 1, FirstLine(lines) + 1, entries.Any(e => e.Field == HeaderField.Title)) : [];
            // "12" alone among the cover's lines: the agenda item's number.
            if (found is null && unlabelled.Count == 0 && entries.Count > 0 && CoverNumber().IsMatch(text) && !entries.Any(e => e.Field == HeaderField.Item))
            {
                entries.Add(new HeaderEntry(HeaderField.Item, "", text.TrimEnd('.'), i + 1));
                continue;
            }
            // "CABINET" / "19th September 2011": a board's name alone, its meeting's date on the next line.
            if (found is null && unlabelled.Count == 0 && entries.Count > 0 && next >= 0 && (CommitteeName().IsMatch(text) || BoardWord().IsMatch(text))
                && CommitteeSystemPage.BareDate(CleanText.Plain(lines[next])) is { } boardDate)
            {
                // A paper going to two meetings belongs to the one that takes it first; the other is listed.
                var board = entries.FindIndex(e => e.Field == HeaderField.Board);
                var date = entries.FindIndex(e => e.Field == HeaderField.Date);
                if (board >= 0 && date >= 0 && ReadMeetingDate.Read(entries[date].Value) is { } first && ReadMeetingDate.Read(boardDate) is { } second && second >= first)
                {
                    unplaced.Add(new Unplaced(i + 1, $"{text} {boardDate}", "a later meeting the paper goes to; it was filed under the first"));
                }
                else
                {
                    if (board >= 0) unplaced.Add(new Unplaced(entries[board].Line, $"{entries[board].Value} {(date >= 0 ? entries[date].Value : "")}".Trim(), "a later meeting the paper goes to; it was filed under the first"));
                    entries.RemoveAll(e => e.Field is HeaderField.Board or HeaderField.Date);
                    entries.Add(new HeaderEntry(HeaderField.Board, "", text, i + 1));
                    entries.Add(new HeaderEntry(HeaderField.Date, "", boardDate, next + 1));
                }
                (i, last, blank) = (next, entries.Count - 1, false);
                pending.Clear();
                continue;
            }
            // A meeting's page: the board's name, then "Monday, 11th February, 2019 10:00" on a line of its own.
            if (found is null && unlabelled.Count == 0 && before.Count > 0 && !entries.Any(e => e.Field == HeaderField.Board) && CommitteeSystemPage.BareDate(text) is { } bareDate)
            {
                entries.Add(new HeaderEntry(HeaderField.Board, "", before[^1].Text, before[^1].Line));
                entries.Add(new HeaderEntry(HeaderField.Date, "", bareDate, i + 1));
                before.RemoveAt(before.Count - 1);
                unplaced.Add(new Unplaced(i + 1, text, MeetingHeadingUsed));
                continue;
            }
            if (found is null && unlabelled.Count == 0 && entries.Count == 0)
            {
                // Lines above the first label: a council's name, a title. Give up looking after a screenful.
                if (before.Count >= 12 || (CleanText.IsCapitals(text) && IsSection(text, isSection))) break;
                before.Add((i + 1, text));
                continue;
            }
            if (found is { } label)
            {
                entries.Add(new HeaderEntry(label.Field, label.Label, label.Value, i + 1));
                titleNext = label.Field == HeaderField.Board && HeldOn().IsMatch(label.Value);
                if (label.Value.Length == 0 && label.Field != HeaderField.Item) pending.Enqueue(entries.Count - 1);
                else pending.Clear();
                last = entries.Count - 1;
                blank = false;
                continue;
            }
            if (found is null && unlabelled.Count == 0 && entries.Count > 0 && WebFurniture().IsMatch(text))
            {
                unplaced.Add(new Unplaced(i + 1, text, "the size of the file on the council's website, not part of the paper"));
                continue;
            }
            if (found is null && unlabelled.Count == 0 && CouncilName().IsMatch(text) && text.Split(' ').Length <= 8)
            {
                unplaced.Add(new Unplaced(i + 1, text, "the council's name; the site settings give it"));
                continue;
            }
            if (found is null && unlabelled.Count == 0 && text.StartsWith('(') && text.EndsWith(')') && !(last >= 0 && !blank && entries[last].Field is HeaderField.ReportOf or HeaderField.Officer))
            {
                unplaced.Add(new Unplaced(i + 1, text, "a note in brackets on the cover; the format has no field for it"));
                continue;
            }
            // "Decision:", "Minutes:" alone: a heading of the page, where its text starts.
            if (found is null && unlabelled.Count == 0 && LoneLabel().IsMatch(text)) break;
            if (unlabelled.Count > 0)
            {
                if (CommitteeSystemPage.MeetingHeading(text) is not null) unplaced.Add(new Unplaced(i + 1, text, MeetingHeadingUsed));
                entries.AddRange(unlabelled);
                pending.Clear();
                last = entries.Count - 1;
                blank = false;
                continue;
            }
            // Values in the order of the labels above them ("Date of Meeting:" / "17 December 2020").
            if (pending.Count > 0 && text.Length <= 160)
            {
                var index = pending.Dequeue();
                entries[index] = entries[index] with { Value = text };
                last = index;
                blank = false;
                continue;
            }
            if (last >= 0 && CanContinue(entries[last], text, blank, entries.Any(e => e.Field == HeaderField.Title)))
            {
                entries[last] = entries[last] with { Value = (entries[last].Value + " " + text).Trim() };
                blank = false;
                continue;
            }
            if (!entries.Any(e => e.Field == HeaderField.Title) && LooksLikeTitle(text))
            {
                entries.Add(new HeaderEntry(HeaderField.Title, "", text, i + 1));
                last = entries.Count - 1;
                blank = false;
                continue;
            }
            break;
        }
        // No labels at all: a committee's name on a line of its own, then the title.
        if (entries.Count == 0 && before.FindIndex(b => CommitteeName().IsMatch(b.Text) && !CouncilName().IsMatch(b.Text)) is var named and >= 0
            && before.Skip(named + 1).FirstOrDefault(b => LooksLikeTitle(b.Text.TrimEnd('.'))) is { Text: not null } titleLine)
        {
            var boardLine = before[named];
            entries.Add(new HeaderEntry(HeaderField.Board, "", boardLine.Text.TrimEnd('.'), boardLine.Line));
            entries.Add(new HeaderEntry(HeaderField.Title, "", titleLine.Text.TrimEnd('.'), titleLine.Line));
            before.RemoveAll(b => b.Line == titleLine.Line || b.Line == boardLine.Line);
        }
        if (entries.Count == 0) return new HeaderBlock([], [], 0);

        // Lines above the cover: the council's name, and the title when no label gives one.
        var titled = entries.Any(e => e.Field == HeaderField.Title && e.Value.Length > 0);
        foreach (var (line, text) in before.AsEnumerable().Reverse())
        {
            if (!titled && !CouncilName().IsMatch(text) && LooksLikeTitle(text))
            {
                entries.Add(new HeaderEntry(HeaderField.Title, "", text, line));
                titled = true;
            }
            else unplaced.Add(new Unplaced(line, text, CouncilName().IsMatch(text) ? "the council's name; the site settings give it" : "above the cover details; the format has nowhere for it"));
        }
        return new HeaderBlock(SplitBoardAndDate(entries), unplaced, i);
    }

    private const string MeetingHeadingUsed = "the meeting's heading: its board and date were used; the format has no field for the day and time";

    private static int FirstLine(IReadOnlyList<string> lines) => NextNonBlank(lines, -1);

    private static string NumberAside(string text) => Regex.Replace(text, @"^\d{1,3}\.?\s+", "");

    private static int NextNonBlank(IReadOnlyList<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++) if (!CleanText.IsBlank(lines[j])) return j;
        return -1;
    }

    /// <summary>A section title the report types know, or two joined by a slash ("SUMMARY/PURPOSE", "Purpose/Executive Summary").</summary>
    private static bool IsSection(string text, Func<string, bool> isSection) =>
        text.Length <= 80 && text.TrimEnd(':').Trim() is var title && (isSection(title) || (title.Contains('/') && title.Split('/').Any(part => isSection(part.Trim()))));

    /// <summary>A title on a line of its own: short, no full stop at the end, starting with a capital or a number.</summary>
    private static bool LooksLikeTitle(string text) =>
        text.Length <= 250 && text.Split(' ').Length <= 35 && !text.EndsWith('.') && !text.Contains("  ") && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
        && !text.StartsWith('[');

    /// <summary>The first line of the body: a numbered heading or paragraph, a Markdown heading, a list item.</summary>
    [GeneratedRegex(@"^(?:#{1,6}\s|\d+\.\d+\.?\s|\d+[.)]\s|[-•▪◦*·]\s|\(?[a-z]\)\s)")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.?\s+(?<t>[A-Z][^.:]{3,120}?)(?:\s+(?<size>(?:PDF|DOC|DOCX)\s+\d+\s*[KMG]B))?$")]
    private static partial Regex ItemTitle();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"^\d{1,3}[a-z]?\.?$")]
    private static partial Regex CoverNumber();

    [GeneratedRegex(@"^(?<a>[^:]{2,60}:.*?\S)\s{3,}(?<b>[A-Z][^:]{1,40}:.*)$")]
    private static partial Regex SideBySide();

    [GeneratedRegex(@"^(?:the\s+)?(?:cabinet|executive|council)$", RegexOptions.IgnoreCase)]
    private static partial Regex BoardWord();

    [GeneratedRegex(@"\bheld\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,3}:$")]
    private static partial Regex LoneLabel();

    [GeneratedRegex(@"^(?<t>[^:]{3,60}):\s")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^(?:pdf|doc|docx)\s+\d+(?:\.\d+)?\s*[kmg]b$", RegexOptions.IgnoreCase)]
    private static partial Regex WebFurniture();
}
