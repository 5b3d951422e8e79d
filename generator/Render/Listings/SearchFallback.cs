namespace Committee.Render.Listings;

/// <summary>A field the council's site search needs besides the words (<c>?site=papers&amp;q={query}</c>: <c>site</c>).</summary>
public sealed record SearchFallbackField(string Name, string Value);

/// <summary>
/// The council's own site search (<c>search_fallback_url</c>), as the search page's form for readers without
/// JavaScript: the address it is sent to, the name of the field for the words, and any fixed fields.
/// </summary>
public sealed record SearchFallback(string Action, string QueryName, IReadOnlyList<SearchFallbackField> Fields)
{
    /// <summary>No site search to offer (the template tests <c>fallback.action != ""</c>).</summary>
    public static SearchFallback None { get; } = new("", "", []);

    /// <summary>The form for an address such as <c>https://www.example.gov.uk/search?q={query}</c>, or null when the
    /// address is not an http(s) address with exactly one field whose value is <c>{query}</c>.</summary>
    public static SearchFallback? Of(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return null;
        var fields = new List<SearchFallbackField>();
        string? queryName = null;
        var query = url.IndexOf('?') is var mark and >= 0 ? url[(mark + 1)..].Split('#')[0] : "";
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (value == "{query}")
            {
                if (queryName is not null) return null;
                queryName = name;
            }
            else fields.Add(new SearchFallbackField(name, value));
        }
        return queryName is null ? null : new SearchFallback(uri.GetLeftPart(UriPartial.Path), queryName, fields);
    }
}
