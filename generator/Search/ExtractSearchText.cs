using System.Text;
using Committee.Parse;
using Committee.Pipeline;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Committee.Search;

/// <summary>The words of a report that search reads, taken from its Markdown once: the headings and the body text.</summary>
/// <param name="Headings">Section and sub-section headings, joined with " · ".</param>
/// <param name="Body">Every other block's plain text (HTML comments and raw HTML left out), joined with spaces.</param>
public sealed record SearchText(string Headings, string Body);

/// <summary>
/// Takes each report's <see cref="SearchText"/> from its Markdown, so the search index (and the memo of
/// unchanged reports between builds) never needs the Markdown tree. Exempt reports get none: their text
/// must reach no output, and the index is an output.
/// </summary>
public sealed class ExtractSearchText : IDocumentStage
{
    public string Name => "Extract search text";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Markdown is not { } markdown || document.Report is not { IsExempt: false }) return document;
        return document with { SearchText = Of(markdown) };
    }

    public static SearchText Of(MarkdownDocument markdown)
    {
        var headings = new List<string>();
        var body = new StringBuilder();
        foreach (var block in markdown.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock or HtmlBlock) continue;
            if (block is HeadingBlock heading)
            {
                headings.Add(InlineText.Of(heading));
                continue;
            }
            var text = block.Inline is not null ? InlineText.Of(block) : string.Join(" ", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString().Trim()));
            if (text.Length == 0) continue;
            if (body.Length > 0) body.Append(' ');
            body.Append(text);
        }
        return new SearchText(string.Join(" · ", headings), body.ToString());
    }
}
