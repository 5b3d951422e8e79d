using Committee.Diagnostics;
using Committee.Pipeline;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Committee.Parse;

/// <summary>Parses each report's text with the shared Markdown pipeline, keeping line numbers true to the file.</summary>
public sealed class ParseMarkdown : IDocumentStage
{
    /// <summary>Papers nest a list in a list, or a quote in a list; far deeper is a broken or hostile file.</summary>
    public const int MaxNesting = 32;

    public string Name => "Parse Markdown";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Text is not { } text) return document;
        // Some limits must be met before Markdig reads the text at all: past them the parse itself takes minutes or gigabytes.
        if ((ControlCharacters.FindInBody(text, document.DisplayPath) ?? TextLimits.Check(text, document.DisplayPath)) is { } refused) return document.With(refused);
        if (TryParse(text) is not { } markdown)
        {
            // Markdig refuses input nested beyond its own limit (thousands of '>', list markers or '[') rather than overflow the stack.
            return document.With(Rules.TooDeep.At(document.DisplayPath, FirstLineTooDeep(text), 1, MaxNesting));
        }
        // Every later walk over the tree (the checks, the renderer, Markdig's own HTML renderer) recurses as deep as it
        // nests: a paper of nested '**' overflowed the stack, and killed the process, until this limit.
        if (DeepestBlock(markdown) is { } deep)
        {
            return document.With(Rules.TooDeep.At(document.DisplayPath, deep.Line + 1, deep.Column + 1, MaxNesting));
        }
        return document with { Markdown = markdown, Stage = ReportStage.Parsed };
    }

    private static MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdown.Parse(text, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The line at which Markdig found the text too deeply nested. Nesting by quote and list markers was refused before
    /// parsing (<see cref="TextLimits"/>), so this is '[', '*' or '_' nested within a paragraph: the first line with more of
    /// them than <see cref="MaxNesting"/>, else the first line whose text up to it Markdig refuses, found by halving (each
    /// try a parse, so only when the cheap look finds nothing).
    /// </summary>
    private static int FirstLineTooDeep(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].AsSpan().Count('[') + lines[i].AsSpan().Count('*') + lines[i].AsSpan().Count('_') > MaxNesting) return i + 1;
        }
        var ends = new int[lines.Length];
        for (int i = 0, end = 0; i < lines.Length; i++) ends[i] = end += lines[i].Length + (i + 1 < lines.Length ? 1 : 0);
        var (low, high) = (1, lines.Length);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (TryParse(text[..ends[middle - 1]]) is null) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>The first block, or inline (emphasis, a link) within a block, nested deeper than <see cref="MaxNesting"/>,
    /// found without recursion.</summary>
    private static MarkdownObject? DeepestBlock(MarkdownDocument markdown)
    {
        var stack = new Stack<(Block Block, int Depth)>();
        stack.Push((markdown, 0));
        while (stack.Count > 0)
        {
            var (block, depth) = stack.Pop();
            if (depth > MaxNesting) return block;
            if (block is ContainerBlock container)
            {
                foreach (var child in container) stack.Push((child, depth + 1));
            }
            else if (block is LeafBlock { Inline: { } inline } && DeepestInline(inline) is { } deep)
            {
                return deep;
            }
        }
        return null;
    }

    /// <summary>The first inline nested more than <see cref="MaxNesting"/> deep within <paramref name="root"/>, walked by its links.</summary>
    private static Inline? DeepestInline(ContainerInline root)
    {
        var depth = 0;
        for (Inline? node = root.FirstChild; node is not null;)
        {
            if (node is ContainerInline { FirstChild: { } child })
            {
                if (++depth > MaxNesting) return node;
                node = child;
                continue;
            }
            while (node.NextSibling is null)
            {
                node = node.Parent;
                depth--;
                if (node is null || node == root) return null;
            }
            node = node.NextSibling;
        }
        return null;
    }
}
