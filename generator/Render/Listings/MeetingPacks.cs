using Committee.Pipeline;

namespace Committee.Render.Listings;

/// <summary>
/// In a build, makes each meeting's agenda pack (<see cref="PackPages"/>) as soon as the last of its papers' pages is
/// made, in the same pass as the pages: a paper's body is held only until the other pages of its meeting are made,
/// rather than every public paper's body until the listings, and the packs are written while the pages are. The
/// preview makes a pack when it is asked for, with the listing files, from the bodies its memo holds.
/// </summary>
public sealed class MeetingPacks
{
    private sealed class Meeting(int papers)
    {
        public int Remaining = papers;
        public readonly List<(int Order, ReportDocument Document)> Made = [];
    }

    private readonly Dictionary<(string Board, DateOnly Date), Meeting> meetings = [];
    /// <summary>Each paper's place in the build's order, by its file: the pass hands on new documents, not the ones counted.</summary>
    private readonly Dictionary<string, int> order = new(StringComparer.Ordinal);
    private readonly PipelineContext context;
    private readonly Dictionary<(string Board, DateOnly Date), Meetings.Meeting> meetingFiles;

    /// <param name="documents">Every document of the build, in build order (the order the listings see them in).</param>
    private MeetingPacks(IReadOnlyList<ReportDocument> documents, PipelineContext context)
    {
        this.context = context;
        meetingFiles = ListingPages.MeetingFilesOf(context);
        for (var i = 0; i < documents.Count; i++)
        {
            if (!RenderPages.Renders(documents[i], context)) continue;
            order[documents[i].SourcePath] = i;
            var key = KeyOf(documents[i]);
            if (meetings.TryGetValue(key, out var meeting)) meeting.Remaining++;
            else meetings[key] = new Meeting(1);
        }
    }

    /// <summary>The packs of a build that writes its files as it goes; none for the preview, which makes them when asked
    /// for (<see cref="BuildProducts.Later"/>), nor for a run that renders no pages.</summary>
    public static MeetingPacks? For(IReadOnlyList<ReportDocument> documents, PipelineContext context) =>
        context.Templates is null || context.Products.Outputs is null || context.Products.Later is not null ? null : new(documents, context);

    /// <summary>
    /// <see cref="RenderPages"/> is done with a paper (its page made, or failed): <paramref name="made"/> is the paper as
    /// the pass hands it on, with its body. When it is its meeting's last, the pack is made and handed to the outputs.
    /// </summary>
    /// <param name="given">The paper as the pass was given it, which says its place in the build's order.</param>
    public void Done(ReportDocument given, ReportDocument made)
    {
        if (!order.TryGetValue(given.SourcePath, out var place)) return;
        var key = KeyOf(given);
        var meeting = meetings[key];
        List<ReportDocument> papers;
        lock (meeting)
        {
            meeting.Made.Add((place, made));
            if (--meeting.Remaining > 0) return;
            papers = [.. meeting.Made.OrderBy(m => m.Order).Select(m => m.Document).Where(d => d.HasPage)];
            meeting.Made.Clear();
        }
        if (papers.Count == 0) return;
        var pages = new ListingPages(new ListedReports(papers), context, meetingFiles);
        PackPages.Add(pages);
        foreach (var file in pages.Files) file.AddTo(context.Products.Outputs!);
    }

    private static (string, DateOnly) KeyOf(ReportDocument document) => (document.Report!.BoardId, document.Report.Date!.Value);
}
