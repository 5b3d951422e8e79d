using System.Text;
using Committee.Parse;
using Committee.Pipeline;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Committee.Search;

/// <summary>
/// The words of a report that search reads, taken from its Markdown once: <see cref="Headings"/>, the section and
/// sub-section headings joined with " · ", and <see cref="Body"/>, every other block's plain text (HTML comments and
/// raw HTML left out) joined with spaces.
/// </summary>
public sealed class SearchText : IEquatable<SearchText>
{
    // Held as UTF-8: every paper's text is held from the per-report pass to the end of the build, and as UTF-8 it takes
    // half the memory of strings; the paper's search file is written as UTF-8 anyway (figures: docs/performance.md,
    // 'Bodies and search texts are held as UTF-8').
    private readonly Lazy<(byte[] Headings, byte[] Body)> text;

    public SearchText(string headings, string body)
    {
        var utf8 = (Encoding.UTF8.GetBytes(headings), Encoding.UTF8.GetBytes(body));
        text = new(() => utf8);
    }

    private SearchText(Func<(byte[], byte[])> load) => text = new(load);

    /// <summary>A text as UTF-8; the arrays are the text's own from here on.</summary>
    public static SearchText OfUtf8(byte[] headings, byte[] body) => new(() => (headings, body));

    /// <summary>A text read when it is first asked for.</summary>
    public static SearchText Later(Func<SearchText> load) => new(() => load().text.Value);

    public string Headings => Encoding.UTF8.GetString(text.Value.Headings);
    public string Body => Encoding.UTF8.GetString(text.Value.Body);

    /// <summary>The headings and body as UTF-8, not to be changed: the paper's search file writes them as they are.</summary>
    internal byte[] HeadingsUtf8 => text.Value.Headings;
    internal byte[] BodyUtf8 => text.Value.Body;

    /// <summary>Equal when the words are (which reads a text not read yet).</summary>
    public bool Equals(SearchText? other) =>
        other is not null && HeadingsUtf8.AsSpan().SequenceEqual(other.HeadingsUtf8) && BodyUtf8.AsSpan().SequenceEqual(other.BodyUtf8);

    public override bool Equals(object? obj) => Equals(obj as SearchText);

    public override int GetHashCode() => HashCode.Combine(Headings, Body);

    public override string ToString() => $"SearchText {{ Headings = {Headings}, Body = {Body} }}";
}

/// <summary>
/// Takes each report's <see cref="SearchText"/> from its Markdown, so the search index never needs the Markdown tree. Exempt reports get none: their text
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
        // Sized from the Markdown so the text is built without growing: the words are most of a paper's characters.
        var body = new StringBuilder(markdown.Span.Length + 1);
        AddText(markdown, headings, body);
        return new SearchText(string.Join(" · ", headings), body.ToString());
    }

    /// <summary>Every leaf block's text in document order, appended straight to the body rather than made a string first.</summary>
    private static void AddText(ContainerBlock container, List<string> headings, StringBuilder body)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock inner)
            {
                AddText(inner, headings, body);
                continue;
            }
            if (block is YamlFrontMatterBlock or HtmlBlock || block is not LeafBlock leaf) continue;
            if (leaf is HeadingBlock heading)
            {
                headings.Add(InlineText.Of(heading));
                continue;
            }
            var separated = body.Length > 0;
            if (separated) body.Append(' ');
            var added = leaf.Inline is not null ? InlineText.AppendTo(body, leaf.Inline) : AppendLines(body, leaf);
            if (!added && separated) body.Length--;
        }
    }

    /// <summary>A block without inlines (code): its lines trimmed and joined with spaces, as <c>string.Join</c> would;
    /// false when that is empty. A thematic break (---) and other blocks without lines have no text.</summary>
    private static bool AppendLines(StringBuilder body, LeafBlock block)
    {
        if (block.Lines.Lines is not { } lines) return false;
        var start = body.Length;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            if (i > 0) body.Append(' ');
            body.Append(lines[i].Slice.AsSpan().Trim());
        }
        return body.Length > start;
    }
}
