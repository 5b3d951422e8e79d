using System.Globalization;
using System.Text.RegularExpressions;

namespace Committee.Model;

/// <summary>
/// The number a paragraph starts with, "3.2 The council…" → (3, 2). One definition for the validator and
/// the renderer: a figure such as "2.5% of calls" or a sub-paragraph "3.2.1" is not a paragraph number.
/// Only ASCII digits, at most <see cref="MaxDigits"/> of them in each part: "٣.٢" (Arabic-Indic digits) or
/// "3.14159265" is text, never a number that could not be read or would overflow.
/// </summary>
public static partial class ParagraphNumber
{
    /// <summary>More digits than any paper numbers its paragraphs with, and few enough to be an <see cref="int"/>.</summary>
    public const int MaxDigits = 6;

    [GeneratedRegex(@"^(?<major>[0-9]{1,6})\.(?<minor>[0-9]{1,6})(?=\.?(?:\s|$))")]
    private static partial Regex Pattern();

    /// <summary>The number as written ("3.2"), with its parts; null when the text does not start with one.</summary>
    public static (string Written, int Major, int Minor)? Of(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success) return null;
        return (match.Value,
            int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture));
    }
}
