using System.Net;
using System.Text.RegularExpressions;

namespace Committee.Tests.Archive;

/// <summary>
/// Just enough HTML reading for the archive tests. The pages come from the project's own templates, which
/// always double-quote attributes, so a tag-and-attribute scanner is enough; values are entity-decoded.
/// </summary>
public static partial class Html
{
    public sealed record Tag(string Name, IReadOnlyDictionary<string, string> Attributes, int Index)
    {
        public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);
        public bool HasClass(string name) => this["class"]?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name) == true;
    }

    /// <summary>Every start tag, in document order.</summary>
    public static IEnumerable<Tag> Tags(string html, string? name = null)
    {
        foreach (Match m in StartTag().Matches(html))
        {
            var tagName = m.Groups[1].Value.ToLowerInvariant();
            if (name is not null && tagName != name) continue;
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match a in Attribute().Matches(m.Groups[2].Value))
            {
                attributes.TryAdd(a.Groups[1].Value, WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value));
            }
            yield return new Tag(tagName, attributes, m.Index);
        }
    }

    /// <summary>The text of the first element of a name, tags removed and entities decoded; null when there is none.</summary>
    public static string? Text(string html, string element)
    {
        var m = Regex.Match(html, $@"<{element}\b[^>]*>(.*?)</{element}>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return m.Success ? Plain(m.Groups[1].Value) : null;
    }

    /// <summary>Markup to text: tags dropped, entities decoded, white space collapsed.</summary>
    public static string Plain(string markup) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(markup, "<[^>]*>", "")), @"\s+", " ").Trim();

    /// <summary>What is inside &lt;main&gt;: the page's own content, without header, navigation and footer.</summary>
    public static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The page has no <main> element.");
        return html[start..end];
    }

    /// <summary>The hrefs of the paper titles in listings (links with class paper-list__title), in order.</summary>
    public static List<string> PaperLinks(string html) =>
        [.. Tags(html, "a").Where(t => t.HasClass("paper-list__title")).Select(t => t["href"]!)];

    /// <summary>Every id in the page.</summary>
    public static HashSet<string> Ids(string html) =>
        [.. Tags(html).Select(t => t["id"]).OfType<string>()];

    [GeneratedRegex(@"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+))?)*)\s*/?>", RegexOptions.Singleline)]
    private static partial Regex StartTag();

    /// <summary>Groups: 1 the name, 2 a double-quoted value, 3 a single-quoted value, 4 a bare value.</summary>
    [GeneratedRegex(@"([^\s=>/]+)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+)))?", RegexOptions.Singleline)]
    private static partial Regex Attribute();
}
