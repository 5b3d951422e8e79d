using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Meetings;

/// <summary>
/// Gives each paper its agenda item number, as the printed paper shows it in its running header: the number its
/// meeting file's agenda (or Part 2) gives it ("7a"), else its front matter's <c>item</c>.
/// </summary>
public sealed class NumberFromAgenda : IArchiveStage
{
    public string Name => "Number papers from their agendas";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var numbers = new Dictionary<(string Board, DateOnly Date, string Slug), string>();
        foreach (var meeting in context.Meetings)
        {
            foreach (var item in meeting.Agenda.Concat(meeting.Part2).Where(i => i.ReportSlug is not null))
            {
                numbers.TryAdd((meeting.BoardId, meeting.Date, item.ReportSlug!), item.Number.TrimEnd('.'));
            }
        }
        return [.. documents.Select(d => d.Report is { Date: { } date } report && d.Url is not null
            && (numbers.GetValueOrDefault((report.BoardId, date, CheckMeetings.SlugOf(d))) ?? report.Item?.ToString()) is { } number
            ? d with { AgendaItem = number } : d)];
    }
}
