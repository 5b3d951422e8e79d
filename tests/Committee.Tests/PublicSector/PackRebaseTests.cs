using System.Text.RegularExpressions;
using Committee.Render.Listings;
using CsCheck;

namespace Committee.Tests.PublicSector;

/// <summary>
/// A paper's body as its agenda pack holds it is rebased over its UTF-8 bytes (<see cref="PackBody"/>); these check it
/// against the rules written as regular expressions over text, on bodies made of the pieces that matter.
/// </summary>
public sealed partial class PackRebaseTests
{
    [GeneratedRegex(@"<(?<close>/?)h(?<level>[2-5])\b")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<attr> (?:id|href)="")(?<hash>#?)(?<value>[^""]*)""")]
    private static partial Regex IdOrLink();

    [GeneratedRegex(@" (?:id|href)=""[^""]*<")]
    private static partial Regex TagInValue();

    /// <summary>The rules as text: headings down a level, ids and links within the paper prefixed, relative links made whole.</summary>
    private static string Expected(string html, string id, string paperUrl)
    {
        html = Heading().Replace(html, m => $"<{m.Groups["close"].Value}h{int.Parse(m.Groups["level"].Value) + 1}");
        return IdOrLink().Replace(html, m =>
        {
            var (attr, hash, value) = (m.Groups["attr"].Value, m.Groups["hash"].Value, m.Groups["value"].Value);
            if (attr.StartsWith(" id", StringComparison.Ordinal)) return $"{attr}{hash}{id}-{value}\"";
            if (hash.Length > 0) return $"{attr}#{id}-{value}\"";
            if (value.StartsWith('/') || value.Contains(':', StringComparison.Ordinal)) return m.Value;
            return $"{attr}{paperUrl}{value}\"";
        });
    }

    private static readonly string[] Pieces =
    [
        "<h2", "</h2>", "<h3 ", "</h5>", "<h6>", "<h1>", "<h4x", "<hr>", "<h", "</h", "<h5", " id=\"", " href=\"", "href=\"", " id=", "data-id=\"",
        "#", "\"", "/", "a.pdf", "https://x.example/", "é", "£5", "→", " ", ">", "<p>", "=", "x", "2", "_",
    ];

    [Fact]
    public void The_rebased_body_is_what_the_rules_written_over_text_make()
    {
        // Rendered HTML escapes < in attribute values, so a tag never starts inside one (the rules over text would rebase it).
        Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Pieces[i])))
            .Where(html => !TagInValue().IsMatch(html))
            .Sample(html => Assert.Equal(Expected(html, "paper-p", "/boards/x/p/"), PackPages.Rebase(html, "paper-p", "/boards/x/p/")), iter: 3000, seed: "0N0XIzNsQ0O2");
    }
}
