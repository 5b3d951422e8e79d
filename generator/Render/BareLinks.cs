using System.Text.RegularExpressions;

namespace Committee.Render;

/// <summary>
/// Marks a link whose text is its own address (<c>&lt;https://…&gt;</c> in Markdown): printed, it already reads as the
/// address, so print.css does not write it out a second time after it.
/// </summary>
public static partial class BareLinks
{
    [GeneratedRegex("""<a href="(?<url>[^"]+)">\k<url></a>""")]
    private static partial Regex Bare();

    public static string Mark(string html) => html.Contains("<a href=", StringComparison.Ordinal)
        ? Bare().Replace(html, m => $"<a class=\"link-bare\" href=\"{m.Groups["url"].Value}\">{m.Groups["url"].Value}</a>")
        : html;
}
