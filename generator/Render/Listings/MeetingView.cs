using System.Globalization;
using Committee.Meetings;
using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>
/// Builds a meeting page's model: the meeting's papers and, where it has a meeting file, its details, agenda, Part 2
/// and minutes. Nothing of an exempt paper but its title and exemption paragraph reaches the page.
/// </summary>
internal static class MeetingView
{
    public static MeetingPage Of(ListingPages pages, string boardId, DateOnly date, string boardUrl, NavLink previous, NavLink next)
    {
        var meeting = pages.Meeting(boardId, date);
        var listed = ListedReports.Of(pages.Listed.ByMeeting, (boardId, date)).Reports
            .ToDictionary(CheckMeetings.SlugOf, StringComparer.Ordinal);
        if (!pages.MeetingFiles.TryGetValue((boardId, date), out var file))
        {
            return new MeetingPage(pages.View, meeting, boardUrl, previous, next, NoFile, [], [], [], meeting.Papers);
        }
        AgendaEntry Entry(AgendaItem item)
        {
            if (item.ReportSlug is null) return new AgendaEntry(item.Number, MarkdownRenderer.Fragment(item.Text, inline: true), false, "", "", "", false, false, 0);
            if (!listed.TryGetValue(item.ReportSlug, out var document))
            {
                // Not published in this build (a draft, say): the agenda keeps its place without naming it.
                return new AgendaEntry(item.Number, "", true, "", "", "", false, false, 0);
            }
            var paper = pages.Item(document);
            return new AgendaEntry(item.Number, "", true, paper.Title, paper.Url, paper.Summary, paper.IsDraft, paper.IsExempt, document.Report!.ExemptParagraph ?? 0,
                paper.Status, paper.Supplementary);
        }
        // Part 2 shows an exempt paper's title and paragraph only: never its summary, whatever the paper says.
        AgendaEntry Part2Entry(AgendaItem item) => Entry(item) is { IsExempt: true } exempt ? exempt with { Summary = "" }
            : new AgendaEntry(item.Number, "", true, "", "", "", false, false, 0);

        var onAgenda = file.Agenda.Concat(file.Part2).Select(i => i.ReportSlug).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var others = listed.Where(p => !onAgenda.Contains(p.Key)).Select(p => pages.Root + p.Value.Url).ToHashSet(StringComparer.Ordinal);
        var papers = file.HasAgenda ? [.. meeting.Papers.Where(p => others.Contains(p.Url))] : meeting.Papers;
        return new MeetingPage(pages.View, meeting, boardUrl, previous, next, Details(file),
            [.. file.Agenda.Select(Entry)],
            [.. file.Part2.Select(Part2Entry)],
            [.. file.Minutes.Select(m => new MinuteEntry(m.Heading, MarkdownRenderer.Fragment(m.Text)))],
            papers);
    }

    private static readonly MeetingDetails NoFile = new("", "", "", "scheduled", false, "", "", "", "", false);

    /// <summary>A time as councils write it: 6.30pm.</summary>
    public static string Time(TimeOnly time) =>
        (time.Minute == 0 ? time.ToString("%h", CultureInfo.InvariantCulture) : time.ToString("h.mm", CultureInfo.InvariantCulture)) + (time.Hour < 12 ? "am" : "pm");

    private static MeetingDetails Details(Meeting file) => new(
        file.Time is { } t ? Time(t) : "",
        file.Time is { } iso ? iso.ToString("HH:mm", CultureInfo.InvariantCulture) : "",
        file.Venue,
        file.Status.ToString().ToLowerInvariant(),
        file.IsCancelled,
        file.Chair,
        file.Webcast,
        Views.LongDate(file.AgendaPublished),
        Views.Iso(file.AgendaPublished),
        true);
}
