using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Committee.Parse;

/// <summary>The plain text of Markdown inlines ("4.0 **Policy implications**" → "4.0 Policy implications").</summary>
public static class InlineText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        // Walked by hand, in the order Markdig's Descendants() gives (each inline, then what it contains): this runs for
        // every paragraph of every report, and the iterator's two stacks per call were most of its cost.
        for (var inline = container.FirstChild; inline is not null; inline = Next(inline, container))
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            }
        }
        return text.ToString().Trim();
    }

    /// <summary>True when <see cref="Of(ContainerInline)"/> would not be empty, without building the text.</summary>
    public static bool HasText(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = Next(inline, container))
        {
            var piece = inline switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                CodeInline code => code.Content.AsSpan(),
                HtmlEntityInline entity => entity.Transcoded.AsSpan(),
                _ => default,
            };
            foreach (var ch in piece)
            {
                if (!char.IsWhiteSpace(ch)) return true;
            }
        }
        return false;
    }

    /// <summary>The inline after this one in document order: its first child, else its next sibling or an ancestor's, within the root.</summary>
    private static Inline? Next(Inline inline, ContainerInline root)
    {
        if (inline is ContainerInline { FirstChild: { } child }) return child;
        for (Inline? at = inline; at is not null && at != root; at = at.Parent)
        {
            if (at.NextSibling is { } sibling) return sibling;
        }
        return null;
    }
}
