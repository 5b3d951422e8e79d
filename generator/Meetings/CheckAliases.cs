using System.Collections.Frozen;
using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Meetings;

/// <summary>
/// Checks the papers' old addresses (<c>aliases</c>): each must be free for a redirect page, so not the address of a
/// paper, not a page the site makes itself (a board, year, meeting or listing page), and not another paper's old address.
/// </summary>
public static class CheckAliases
{
    /// <summary>The top folders the site makes its own pages and files in, besides the boards'.</summary>
    private static readonly FrozenSet<string> Reserved = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["assets", "search", "quarters", "wards", "meetings"]);

    public static ImmutableList<Diagnostic> Check(IEnumerable<ReportDocument> documents)
    {
        var all = documents.Where(d => d.Report is not null && d.Url is not null).ToList();
        var papers = new Dictionary<string, ReportDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in all) papers.TryAdd(document.Url!, document);
        var claimed = new Dictionary<string, ReportDocument>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = new List<Diagnostic>();
        foreach (var document in all)
        {
            foreach (var (alias, line) in document.Report!.Aliases)
            {
                string? clash = null;
                if (papers.TryGetValue(alias, out var paper))
                {
                    clash = paper == document ? "this paper's own address" : $"the address of the paper {paper.DisplayPath}";
                }
                else if (IsSitePage(alias)) clash = "an address the site keeps for its own pages and files (under /boards/, an old address must be a paper's: /boards/<board>/<yyyy-mm-dd>/<slug>/)";
                else if (claimed.TryGetValue(alias, out var other))
                {
                    clash = other == document ? "given twice in 'aliases'" : $"already an old address of the paper {other.DisplayPath}";
                }
                else claimed[alias] = document;
                if (clash is not null) diagnostics.Add(Rules.AliasCollision.At(document.DisplayPath, line, 1, alias, clash));
            }
        }
        return [.. diagnostics];
    }

    /// <summary>
    /// An address the site keeps for its own pages and files: the home page, its folders of listing pages, a name with a
    /// dot at the top (the site's files, such as feed.xml), and under boards/ anything but a paper's address
    /// (boards/&lt;board&gt;/&lt;date&gt;/&lt;slug&gt;/): shorter is a board, year or meeting page; longer could be an attachment.
    /// </summary>
    public static bool IsSitePage(string alias)
    {
        var parts = alias.TrimEnd('/').Split('/');
        if (alias.Length <= 1 || Reserved.Contains(parts[0]) || parts[0].Contains('.')) return true;
        return parts[0].Equals("boards", StringComparison.OrdinalIgnoreCase) && parts.Length != 4;
    }
}
