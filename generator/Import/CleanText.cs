using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>Undoes what text extraction does to a paper: stray **, runs of tabs and spaces, non-breaking spaces.</summary>
public static partial class CleanText
{
    [GeneratedRegex(@"[ \t\u00A0\u2007\u202F]+")]
    private static partial Regex Spaces();

    /// <summary>A heading or header value: no ** at all, single spaces.</summary>
    public static string Plain(string text) => Spaces().Replace(text.Replace("**", ""), " ").Trim();

    /// <summary>
    /// A line of body text: single spaces, and ** kept only where it pairs up into bold; an odd one
    /// ("report;**", left by the extraction) means the marks are noise and all of them go.
    /// </summary>
    public static string Body(string text)
    {
        var line = Spaces().Replace(text, " ").Trim();
        var marks = Regex.Count(line, @"\*\*");
        if (marks % 2 == 1) line = line.Replace("**", "");
        line = line.Replace("****", "");
        return line.Trim();
    }

    /// <summary>A contact's name and post without its telephone number and email: "Duncan Ellis (Head of Assets), 01263 516330, d.ellis@…".</summary>
    public static string WithoutContactDetails(string text)
    {
        var name = ContactDetails().Replace(text, " ");
        name = Regex.Replace(Spaces().Replace(name, " "), @"(?:\s*[,;:]\s*)+$|\(\s*\)", "").Trim().TrimEnd(',', ';', ':').Trim();
        return name.Length > 0 ? name : text;
    }

    // An email address, "Tel: 01263 516330", "(x3839)", "01983 823801", "020 7926 5555".
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:tel(?:ephone)?|ext(?:ension)?)\.?\s*:?\s*\+?\d[\d ()-]{3,}\d|\(x\s*\d{3,5}\)|\(?\b0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|[☎✆]", RegexOptions.IgnoreCase)]
    private static partial Regex ContactDetails();

    /// <summary>True when a line has nothing a reader would see (blank, or only formatting marks).</summary>
    public static bool IsBlank(string text) => !text.Any(char.IsLetterOrDigit);

    /// <summary>True when every letter is a capital and there are a few of them: "CORPORATE IMPLICATIONS".</summary>
    public static bool IsCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.All(char.IsUpper);
    }
}
