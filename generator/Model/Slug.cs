using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Committee.Model;

/// <summary>Lower-case ASCII words joined by hyphens, for addresses and ids ("Tŷ Gwyn &amp; Dock" → "ty-gwyn-and-dock").</summary>
public static partial class Slug
{
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex IdPattern();

    /// <summary>
    /// Whether an id (a ward's, or a board's file name) is lower-case ASCII words joined by single hyphens. Ids make
    /// addresses (<c>wards/&lt;id&gt;/</c>, <c>boards/&lt;id&gt;/</c>): a '..', a slash, a space or a quote would write over
    /// other pages or break links.
    /// </summary>
    public static bool IsId(string id) => IdPattern().IsMatch(id);

    public static string From(string text, string fallback = "section")
    {
        var slug = new StringBuilder(text.Length);
        foreach (var ch in text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(ch);
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '\u2019') continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? fallback : result;
    }

    /// <summary>A slug for a file name: the title's words, cut at a word boundary so paths stay manageable.</summary>
    public static string ForFileName(string title, string fallback, int maxLength = 60)
    {
        var slug = From(title, fallback);
        if (slug.Length <= maxLength) return slug;
        var cut = slug.LastIndexOf('-', maxLength);
        return slug[..(cut > 20 ? cut : maxLength)].Trim('-');
    }
}
