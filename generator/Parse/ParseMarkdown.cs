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
        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(text, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested beyond its own limit (thousands of '>' or list markers) rather than overflow the stack.
            return document.With(Rules.TooDeep.At(document.DisplayPath, DeepestLine(text), 1, MaxNesting));
        }
        if (DeepestBlock(markdown) is { } deep)
        {
            return document.With(Rules.TooDeep.At(document.DisplayPath, deep.Line + 1, deep.Column + 1, MaxNesting));
        }
        return document with { Markdown = markdown };
    }

    /// <summary>The first line whose leading quote and list markers ("> > - …") nest deeper than <see cref="MaxNesting"/>,
    /// else the line with the most of them.</summary>
    private static int DeepestLine(string text)
    {
        var lines = text.Split('\n');
        var (best, bestDepth) = (1, -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var (at, depth) = (0, 0);
            while (true)
            {
                while (at < line.Length && line[at] is ' ' or '\t') at++;
                if (at >= line.Length) break;
                var digits = at;
                while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
                if (line[at] == '>') at++;
                else if (line[at] is '-' or '*' or '+' && at + 1 < line.Length && line[at + 1] is ' ' or '\t') at += 2;
                else if (digits > at && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t') at = digits + 2;
                else break;
                depth++;
            }
            if (depth > MaxNesting) return i + 1;
            if (depth > bestDepth) (best, bestDepth) = (i + 1, depth);
        }
        return best;
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
