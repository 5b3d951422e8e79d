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
        foreach (var inline in container.Descendants())
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
}
