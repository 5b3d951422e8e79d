using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// What a council's committee system (modern.gov, CMIS) puts around a report when its web page is saved as text,
/// as councils' archives often hold them: the page's own words ("Agenda and minutes", "No. Item", a table's bars,
/// "pdf icon PDF 78 KB"), the meeting's heading ("Cabinet - Tuesday, 9th October 2012 10.00 a.m."), the item's
/// number on a line of its own, its title before the file's size, and "To consider the report of the … upon …".
/// </summary>
public static partial class CommitteeSystemPage
{
    /// <summary>A line that is the committee system's page, not the paper: left out and listed.</summary>
    public static bool IsChrome(string text) => Chrome().IsMatch(CleanText.Plain(text));

    /// <summary>A link's file size ("PDF 78 KB", "pdf icon PDF 2 MB"): the line above it is the item's title.</summary>
    public static bool IsFileSize(string text) => FileSize().IsMatch(CleanText.Plain(text));

    /// <summary>
    /// Breaks the lines of a saved page where its cells ran together: around a link's file size ("Title pdf icon PDF 78 KB
    /// Minutes: …"), before the page's own labels ("… consultation. Minutes: Submitted by …"), and a table row's title
    /// before its description ("Poverty Commission This report gives …").
    /// </summary>
    public static ImmutableArray<string> SplitCells(ImmutableArray<string> lines, out bool split)
    {
        var result = ImmutableArray.CreateBuilder<string>(lines.Length);
        var rowStart = false;
        split = false;
        foreach (var line in lines)
        {
            var text = InlineSize().Replace(line, "\n$1\n");
            text = PageLabel().Replace(text, "\n$1$2:\n");
            if (rowStart) text = RowDescription().Replace(text, "\n", 1);
            rowStart = TableHeader().IsMatch(line.Trim()) || (rowStart && CleanText.IsBlank(line));
            var parts = text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count <= 1) { result.Add(line); continue; }
            split = true;
            result.AddRange(parts);
        }
        return result.ToImmutable();
    }

    /// <summary>"Cabinet - Tuesday, 9th October 2012 10.00 a.m.": the board and the date of the meeting the page is about.</summary>
    public static (string Board, string Date)? MeetingHeading(string text) =>
        Heading().Match(text) is { Success: true } m ? (m.Groups["b"].Value.Trim(), m.Groups["d"].Value) : null;

    /// <summary>"Monday, 11th February, 2019 10:00" alone, under the board's name.</summary>
    public static string? BareDate(string text) => Bare().Match(text) is { Success: true } m ? m.Groups["d"].Value : null;

    /// <summary>"To consider the report of the Head of Finance upon the Budget": who reports, and on what (empty when not said).</summary>
    public static (string Of, string Title)? ToConsider(string text) =>
        Consider().Match(text) is { Success: true } m ? (m.Groups["o"].Value.Trim(), m.Groups["t"].Value.Trim()) : null;

    /// <summary>The officer the minutes say presented the report ("The Asset Manager presented a report", "received a report from the …"), not a councillor.</summary>
    public static (string Officer, int Line)? PresentedBy(IReadOnlyList<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (Presenter().Match(CleanText.Plain(lines[i])) is { Success: true } m && !NotAnOfficer().IsMatch(m.Groups["o"].Value)) return (m.Groups["o"].Value.Trim(), i + 1);
        }
        return null;
    }

    /// <summary>"20/01/2026 - Cabinet (Item 9.)": a meeting named after its date, and the item.</summary>
    public static (string Board, int? Item) BoardAfterDate(string rest)
    {
        var item = ItemInBrackets().Match(rest);
        var board = (item.Success ? rest.Remove(item.Index, item.Length) : rest).Trim().TrimStart('-', '–', '—', ',', ':').Trim();
        return (board, item.Success ? int.Parse(item.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>An item's title above its file size: "9. STRATEGIC PLANNING MATTERS", "To consider the report of the … upon …".</summary>
    public static List<HeaderEntry> ItemHeading(string text, int line)
    {
        if (ToConsider(text) is { } consider)
        {
            if (consider.Title.Length == 0) return [new HeaderEntry(HeaderField.ReportOf, "", consider.Of, line)];
            return [new HeaderEntry(HeaderField.ReportOf, "", consider.Of, line), new HeaderEntry(HeaderField.Title, "", consider.Title, line)];
        }
        if (NumberedItem().Match(text) is { Success: true } numbered)
        {
            return [new HeaderEntry(HeaderField.Item, "", numbered.Groups["n"].Value, line), new HeaderEntry(HeaderField.Title, "", numbered.Groups["t"].Value.Trim(), line)];
        }
        return [new HeaderEntry(HeaderField.Title, "", text, line)];
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\.?\s+(?<t>\S.*)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?:agenda(?:,?\s+(?:decisions\s+)?and\s+(?:draft\s+)?minutes|\s+and\s+decisions)?|issue\s+-\s+(?:meetings|decisions)|decision\s+details|meeting\s+documents|items|no\.?\s*\|?\s*item\b[\s|]*|-{3}\|[-|\s]*|\|[\s|]*|media|(?:additional|supporting|accompanying)\s+documents:?|view\s+directions|council\s+and\s+democracy|home\s+>.*|(?:pdf\s+e?icon\s+)?(?:pdf|doc|docx)\s+\d+(?:\.\d+)?\s*[kmg]b"
        // A document site's and an old committee system's own words: "advertisement", "Download", "Document 12928366",
        // the logo's "… Home Page", "… Committee System - Committee Document".
        + @"|advertisement|download|transcription|document\s+\d{4,}|(?:[\w' ]+\s)?home\s+page(?:\s[\w' ]+\shome\s+page)?|[\w' ]+\scommittee\s+system\s+-\s+committee\s+document)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"^(?:pdf\s+e?icon\s+)?(?:pdf|doc|docx)\s+\d+(?:\.\d+)?\s*[kmg]b$", RegexOptions.IgnoreCase)]
    private static partial Regex FileSize();

    [GeneratedRegex(@"\s*\b((?:pdf\s+e?icon\s+)?(?:PDF|DOC|DOCX)\s+\d+(?:\.\d+)?\s*[KMG]B)\b\s*")]
    private static partial Regex InlineSize();

    // "Minutes:" and "Decision:" run into the sentence before (not "Key Decision: Yes") or the text after; "Additional documents:" anywhere.
    [GeneratedRegex(@"(?:(?<=[.!?|])\s+|^\s*)(Minutes|Decision):(?:\s+|$)|\s*\b(Additional documents):\s*")]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"^-{3}\|")]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"(?<=^[A-Z][\w'’,&/() -]{2,80}?)\s+(?=(?:This report|To consider|To receive|To note|To approve)\b)")]
    private static partial Regex RowDescription();

    private const string Weekday = @"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?";
    private const string Date = @"(?<d>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})";
    private const string Time = @"(?:,?\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?(?:,?\s+cancelled)?";

    [GeneratedRegex(@"^(?<b>[^:]{3,80}?)\s+[-–—]\s+" + Weekday + Date + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex("^" + Weekday + Date + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^to\s+(?:consider|receive|note)\s+(?:a|the)\s+(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?(?<o>.+?)(?:\s+(?:upon|on|regarding|concerning|about)\s+(?:the\s+)?(?<t>.+?))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Consider();

    // An officer's title: capitalised words, with "of", "for", "and" between ("Interim Head of Finance").
    private const string OfficerTitle = @"(?<o>[A-Z][\w&'’-]*(?:,?\s+(?:of|for|and|&|[A-Z][\w&'’()-]*))*?)";
    private const string OfficerTitleToEnd = @"(?<o>[A-Z][\w&'’-]*(?:,?\s+(?:of|for|and|&|[A-Z][\w&'’()-]*))*)";

    [GeneratedRegex(@"\b[Tt]he\s+" + OfficerTitle + @"\s+(?:presented|submitted|introduced)\s+(?:a|the|his|her|their)\s+(?:joint\s+)?report\b|\breceived\s+a\s+report\s+(?:from|of|by)\s+the\s+" + OfficerTitleToEnd + @"[.,;]?(?:\s|$)")]
    private static partial Regex Presenter();

    [GeneratedRegex(@"^(?:Chair|Chairman|Vice|Leader|Deputy Leader|Mayor|Cabinet|Portfolio|Executive Member|Lead Member|Committee|Council|Board|Panel|Task)\b|\b(?:Committee|Council|Board|Panel|Group|Cabinet|Commission)$")]
    private static partial Regex NotAnOfficer();

    [GeneratedRegex(@"\(\s*item\s+(?<n>\d{1,3})\.?:?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemInBrackets();
}
