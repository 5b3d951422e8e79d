using System.Collections.Immutable;

namespace Committee.Meetings;

/// <summary>Whether a meeting is still to happen, took place, or will not take place on its date.</summary>
public enum MeetingStatus { Scheduled, Held, Cancelled, Postponed }

/// <summary>
/// A meeting file (<c>content/meetings/&lt;board&gt;/&lt;yyyy-mm-dd&gt;.md</c>), decoded: its details, its agenda (the
/// public part, then Part 2 after the exclusion of the press and public) and its minutes. A meeting file is optional:
/// a paper's date makes a meeting without one.
/// </summary>
/// <param name="File">The file as findings show it.</param>
/// <param name="Agenda">The public items, in order; empty when the file has no agenda.</param>
/// <param name="Part2">The items taken after the exclusion of the press and public: each names an exempt paper.</param>
public sealed record Meeting(
    string BoardId,
    DateOnly Date,
    string File,
    TimeOnly? Time,
    string Venue,
    MeetingStatus Status,
    string Chair,
    string Webcast,
    DateOnly? AgendaPublished,
    int AgendaLine,
    ImmutableArray<AgendaItem> Agenda,
    ImmutableArray<AgendaItem> Part2,
    ImmutableArray<MinuteItem> Minutes,
    int StatusLine,
    int MinutesLine)
{
    /// <summary>The file has an agenda ('## Agenda'), so every paper of the meeting should be on it.</summary>
    public bool HasAgenda => AgendaLine > 0;

    public bool IsCancelled => Status is MeetingStatus.Cancelled or MeetingStatus.Postponed;

    /// <summary>The line of <see cref="AgendaPublished"/>, for findings about it.</summary>
    public int AgendaPublishedLine { get; init; } = 1;
}

/// <summary>
/// One item of an agenda: a paper (<c>[[report-slug]]</c>, of the same board and date) or a standard item written as
/// text (apologies, declarations of interest…), numbered as the council numbers it ("7", "7a").
/// </summary>
/// <param name="Text">A standard item's text, as Markdown (rendered with the project's pipeline, raw HTML escaped); "" for a paper.</param>
/// <param name="ReportSlug">The paper it names, or null for a standard item.</param>
public sealed record AgendaItem(string Number, string Text, string? ReportSlug, int Line);

/// <summary>The minute of one item: its heading and the decision, as Markdown.</summary>
public sealed record MinuteItem(string Heading, string Text, int Line);
