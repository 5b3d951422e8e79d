using System.Collections.Immutable;
using System.Globalization;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Meetings;

/// <summary>
/// Section 100B of the Local Government Act 1972: an agenda and its papers are open to inspection at least five clear
/// working days before the meeting. Checks each meeting's <c>agenda_published</c> and each paper's own
/// <c>published</c> date; a late paper the chair took as urgent is marked <c>supplementary: true</c> and not checked.
/// </summary>
public static class CheckPublication
{
    public static ImmutableList<Diagnostic> Check(ImmutableArray<Meeting> meetings, IEnumerable<ReportDocument> documents, WorkingDays days)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var meeting in meetings)
        {
            // A meeting that did not take place on its date had no agenda to be late.
            if (meeting.AgendaPublished is { } published && !meeting.IsCancelled && Late(days, published, meeting.Date) is { } late)
            {
                diagnostics.Add(Rules.LatePublication.At(meeting.File, meeting.AgendaPublishedLine, 1, "The agenda", Long(published), late.Clear, Long(meeting.Date), Long(late.By)));
            }
        }
        foreach (var document in documents)
        {
            if (document.Report is not { Published: { } published, Date: { } date, Supplementary: false, IsWithdrawnOrDeferred: false } report) continue;
            if (Late(days, published, date) is { } late)
            {
                diagnostics.Add(Rules.LatePublication.At(document.DisplayPath, report.PublishedLine, 1, "The paper", Long(published), late.Clear, Long(date), Long(late.By)));
            }
        }
        return [.. diagnostics];
    }

    private static (int Clear, DateOnly By)? Late(WorkingDays days, DateOnly published, DateOnly meeting)
    {
        var clear = published >= meeting ? 0 : days.ClearDays(published, meeting);
        return clear >= WorkingDays.Required ? null : (clear, days.LatestPublication(meeting));
    }

    private static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
