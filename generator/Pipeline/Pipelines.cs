using Committee.Parse;
using Committee.Read;
using Committee.Render;
using Committee.Validate;
using Committee.Write;

namespace Committee.Pipeline;

/// <summary>The order of the stages, in one place: read → parse → validate → render → write.</summary>
public static class Pipelines
{
    /// <summary>
    /// Checks every report: what <c>committee validate</c> runs, and the first half of a build, which also renders each
    /// body here while its Markdown tree is fresh (<see cref="RenderMarkdown"/>; validate skips it).
    /// </summary>
    public static IReadOnlyList<IStage> Check { get; } =
    [
        new FindReports(),
        new ReadReports(),
        new ParseFrontMatter(),
        new DecodeFrontMatter(),
        new ParseMarkdown(),
        new FindSections(),
        new CheckSections(),
        new CheckNumbering(),
        new CheckContent(),
        new CheckAttachments(),
        new Indicators.CheckIndicators(),
        new Search.ExtractSearchText(),
        // A build renders each body here, while the tree is fresh (the tree is let go after the pass); validate skips it.
        new RenderMarkdown(),
        new AssignUrls(),
        new CheckArchive(),
        new LinkReports(),
        new Indicators.CheckIndicatorTrends(),
    ];

    /// <summary>What <c>committee build</c> runs after <see cref="Check"/> finds no errors that stop it.</summary>
    public static IReadOnlyList<IStage> Publish { get; } =
    [
        new ReadLastChanged(),
        new Meetings.NumberFromAgenda(),
        // Before the pages are rendered, so each is written as soon as it is made.
        new OpenSite(),
        new PlanPacks(),
        new RenderPages(),
        new CollectReleasedBodies(),
        new SideBySide([new Search.IndexForSearch()], [new RenderListings()]),
        new WriteSite(),
    ];
}
