using System.Globalization;
using System.Text;
using Committee.Meetings;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Authoring;

/// <summary>What <c>committee new meeting</c> was asked for: the board, the date, and the time and venue if known.</summary>
public sealed record NewMeetingRequest(string BoardId, string Date, string? Time, string? Venue);

/// <summary>A meeting file ready to write: where, and its text.</summary>
public sealed record NewMeeting(string Path, string Text, Board Board, DateOnly Date);

/// <summary>
/// Starts a meeting file (<c>content/meetings/&lt;board&gt;/&lt;date&gt;.md</c>): its details, and an agenda of the standard
/// items (from the words file) followed by the papers already written for the meeting, exempt ones under Part 2.
/// </summary>
public static class MeetingTemplate
{
    public static NewMeeting Create(NewMeetingRequest request, Site site, IEnumerable<ReportDocument> documents, Render.Words words)
    {
        var board = site.Boards.GetValueOrDefault(request.BoardId)
            ?? throw new ReportTemplate.RequestException($"There is no board '{request.BoardId}'. {ReportTemplate.Suggestion(request.BoardId, site.Boards.Values.Select(b => (b.Id, b.Name)))}");
        var date = ReportTemplate.ParseDate(request.Date);
        string? time = null;
        if (request.Time is { } given)
        {
            if (!TimeOnly.TryParseExact(given.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new ReportTemplate.RequestException($"The time '{given}' must be written on the 24-hour clock: for example --time 18:30 for 6.30pm.");
            }
            time = parsed.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        var venue = request.Venue?.Trim();
        if (venue is not null && (venue.Length == 0 || venue.Any(char.IsControl)))
        {
            throw new ReportTemplate.RequestException("The venue must be one line of text, like --venue \"Council Chamber, Town Hall\".");
        }

        var papers = CheckMeetings.Papers(documents).GetValueOrDefault((board.Id, date))?.Values
            .OrderBy(d => d.Report!.Item ?? ItemNumber.Last).ThenBy(d => d.Report!.Title, StringComparer.Ordinal).ToList() ?? [];
        var text = new StringBuilder("---\n");
        text.Append(time is null ? "time: \"\"  # the start time, like 18:30\n" : $"time: \"{time}\"\n");
        text.Append(venue is null ? "venue: \"\"  # where the meeting is held\n" : $"venue: \"{venue.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n");
        text.Append("status: scheduled\n---\n\n## Agenda\n\n");
        var number = 0;
        foreach (var key in new[] { "meeting_item_apologies", "meeting_item_declarations", "meeting_item_minutes" })
        {
            text.Append(CultureInfo.InvariantCulture, $"{++number}. {words[key]}\n");
        }
        foreach (var paper in papers.Where(p => !p.Report!.IsExempt))
        {
            text.Append(CultureInfo.InvariantCulture, $"{Next(paper, ref number)}. [[{CheckMeetings.SlugOf(paper)}]]\n");
        }
        var exempt = papers.Where(p => p.Report!.IsExempt).ToList();
        if (exempt.Count > 0)
        {
            text.Append("\n## Part 2\n\n");
            foreach (var paper in exempt)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Next(paper, ref number)}. [[{CheckMeetings.SlugOf(paper)}]]\n");
            }
        }
        var path = System.IO.Path.Combine(site.ContentDirectory, ReadMeetings.Folder, board.Id, Addresses.Iso(date) + ".md");
        return new NewMeeting(path, text.ToString(), board, date);
    }

    /// <summary>The paper's own item number ("7a") when it comes after those already used, else the next number.</summary>
    private static string Next(ReportDocument paper, ref int number)
    {
        if (paper.Report!.Item is { } item && (item.Number > number || item.Number == number && item.Letter.Length > 0))
        {
            number = item.Number;
            return item.ToString();
        }
        return (++number).ToString(CultureInfo.InvariantCulture);
    }

    public static void Write(NewMeeting meeting)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(meeting.Path)!);
        // FileMode.CreateNew fails if the file exists, even if it appeared a moment ago: never overwrite a meeting file.
        using var stream = new FileStream(meeting.Path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(meeting.Text);
    }
}
