using Markdig;

namespace Committee.Parse;

/// <summary>
/// The one Markdown pipeline, built once and shared: "what Markdown does a paper accept" has one answer.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// CommonMark with front matter, pipe tables and precise source positions. Raw HTML is still
    /// recognised by the parser, so the validator can point at it; the renderer escapes it
    /// (<see cref="Render.MarkdownRenderer"/>), so no HTML from a paper ever reaches a page.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        // A bare address is a link even without a dot in its host: "https://intranet/documents/..." in a real paper
        // must be seen (and flagged as private-link), not left as plain text the validator never looks at.
        .UseAutoLinks(new Markdig.Extensions.AutoLinks.AutoLinkOptions { AllowDomainWithoutPeriod = true })
        .UsePreciseSourceLocation()
        .Build();
}
