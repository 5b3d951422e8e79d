using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Read;
using Committee.Validate;
using YamlDotNet.RepresentationModel;

namespace Committee.Meetings;

/// <summary>
/// Reads the meeting files (<c>content/meetings/&lt;board&gt;/&lt;yyyy-mm-dd&gt;.md</c>) into <see cref="Meeting"/>
/// records. Odd input becomes findings with the file and line (<see cref="Rules.MeetingFile"/>); what could be read is kept.
/// </summary>
public static partial class ReadMeetings
{
    public const string Folder = "meetings";

    /// <summary>A meeting file is a page of details and an agenda: anything larger is not one.</summary>
    public const int MaxBytes = 512 * 1024;

    private static readonly string[] Fields = ["time", "venue", "status", "chair", "webcast", "agenda_published"];

    public static (ImmutableArray<Meeting> Meetings, ImmutableList<Diagnostic> Diagnostics) From(string contentDirectory, Site site, Func<string, string> display)
    {
        var folder = Path.Combine(contentDirectory, Folder);
        var meetings = ImmutableArray.CreateBuilder<Meeting>();
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(folder)) return ([], []);
        var root = Path.GetFullPath(contentDirectory);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var boardId = Path.GetFileName(entry);
            if (boardId.StartsWith('.')) continue;
            if (SourceFile.Kind(entry, root) != SourceFile.Entry.Folder)
            {
                diagnostics.Add(Rules.MeetingFile.InFile(display(entry), $"'{boardId}' is not a board's folder of meetings. Put each meeting file in content/meetings/<board>/<yyyy-mm-dd>.md."));
                continue;
            }
            if (!site.Boards.ContainsKey(boardId))
            {
                diagnostics.Add(Rules.MeetingFile.InFile(display(entry), $"There is no board '{boardId}', so its meetings are not published. Name the folder after a board's file in content/boards/.")
                    .WithHint(Suggest.Hint(boardId, site.Boards.Keys)));
                continue;
            }
            foreach (var path in Directory.EnumerateFileSystemEntries(entry).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(path).StartsWith('.')) continue;
                if (Read(path, boardId, root, display(path), diagnostics) is { } meeting) meetings.Add(meeting);
            }
        }
        return (meetings.ToImmutable(), [.. diagnostics]);
    }

    private static Meeting? Read(string path, string boardId, string root, string shown, List<Diagnostic> diagnostics)
    {
        var name = Path.GetFileName(path);
        if (SourceFile.Kind(path, root) != SourceFile.Entry.File)
        {
            diagnostics.Add(Rules.MeetingFile.InFile(shown, $"'{name}' is not an ordinary file, so it is not read."));
            return null;
        }
        if (!name.EndsWith(".md", StringComparison.Ordinal) ||
            !DateOnly.TryParseExact(name[..^3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Add(Rules.MeetingFile.InFile(shown, $"'{name}' is not named after the meeting's date. Name a meeting file yyyy-mm-dd.md, like 2027-01-14.md."));
            return null;
        }
        string text;
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                diagnostics.Add(Rules.MeetingFile.InFile(shown, $"The meeting file is larger than {MaxBytes:N0} bytes; a meeting's details, agenda and minutes fit in far less."));
                return null;
            }
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Rules.MeetingFile.InFile(shown, $"The meeting file could not be read: {e.Message}"));
            return null;
        }
        return Decode(text, boardId, date, shown, diagnostics);
    }

    /// <summary>Decodes a meeting file's text: the details between the --- lines, then the agenda, Part 2 and minutes.</summary>
    public static Meeting Decode(string text, string boardId, DateOnly date, string shown, List<Diagnostic> diagnostics)
    {
        var lines = ControlCharacters.Strip(text.TrimStart('\uFEFF')).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var bodyStart = 0;
        YamlMappingNode? mapping = null;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close < 0)
            {
                diagnostics.Add(Rules.MeetingFile.At(shown, 1, 1, "The meeting's details start with --- on line 1 but there is no closing --- line."));
                bodyStart = lines.Length;
            }
            else
            {
                mapping = YamlText.LoadMapping(string.Join('\n', lines[1..close]), shown, 2, diagnostics, $"The meeting file {boardId}/{Path.GetFileName(shown)}");
                bodyStart = close + 1;
            }
        }
        var meeting = new Meeting(boardId, date, shown, null, "", MeetingStatus.Scheduled, "", "", null, 0, [], [], [], 1, 0);
        if (mapping is not null) meeting = Details(meeting, mapping, shown, diagnostics);
        return Body(meeting, lines, bodyStart, shown, diagnostics);
    }

    private static Meeting Details(Meeting meeting, YamlMappingNode mapping, string shown, List<Diagnostic> diagnostics)
    {
        int Line(YamlNode node) => YamlText.Line(node.Start, 2);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Fields.Contains(key))
            {
                diagnostics.Add(Rules.MeetingFile.At(shown, Line(keyNode), (int)keyNode.Start.Column,
                    $"'{key}' is not a detail a meeting file can have; they are {string.Join(", ", Fields)}.").WithHint(Suggest.Hint(key, Fields)));
                continue;
            }
            if (value is not YamlScalarNode { Value: var raw })
            {
                diagnostics.Add(Rules.MeetingFile.At(shown, Line(value), (int)value.Start.Column, $"'{key}' must be a single line of text."));
                continue;
            }
            var text = (raw ?? "").Trim();
            if (text.Length == 0) continue;
            Diagnostic Bad(string why) => Rules.MeetingFile.At(shown, Line(value), (int)value.Start.Column, why);
            switch (key)
            {
                case "time":
                    if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) meeting = meeting with { Time = time };
                    else diagnostics.Add(Bad($"The time '{text}' must be written on the 24-hour clock, like 18:30."));
                    break;
                case "venue":
                    meeting = meeting with { Venue = text };
                    break;
                case "chair":
                    meeting = meeting with { Chair = text };
                    break;
                case "status":
                    if (StatusNames.Contains(text)) meeting = meeting with { Status = Enum.Parse<MeetingStatus>(text, ignoreCase: true), StatusLine = Line(value) };
                    else diagnostics.Add(Bad($"The status '{text}' is not one a meeting can have; write scheduled, held, cancelled or postponed."));
                    break;
                case "webcast":
                    if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") meeting = meeting with { Webcast = uri.AbsoluteUri };
                    else diagnostics.Add(Bad($"The webcast '{text}' must be a web address starting https:// (or http://)."));
                    break;
                case "agenda_published":
                    if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published)) meeting = meeting with { AgendaPublished = published, AgendaPublishedLine = Line(value) };
                    else diagnostics.Add(Bad($"The date '{text}' the agenda was published must be written as year-month-day, like 2027-01-06."));
                    break;
            }
        }
        return meeting;
    }

    private static readonly string[] StatusNames = ["scheduled", "held", "cancelled", "postponed"];

    private enum Part { None, Agenda, Part2, Minutes, Other }

    private static Meeting Body(Meeting meeting, string[] lines, int start, string shown, List<Diagnostic> diagnostics)
    {
        var agenda = new List<(string? Number, List<string> Text, int Line)>();
        var part2 = new List<(string? Number, List<string> Text, int Line)>();
        var minutes = new List<(string Heading, List<string> Text, int Line)>();
        var part = Part.None;
        var (agendaLine, minutesLine) = (0, 0);
        var fence = false;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal)) fence = !fence;
            if (!fence && Heading().Match(line) is { Success: true } heading)
            {
                var title = heading.Groups["title"].Value.Trim().TrimEnd('#').Trim();
                if (heading.Groups["level"].Length == 2)
                {
                    part = title.ToLowerInvariant() switch
                    {
                        "agenda" => Part.Agenda,
                        var t when t.StartsWith("part 2", StringComparison.Ordinal) => Part.Part2,
                        "minutes" => Part.Minutes,
                        _ => Part.Other,
                    };
                    if (part == Part.Agenda && agendaLine == 0) agendaLine = number;
                    if (part == Part.Minutes) minutesLine = number;
                    if (part == Part.Other)
                    {
                        diagnostics.Add(Rules.MeetingFile.At(shown, number, 1, $"'## {title}' is not a part of a meeting file; the parts are '## Agenda', '## Part 2' and '## Minutes'. Text under it is not published."));
                    }
                    continue;
                }
                if (heading.Groups["level"].Length == 3 && part == Part.Minutes)
                {
                    minutes.Add((title, [], number));
                    continue;
                }
            }
            switch (part)
            {
                case Part.Agenda or Part.Part2:
                    var items = part == Part.Agenda ? agenda : part2;
                    if (string.IsNullOrWhiteSpace(line)) break;
                    if (!fence && Item().Match(line) is { Success: true } item)
                    {
                        var own = item.Groups["number"].Success ? item.Groups["number"].Value : null;
                        items.Add((own, [item.Groups["text"].Value.Trim()], number));
                    }
                    else if (items.Count > 0 && (line.StartsWith(' ') || line.StartsWith('\t'))) items[^1].Text.Add(line.Trim());
                    else diagnostics.Add(Rules.MeetingFile.At(shown, number, 1, "This line is not an agenda item. Write each item as a numbered list item, like '1. Apologies for absence' or '7. [[budget-monitoring]]'."));
                    break;
                case Part.Minutes:
                    if (minutes.Count > 0) minutes[^1].Text.Add(line);
                    else if (!string.IsNullOrWhiteSpace(line))
                    {
                        diagnostics.Add(Rules.MeetingFile.At(shown, number, 1, "Minutes are written under a '### ' heading for each item, like '### 7. Budget monitoring'; this text has no item and is not published."));
                    }
                    break;
                case Part.None:
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        diagnostics.Add(Rules.MeetingFile.At(shown, number, 1, "Text before '## Agenda' is not published. Put the meeting's details between the --- lines, and its items under '## Agenda'."));
                        part = Part.Other;
                    }
                    break;
            }
        }
        var numbered = 0;
        ImmutableArray<AgendaItem> Items(List<(string? Number, List<string> Text, int Line)> items) =>
        [
            .. items.Select(i =>
            {
                var text = string.Join(' ', i.Text).Trim();
                var leading = NumberInText().Match(text);
                var number = i.Number ?? (leading.Success ? leading.Groups["number"].Value : null);
                if (i.Number is null && leading.Success) text = text[leading.Length..].Trim();
                if (number is not null && int.TryParse(Digits().Match(number).Value, out var n)) numbered = n;
                else number = (++numbered).ToString(CultureInfo.InvariantCulture);
                var paper = PaperLink().Match(text);
                return paper.Success && paper.Length == text.Length
                    ? new AgendaItem(number, "", paper.Groups["slug"].Value.Trim(), i.Line)
                    : new AgendaItem(number, text, null, i.Line);
            }),
        ];
        return meeting with
        {
            AgendaLine = agendaLine,
            Agenda = Items(agenda),
            Part2 = Items(part2),
            Minutes = [.. minutes.Select(m => new MinuteItem(m.Heading, string.Join('\n', m.Text).Trim(), m.Line))],
            MinutesLine = minutesLine,
        };
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<title>.*)$")]
    private static partial Regex Heading();

    /// <summary>A list item: "7. Text", "7a) Text", "- Text" or "- 7a. Text".</summary>
    [GeneratedRegex(@"^\s{0,3}(?:(?<number>\d{1,3}[a-z]?)[.)]|[-*+])\s+(?<text>.*)$")]
    private static partial Regex Item();

    /// <summary>A council's own number at the start of a bulleted item's text: "7a. Text".</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3}[a-z]?)[.)]\s+")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\[\[(?<slug>[^\[\]]{1,200})\]\]$")]
    private static partial Regex PaperLink();
}
