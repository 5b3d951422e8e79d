using System.Text.RegularExpressions;
using Committee.Model;

namespace Committee.Import;

/// <summary>
/// The wards line of a cover: "Boroughwide", "Borough wide", "All" (and the like) mean every ward; named
/// wards are matched to the ward ids in site-src/site.yml by name, ignoring case and punctuation.
/// </summary>
public static partial class ReadWards
{
    private static readonly HashSet<string> Everywhere = new(StringComparer.Ordinal)
    {
        "all", "all wards", "boroughwide", "borough wide", "whole borough", "the whole borough", "countywide", "county wide",
        "citywide", "city wide", "districtwide", "district wide", "all wards in the borough", "none specific", "not ward specific",
    };

    [GeneratedRegex(@"\s*(?:,|;|/|&|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    /// <summary>"all", or the ward ids; names that match no ward come back in <c>Unknown</c> (written as ids so validate can suggest one).</summary>
    public static (bool All, IReadOnlyList<string> Ids, IReadOnlyList<string> Unknown) Read(string value, IReadOnlyList<Ward> wards)
    {
        var key = SectionTitle.Normalise(value);
        if (Everywhere.Contains(key)) return (true, [], []);
        // A ward whose own name holds a separator ("St Anne's and Priory") is tried whole first.
        var whole = Find(value, wards);
        if (whole is not null) return (false, [whole.Id], []);
        var ids = new List<string>();
        var unknown = new List<string>();
        foreach (var part in Separator().Split(value).Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0))
        {
            var ward = Find(part, wards);
            if (ward is not null) { if (!ids.Contains(ward.Id)) ids.Add(ward.Id); }
            else unknown.Add(part);
        }
        return (false, ids, unknown);
    }

    private static Ward? Find(string name, IReadOnlyList<Ward> wards)
    {
        var bare = Regex.Replace(name, @"\s+ward$", "", RegexOptions.IgnoreCase);
        var key = SectionTitle.Normalise(bare);
        var slug = Slug.From(bare);
        return wards.FirstOrDefault(w => SectionTitle.Normalise(w.Name) == key || w.Id == slug || Slug.From(w.Name) == slug);
    }
}
