using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Committee.Render;

/// <summary>
/// The body of a page, made by a template (<c>report.liquid</c>, a listing's template), for the layout's
/// <c>{{ content }}</c>: HTML the templates already encoded, so it is written into the page as it is, never encoded
/// again. A listing's body is rendered straight into the page's writer when the layout reaches it, not first into a
/// string: a large archive's listing bodies are large, and such a string (two bytes a character) went to the large
/// object heap, which is only collected with the whole heap, so each was fresh memory. A layout that still says
/// <c>{{ content | raw }}</c> gets the same text, by way of a string.
/// </summary>
public sealed class PageContent : FluidValue
{
    private readonly string? html;
    private readonly Action<TextWriter>? write;

    private PageContent(string? html, Action<TextWriter>? write) => (this.html, this.write) = (html, write);

    /// <summary>A body already made.</summary>
    public static implicit operator PageContent(string html) => new(html, null);

    /// <summary>A body written into the page's writer when the layout reaches it (a template rendered into it).</summary>
    public static PageContent Written(Action<TextWriter> write) => new(null, write);

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is not null && ToStringValue() == other.ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override object ToObjectValue() => ToStringValue();

    public override string ToStringValue()
    {
        if (html is not null) return html;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write!(text);
        return text.ToString();
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (html is not null) writer.Write(html);
        else write!(writer);
        return ValueTask.CompletedTask;
    }

    [Obsolete("Fluid's synchronous write; WriteToAsync is the one it calls.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => WriteToAsync(writer, encoder, cultureInfo);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
