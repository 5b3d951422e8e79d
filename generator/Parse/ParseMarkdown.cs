using Committee.Diagnostics;
using Committee.Pipeline;
using Markdig;
using Markdig.Syntax;

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
        var markdown = Markdown.Parse(text, MarkdownPipelineFactory.Pipeline);
        if (DeepestBlock(markdown) is { } deep)
        {
            return document.With(Rules.TooDeep.At(document.DisplayPath, deep.Line + 1, deep.Column + 1, MaxNesting));
        }
        return document with { Markdown = markdown };
    }

    /// <summary>The first block nested deeper than <see cref="MaxNesting"/>, found without recursion.</summary>
    private static Block? DeepestBlock(MarkdownDocument markdown)
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
        }
        return null;
    }
}
