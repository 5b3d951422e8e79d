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
    public static (string Html, IReadOnlyList<ContentsEntry> Contents) Render(MarkdownDocument markdown, IReadOnlyList<Section> sections)
    {
        var contents = new List<ContentsEntry>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in markdown.Descendants<HeadingBlock>())
        {
            var text = InlineText.Of(heading);
            var id = Unique(Slug.From(SectionTitle.SplitNumber(text).Title), used);
            heading.GetAttributes().Id = id;
            if (heading.Level == 2) contents.Add(new ContentsEntry(id, text));
        }
        foreach (var paragraph in markdown.Descendants<ParagraphBlock>())
        {
            if (paragraph.Parent is not MarkdownDocument and not ListItemBlock) continue;
            if (ParagraphNumber.Of(InlineText.Of(paragraph)) is var (_, major, minor) && used.Add($"para-{major}-{minor}"))
            {
                paragraph.GetAttributes().Id = $"para-{major}-{minor}";
            }
        }
        foreach (var link in markdown.Descendants<LinkInline>())
        {
            // Validation stops a build with such a link; this is the second lock on the door.
            if (CheckContent.IsUnsafe(link.Url ?? "")) link.Url = "#";
        }

        var writer = new StringWriter(new StringBuilder(4096));
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.Render(markdown);
        writer.Flush();
        return (writer.ToString(), contents);
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
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
