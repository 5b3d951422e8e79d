namespace Committee.Model;

/// <summary>
/// The address the site is published at: <c>base_url</c> in site.yml, or <c>build --base-url</c>. It is written into
/// robots.txt, the sitemap, the feeds and every page's canonical link, so it must be one plain web address (http or
/// https, a host and perhaps a port, a path) and nothing else: a query, a fragment, a password or a second address
/// would be published on every page.
/// </summary>
public static class BaseAddress
{
    private const string Example = "must be a full web address starting https://, such as https://papers.example.gov.uk/.";

    /// <summary>What is wrong with the address, as a message that names it (<paramref name="name"/>: "base_url" or "--base-url"); null when it is fine.</summary>
    public static string? Problem(string value, string name) => Why(value) is { } why ? $"{name} '{value}' {why}" : null;

    private static string? Why(string value)
    {
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return "must be one web address, with no spaces or line breaks.";
        var start = value.StartsWith("https://", StringComparison.Ordinal) ? 8 : value.StartsWith("http://", StringComparison.Ordinal) ? 7 : 0;
        if (start == 0) return Example;
        if (value.Contains('?')) return "must not have a query (the part from '?'): give only the address the site is published at.";
        if (value.Contains('#')) return "must not have a fragment (the part from '#'): give only the address the site is published at.";
        var slash = value.IndexOf('/', start);
        var authority = slash < 0 ? value[start..] : value[start..slash];
        var path = slash < 0 ? "/" : value[slash..];
        if (authority.Contains('@')) return "must not hold a user name or password (the part before '@').";
        if (authority.Length == 0
            || !authority.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']')
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return Example;
        }
        if (path.Contains("://", StringComparison.Ordinal)) return "holds a second web address in its path: give only the address the site is published at.";
        if (!path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or '%') || !PercentsAreEscapes(path))
        {
            return "may hold only letters, digits and '/', '-', '.', '_' and '~' in its path (or a %-escape such as %20).";
        }
        if (path.Split('/').Any(folder => folder is "." or "..")) return "must not have '.' or '..' folders in its path.";
        return null;
    }

    private static bool PercentsAreEscapes(string path)
    {
        for (var i = path.IndexOf('%'); i >= 0; i = path.IndexOf('%', i + 1))
        {
            if (i + 2 >= path.Length || !char.IsAsciiHexDigit(path[i + 1]) || !char.IsAsciiHexDigit(path[i + 2])) return false;
        }
        return true;
    }
}
