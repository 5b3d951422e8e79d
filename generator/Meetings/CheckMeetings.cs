using System.Collections.Immutable;
using System.Globalization;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;
using Committee.Validate;

namespace Committee.Meetings;

/// <summary>
/// Checks each meeting file against the papers of its board and date and against the build date: every agenda item
/// names a paper that exists, Part 2 holds only exempt papers, minutes only once a meeting could have been held.
/// </summary>
public static class CheckMeetings
{
    /// <summary>A paper's name on an agenda: the last part of its address (its file name's slug, or its 'slug').</summary>
    public static string SlugOf(ReportDocument document) => document.Url!.TrimEnd('/').Split('/')[^1];

    /// <summary>The papers of each meeting (board and date) that have an address, by their name on an agenda.</summary>
    public static Dictionary<(string Board, DateOnly Date), Dictionary<string, ReportDocument>> Papers(IEnumerable<ReportDocument> documents)
    {
        var papers = new Dictionary<(string, DateOnly), Dictionary<string, ReportDocument>>();
        foreach (var document in documents)
        {
            if (document.Report is not { Date: { } date } report || document.Url is null) continue;
            if (!papers.TryGetValue((report.BoardId, date), out var meeting)) papers[(report.BoardId, date)] = meeting = new(StringComparer.Ordinal);
            meeting.TryAdd(SlugOf(document), document);
        }
        return papers;
    }

    public static ImmutableList<Diagnostic> Check(ImmutableArray<Meeting> meetings, IEnumerable<ReportDocument> documents, Site site, DateOnly buildDate)
    {
        var papers = Papers(documents);
        var diagnostics = new List<Diagnostic>();
        foreach (var meeting in meetings)
        {
            var file = meeting.File;
            var board = site.Boards[meeting.BoardId];
            var own = papers.GetValueOrDefault((meeting.BoardId, meeting.Date)) ?? new Dictionary<string, ReportDocument>(StringComparer.Ordinal);
            var longDate = meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

            var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var named = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in meeting.Agenda.Concat(meeting.Part2))
            {
                if (!numbers.TryAdd(item.Number, item.Line))
                {
                    diagnostics.Add(Rules.AgendaItemDuplicate.At(file, item.Line, 1, $"Item {item.Number}", numbers[item.Number]));
                }
                if (item.ReportSlug is not { } slug) continue;
                if (!named.TryAdd(slug, item.Line))
                {
                    diagnostics.Add(Rules.AgendaItemDuplicate.At(file, item.Line, 1, $"The paper '{slug}'", named[slug]));
                }
                if (!own.ContainsKey(slug))
                {
                    diagnostics.Add(Rules.AgendaPaperUnknown.At(file, item.Line, 1, slug, board.Name, longDate).WithHint(Suggest.Hint(slug, own.Keys)));
                }
            }
            foreach (var item in meeting.Part2)
            {
                if (item.ReportSlug is null)
                {
                    diagnostics.Add(Rules.Part2NotExempt.At(file, item.Line, 1, $"item {item.Number} is not a paper"));
                }
                else if (own.TryGetValue(item.ReportSlug, out var paper) && !paper.Report!.IsExempt)
                {
                    diagnostics.Add(Rules.Part2NotExempt.At(file, item.Line, 1, $"the paper '{item.ReportSlug}' is public"));
                }
            }
            if (meeting.Minutes.Length > 0 && meeting.Date > buildDate)
            {
                diagnostics.Add(Rules.MinutesInFuture.At(file, meeting.MinutesLine, 1, longDate, buildDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)));
            }
            if (meeting.Status == MeetingStatus.Scheduled && (meeting.Time is null || meeting.Venue.Length == 0))
            {
                var (what, fields) = (meeting.Time, meeting.Venue) switch
                {
                    (null, "") => ("time or venue", "time: 18:30' and 'venue: …"),
                    (null, _) => ("time", "time: 18:30"),
                    _ => ("venue", "venue: …"),
                };
                diagnostics.Add(Rules.MeetingDetailsMissing.At(file, 1, 1, what, fields));
            }
            // A paper withdrawn or deferred has been dealt with; one still to be taken must move with the meeting.
            var toBeTaken = own.Values.Count(p => !p.Report!.IsWithdrawnOrDeferred);
            if (meeting.IsCancelled && toBeTaken > 0)
            {
                diagnostics.Add(Rules.MeetingCancelledWithPapers.At(file, meeting.StatusLine, 1, meeting.Status.ToString().ToLowerInvariant(), toBeTaken));
            }
            if (meeting.HasAgenda)
            {
                foreach (var slug in own.Keys.Where(s => !named.ContainsKey(s)).Order(StringComparer.Ordinal))
                {
                    diagnostics.Add(Rules.PaperNotOnAgenda.At(file, meeting.AgendaLine, 1, slug));
                }
            }
        }
        return [.. diagnostics];
    }
}
