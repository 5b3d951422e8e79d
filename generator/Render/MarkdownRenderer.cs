using System.Text;
using System.Text.RegularExpressions;
using Committee.Model;
using Committee.Parse;
using Committee.Validate;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Committee.Render;

/// <summary>
/// Renders a report's Markdown to HTML for publication: raw HTML escaped, authors' comments dropped,
/// unsafe links disarmed, and ids on headings and numbered paragraphs so members can link to "3.2".
/// </summary>
public static partial class MarkdownRenderer
{
    /// <param name="attachments">The paper's attachments, for links to them: the paper's folder name (as links from
    /// the Markdown start) and the names published under the page's address; a link to one not published (exempt)
    /// goes to the page's list of attachments instead.</param>
    /// <param name="indicators">What the paper's indicator tables are shown with (badges, links to the indicators' pages);
    /// null renders them as plain tables.</param>
    public static (string Html, IReadOnlyList<ContentsEntry> Contents) Render(
        MarkdownDocument markdown, IReadOnlyList<Section> sections, (string Folder, IReadOnlySet<string> Published)? attachments = null,
        IndicatorMarkup? indicators = null)
    {
        var headings = new List<HeadingBlock>();
        var paragraphs = new List<ParagraphBlock>();
        Walk(markdown, headings, paragraphs, attachments);

        // Headings take their ids first, so a paragraph number never takes a heading's.
        var contents = new List<ContentsEntry>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var text = InlineText.Of(heading);
            var id = Unique(Slug.From(SectionTitle.SplitNumber(text).Title), used);
            heading.GetAttributes().Id = id;
            if (heading.Level == 2) contents.Add(new ContentsEntry(id, text));
        }
        foreach (var paragraph in paragraphs)
        {
            if (ParagraphNumber.Of(InlineText.Opening(paragraph)) is var (_, major, minor) && used.Add($"para-{major}-{minor}"))
            {
                paragraph.GetAttributes().Id = $"para-{major}-{minor}";
            }
        }

        var renderer = Renderer ??= NewRenderer();
        var writer = (StringWriter)renderer.Writer;
        var tables = renderer.ObjectRenderers.FindExact<IndicatorTableRenderer>()!;
        tables.Markup = indicators;
        try
        {
            renderer.Render(markdown);
            writer.Flush();
            return (writer.ToString(), contents);
        }
        finally
        {
            // The renderer is this thread's for the next report: empty, and not holding on to a very long paper's text.
            var buffer = writer.GetStringBuilder();
            buffer.Clear();
            if (buffer.Capacity > MaxKeptCapacity) renderer.Writer = new StringWriter(new StringBuilder(InitialCapacity));
            renderer.Clear();
            tables.Markup = null;
        }
    }

    /// <summary>
    /// A short piece of Markdown from a meeting file (an agenda item, a minute) rendered like a paper's body: with the
    /// one pipeline, raw HTML shown as text, unsafe links disarmed. <paramref name="inline"/>: one paragraph's content,
    /// without its &lt;p&gt; (an agenda item in a list).
    /// </summary>
    public static string Fragment(string markdown, bool inline = false)
    {
        var (html, _) = Render(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline), []);
        html = html.Trim();
        if (inline && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }
        return html;
    }

    private const int InitialCapacity = 16 * 1024;
    private const int MaxKeptCapacity = 1024 * 1024;

    /// <summary>
    /// One renderer per thread, reused from report to report (as Markdig's own <c>Markdown.ToHtml</c> pools them): making
    /// one sets up some thirty object renderers, a cost every report paid again.
    /// </summary>
    [ThreadStatic]
    private static ReusedRenderer? Renderer;

    private static ReusedRenderer NewRenderer()
    {
        var renderer = new ReusedRenderer(new StringWriter(new StringBuilder(InitialCapacity)));
        MarkdownPipelineFactory.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        var tables = renderer.ObjectRenderers.FindExact<Markdig.Extensions.Tables.HtmlTableRenderer>()!;
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new IndicatorTableRenderer(tables));
        return renderer;
    }

    /// <summary>
    /// One walk over the blocks, in document order: the headings, the paragraphs that may carry a number (at the top
    /// level or in a list item), and every link disarmed where unsafe. It replaced three walks with Markdig's
    /// <c>Descendants</c>, one of them over every inline; with the renderer reused, it made rendering a body about a
    /// third faster (figures: docs/performance.md, 'Per-report work walks and compares once').
    /// </summary>
    private static void Walk(ContainerBlock container, List<HeadingBlock> headings, List<ParagraphBlock> paragraphs, (string Folder, IReadOnlySet<string> Published)? attachments)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock inner)
            {
                Walk(inner, headings, paragraphs, attachments);
                continue;
            }
            if (block is HeadingBlock heading) headings.Add(heading);
            else if (block is ParagraphBlock paragraph && container is MarkdownDocument or ListItemBlock) paragraphs.Add(paragraph);
            if (block is LeafBlock { Inline: { } inline }) DisarmLinks(inline, attachments);
        }
    }

    private static void DisarmLinks(ContainerInline container, (string Folder, IReadOnlySet<string> Published)? attachments)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            // Validation stops a build with such a link; this is the second lock on the door.
            if (inline is LinkInline link && CheckContent.IsUnsafe(link.Url ?? "")) link.Url = "#";
            else if (inline is AutolinkInline { IsEmail: false } autolink && CheckContent.IsUnsafe(autolink.Url)) autolink.Url = "#";
            else if (inline is LinkInline { Url: { } url } attached && attachments is var (folder, published)
                && CheckAttachments.LinkedName(url, folder, out var bare) is { } name && !bare)
            {
                // The Markdown links from its own folder (2024-11-12-performance/appendix-a.pdf); the page is the paper's
                // folder on the site, so the file sits beside it.
                attached.Url = published.Contains(name) ? Uri.EscapeDataString(name) : "#report-attachments";
            }
            if (inline is ContainerInline inner) DisarmLinks(inner, attachments);
        }
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }

    /// <summary>An HTML renderer that can be made ready for the next document (Markdig keeps its reset to itself).</summary>
    private sealed class ReusedRenderer(TextWriter writer) : HtmlRenderer(writer)
    {
        public void Clear() => Reset();
    }

    /// <summary>Shows a paper's raw HTML as text, and drops authors' comments (guidance left in a template).</summary>
    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            if (block.Type == HtmlBlockType.Comment) return;
            renderer.Write("<p>");
            renderer.WriteLeafRawLines(block, true, true, true);
            renderer.Write("</p>");
        }
    }

    /// <summary>Shows inline raw HTML as text; drops inline comments.</summary>
    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (inline.Tag.StartsWith("<!--", StringComparison.Ordinal)) return;
            renderer.WriteEscape(inline.Tag);
        }
    }
}
