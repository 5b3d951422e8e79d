using System.Text;
using System.Text.RegularExpressions;

namespace Committee.Render;

/// <summary>
/// Puts each table of a rendered body in a box that scrolls sideways on a narrow screen (WCAG 1.4.10), named after
/// the nearest heading before it, so a screen reader's list of regions says "Supporting information: table" rather
/// than "Table" again and again; keyboard users can focus the box to scroll it. A table too wide for a phone
/// (<see cref="CueFromColumns"/> columns or more) gets a visible "scroll sideways" cue above it, shown on narrow
/// screens only. The body's own HTML is escaped, so only Markdown's tables match.
/// </summary>
public static partial class TableRegions
{
    /// <summary>From this many columns a table is wider than a 320-pixel screen, whatever it holds.</summary>
    public const int CueFromColumns = 4;

    [GeneratedRegex(@"<h[2-6][^>]*>(?<text>.*?)</h[2-6]>|<table>(?<table>.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex HeadingOrTable();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<th[ >]")]
    private static partial Regex HeaderCell();

    /// <param name="words">The site's wording: <c>table_name</c>, <c>table_name_numbered</c> and <c>table_scroll_cue</c>.</param>
    public static string Wrap(string html, Words words)
    {
        if (!html.Contains("<table>", StringComparison.Ordinal)) return html;
        var heading = "";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new StringBuilder(html.Length + 512);
        var at = 0;
        foreach (Match match in HeadingOrTable().Matches(html))
        {
            if (!match.Groups["table"].Success)
            {
                // Already escaped text from the renderer: safe in an attribute, quotes included (&quot;).
                heading = Tag().Replace(match.Groups["text"].Value, "").Trim();
                continue;
            }
            result.Append(html, at, match.Index - at);
            var number = counts[heading] = counts.GetValueOrDefault(heading) + 1;
            var name = heading.Length == 0 ? words["table_name", ("heading", words["table_unnamed"])]
                : number == 1 ? words["table_name", ("heading", heading)]
                : words["table_name_numbered", ("heading", heading), ("number", number.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            var head = match.Groups["table"].Value;
            var firstRow = head.IndexOf("</tr>", StringComparison.Ordinal) is var end and > 0 ? head[..end] : head;
            if (HeaderCell().Count(firstRow) >= CueFromColumns)
            {
                result.Append("<p class=\"table-cue govuk-body-s\" aria-hidden=\"true\">").Append(System.Net.WebUtility.HtmlEncode(words["table_scroll_cue"])).Append("</p>");
            }
            result.Append("<div class=\"report__table\" role=\"region\" aria-label=\"").Append(name.Replace("\"", "&quot;", StringComparison.Ordinal))
                .Append("\" tabindex=\"0\">").Append(match.Value).Append("</div>");
            at = match.Index + match.Length;
        }
        return result.Append(html, at, html.Length - at).ToString();
    }
}
