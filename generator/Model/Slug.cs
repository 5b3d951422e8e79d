using System.Globalization;
using System.Text;

namespace Committee.Model;

/// <summary>Lower-case ASCII words joined by hyphens, for addresses and ids ("Tŷ Gwyn &amp; Dock" → "ty-gwyn-and-dock").</summary>
public static class Slug
{
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
}
