using System.Globalization;
using System.Text;

namespace Committee.Render;

/// <summary>
/// The part of a page's print style that depends on the page: the running header (the council's name on the left, what
/// the page is on the right: "Agenda item 7a") in <c>@page</c> margin boxes, and the site's address before a link's
/// own, so a printed link reads as a full address. The rest is in <c>site-src/assets/print.css</c>.
/// </summary>
public static class PrintStyle
{
    /// <param name="pageUrl">The page's own full address: relative links (an attachment beside the paper) start from it.</param>
    /// <param name="heading">The running header's right-hand side, or "".</param>
    public static string Of(SiteView site, string pageUrl, string heading)
    {
        var origin = Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
        var folder = pageUrl.EndsWith('/') ? pageUrl : pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        return $"@page {{ @top-left {{ content: {Css(site.Council)}; }} @top-right {{ content: {Css(heading)}; }} }}\n"
            + $".print-links a[href^=\"/\"]::after {{ content: \" (\" {Css(origin)} attr(href) \")\" !important; }}\n"
            + $".print-links a:not([href^=\"/\"]):not([href^=\"#\"]):not([href*=\":\"])::after {{ content: \" (\" {Css(folder)} attr(href) \")\" !important; }}";
    }

    /// <summary>
    /// A CSS string: letters, digits and spaces as they are, anything else as a hexadecimal escape. So nothing in a
    /// council's name or an address can end the string or the style element (<c>&lt;/style&gt;</c>) or be read as HTML.
    /// </summary>
    public static string Css(string text)
    {
        var css = new StringBuilder(text.Length + 8).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' ')) css.Append((char)rune.Value);
            else css.Append('\\').Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
        }
        return css.Append('"').ToString();
    }
}
