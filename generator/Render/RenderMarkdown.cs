using System.Collections.Immutable;
using System.Text;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// A report's body as HTML and the contents list of its sections, ready for <c>report.liquid</c>. Every published
/// report's body is held from the per-report pass until its page is rendered, and is most of what a report holds then
/// (figures: docs/performance.md, 'Bodies and search texts are held as UTF-8'): so it is held as UTF-8, half the size
/// of a string for this mostly ASCII text.
/// Fewer bytes that live through collections are fewer bytes the collector copies, and less fresh memory touched.
/// </summary>
public sealed class ReportBody
{
    private readonly byte[] bytes;

    public ReportBody(string html, ImmutableArray<ContentsEntry> contents) => (bytes, Contents) = (Encoding.UTF8.GetBytes(html), contents);

    /// <summary>The body's HTML, made again from its bytes each time it is asked for (once, for the page).</summary>
    public string Html => Encoding.UTF8.GetString(Utf8);

    /// <summary>The body's HTML as UTF-8.</summary>
    public ReadOnlySpan<byte> Utf8 => bytes;

    /// <summary>How many bytes the body holds.</summary>
    public int Size => bytes.Length;

    public ImmutableArray<ContentsEntry> Contents { get; }
}

/// <summary>
/// Renders each report's Markdown body in a build's per-report pass, while its tree is fresh, so the tree can be let go
/// with the rest of the pass (as <c>validate</c> does) instead of being held for every report until
/// <see cref="RenderPages"/>, which then only fills the templates. Only a page that will be published is rendered:
/// never an exempt report's text (its page is a notice), a draft left out, or a report with errors unless this is
/// <c>committee serve</c>'s preview. Nothing happens in a run without templates (<c>validate</c>, <c>review</c>).
/// </summary>
public sealed class RenderMarkdown : IDocumentStage
{
    public string Name => "Render Markdown";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (context.Templates is null || document.Markdown is not { } markdown) return document;
        if (document.Report is not { IsExempt: false } || !document.IsPublished(context.Options.IncludeDrafts)) return document;
        if (document.HasErrors && !context.Options.Preview) return document;
        return document with { Body = Of(document, context) };
    }

    /// <summary>The body of a report whose tree is held; <see cref="MarkdownRenderer"/> sets ids and disarms links in it.</summary>
    /// <param name="context">The run, for the site's indicators and words: indicator tables get their badges and links,
    /// and every table its name (<see cref="TableRegions"/>).</param>
    public static ReportBody Of(ReportDocument document, PipelineContext? context = null)
    {
        var published = AttachmentViews.Published(document).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var indicators = context is null ? null : new IndicatorMarkup(context.Site.Indicators, context.Words, Views.Site(context.Site.Settings).Root);
        var (html, contents) = MarkdownRenderer.Render(document.Markdown!, document.Sections, (document.FolderName, published), indicators);
        return new ReportBody(TableRegions.Wrap(BareLinks.Mark(html), context?.Words ?? Words.English), [.. contents]);
    }
}
