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
            text.Append(TextOf(inline));
        }
        return text.ToString().Trim();
    }

    /// <summary>
    /// Appends what <see cref="Of(ContainerInline)"/> returns to <paramref name="text"/> without making a string of it
    /// first (search text joins every block's text); returns false, leaving <paramref name="text"/> as it was, when that is empty.
    /// </summary>
    public static bool AppendTo(StringBuilder text, ContainerInline container)
    {
        var start = text.Length;
        for (var inline = container.FirstChild; inline is not null; inline = Next(inline, container))
        {
            var piece = TextOf(inline);
            // Leading white space is trimmed as it comes, trailing white space once at the end.
            if (text.Length == start) piece = piece.TrimStart();
            text.Append(piece);
        }
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        text.Length = end;
        return end > start;
    }

    /// <summary>
    /// Enough of the start of <see cref="Of(LeafBlock)"/> to read a paragraph number from (<see cref="Model.ParagraphNumber"/>
    /// finds the same number in it as in the whole text), without building the whole paragraph's text: the numbering
    /// check and the renderer ask this of every paragraph. A number is digits and dots followed by a space or the end, so
    /// the first <see cref="OpeningLength"/> characters decide it, unless they are all digits and dots (then the whole text is read).
    /// </summary>
    public static string Opening(LeafBlock block)
    {
        if (block.Inline is not { } container) return "";
        Span<char> opening = stackalloc char[OpeningLength + 1];
        var length = 0;
        for (var inline = container.FirstChild; inline is not null && length <= OpeningLength; inline = Next(inline, container))
        {
            var piece = TextOf(inline);
            if (length == 0) piece = piece.TrimStart();
            piece = piece[..Math.Min(piece.Length, opening.Length - length)];
            piece.CopyTo(opening[length..]);
            length += piece.Length;
        }
        if (length <= OpeningLength) return opening[..length].TrimEnd().ToString();
        return opening[..OpeningLength].ContainsAnyExcept(DigitsAndDots) ? opening[..OpeningLength].ToString() : Of(block);
    }

    /// <summary>How much of a paragraph <see cref="Opening"/> reads: far more than any real paragraph number.</summary>
    public const int OpeningLength = 16;

    private static readonly System.Buffers.SearchValues<char> DigitsAndDots = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>True when <see cref="Of(ContainerInline)"/> would not be empty, without building the text.</summary>
    public static bool HasText(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = Next(inline, container))
        {
            foreach (var ch in TextOf(inline))
            {
                if (!char.IsWhiteSpace(ch)) return true;
            }
        }
        return false;
    }

    /// <summary>The text one inline adds: a line break is a space; emphasis, links and the like add only their children's.</summary>
    private static ReadOnlySpan<char> TextOf(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.AsSpan(),
        CodeInline code => code.Content.AsSpan(),
        LineBreakInline => " ",
        HtmlEntityInline entity => entity.Transcoded.AsSpan(),
        _ => default,
    };

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
