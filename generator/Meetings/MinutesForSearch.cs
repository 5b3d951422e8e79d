using Committee.Model;
using Committee.Parse;
using Committee.Pipeline;
using Committee.Render;
using Committee.Search;
using Markdig;

namespace Committee.Meetings;

/// <summary>
/// The minutes of each held meeting as one search document, at the meeting's page: its items' headings and the minutes'
/// text, so a search for a decision finds the meeting that took it.
/// </summary>
public static class MinutesForSearch
{
    public static IEnumerable<SearchDocument> Documents(PipelineContext context)
    {
        var site = context.Site;
        foreach (var meeting in context.Meetings.Where(m => m.Minutes.Length > 0 && m.Date <= context.Options.BuildDate))
        {
            var markdown = Markdown.Parse(string.Join("\n\n", meeting.Minutes.Select(m => "### " + m.Heading + "\n\n" + m.Text)), MarkdownPipelineFactory.Pipeline);
            // A paper's quarter is the one it reports on; minutes report on none, so they have the meeting's year only.
            var year = FinancialPeriod.Of(meeting.Date, site.Settings.FinancialYearStartMonth).Year;
            yield return new SearchDocument(
                Addresses.Meeting(meeting.BoardId, meeting.Date),
                context.Words["minutes_search_title", ("board", Syndication.BoardName(site, meeting.BoardId)), ("date", Views.LongDate(meeting.Date))],
                ExtractSearchText.Of(markdown),
                "",
                meeting.BoardId,
                Addresses.Iso(meeting.Date),
                "",
                year,
                [],
                "",
                "",
                false);
        }
    }
}
