using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// The labels a paper's cover may use for each front-matter field, as councils' templates write them
/// ("REPORT TO:", "Meeting of:", "To:", "Decision maker"; "DATE:", "Date of Meeting"; "SUBJECT:",
/// "Report Title" …), with or without a colon, followed by the value on the same line (after a colon, a
/// tab, two spaces or one space) or on the next. A council with its own template adds labels in
/// site-src/site.yml (<c>import: labels:</c>), not code.
/// </summary>
public sealed partial class CoverLabels
{
    /// <summary>The built-in synonyms, field by field. Figures for which layouts they cover are in docs/import.md.</summary>
    public static readonly IReadOnlyDictionary<HeaderField, string[]> BuiltIn = new Dictionary<HeaderField, string[]>
    {
        [HeaderField.Board] = ["report to", "meeting", "meeting of", "committee", "board", "to", "to the", "decision maker", "decision taker", "name of committee", "submitted to", "report for", "meeting/date", "forum", "panel"],
        [HeaderField.Date] = ["date", "date of meeting", "meeting date", "date of decision", "committee date", "date of committee", "on"],
        [HeaderField.Officer] = ["reporting officer", "advising officer", "lead officer", "lead officer(s)", "lead officers", "report owner", "report author", "author", "responsible officer", "lead director", "report authorised by", "officer"],
        [HeaderField.ReportOf] = ["report of", "report by", "from", "submitted by", "report from", "presented by", "cyflwynwyd gan"],
        [HeaderField.Portfolio] = ["portfolio", "cabinet portfolio", "executive portfolio", "portfolio area"],
        [HeaderField.Title] = ["subject", "title", "report title", "title of report", "title/subject matter", "subject matter", "report subject", "report name", "subject of decision", "proposal"],
        [HeaderField.Wards] = ["wards", "ward", "ward(s)", "wards affected", "wards(s) affected", "ward(s) affected", "ward affected", "electoral divisions affected", "electoral division(s) affected", "divisions affected", "division(s)", "ward(s)/division(s) affected", "wards/areas affected", "areas affected", "ward(s) to which report relate(s)", "ward(s) to which report relates", "wards to which report relates"],
        [HeaderField.Contact] = ["contact officer", "contact", "contact details", "contact for enquiries", "officer contact", "for further information contact", "report contact", "contact point", "contact officer, telephone number and email", "contact officer, telephone and email"],
        [HeaderField.Summary] = ["summary", "executive summary", "report summary", "summary of report"],
        [HeaderField.Access] = ["public/exempt", "public / exempt", "exempt/public", "classification", "exempt", "public or private", "public/private", "open/exempt", "exempt information", "confidential/exempt", "confidential / non confidential", "confidential/non confidential", "confidential / non-confidential", "confidential/non-confidential"],
        [HeaderField.Item] = ["agenda item", "agenda item no", "agenda item no.", "agenda item number", "item", "item no", "item no.", "item number"],
        [HeaderField.NoField] = ["function of", "key decision", "key decision?", "is this a key decision", "is key decision?", "forward plan", "forward plan reference", "forward plan reference number", "decision no", "decision number", "report no", "report number", "reference", "reference number", "ref", "site information received", "planning area", "location", "plan no's", "plan nos", "case number", "case no", "signed", "signature", "tel", "tel no", "tele no", "telephone", "telephone no", "telephone number", "email", "e-mail", "portfolio holder", "cabinet member", "cabinet member(s)", "lead member", "background documents", "assessment of risk", "source of funding", "the source of funding is", "key council policies", "legal advice obtained", "financial advice obtained", "applicant", "agent", "local councillor", "local councillors", "local member", "local members", "application no", "application number", "time", "venue", "link",
            "decision status", "subject to call-in", "subject to call in", "is subject to call in?", "publication date", "effective from", "decided at meeting", "decision to take effect at end of", "conflict of interest", "dispensation granted", "attachments"],
    };

    private readonly (string Label, HeaderField Field)[] labels;

    public CoverLabels(IEnumerable<(string Label, HeaderField Field)>? extra = null)
    {
        // Longest first, so "DATE OF MEETING" wins over "DATE"; a council's own labels win over the built-in ones.
        var all = (extra ?? []).Select(e => (Label: Normalise(e.Label), e.Field))
            .Concat(BuiltIn.SelectMany(pair => pair.Value.Select(label => (Label: label, Field: pair.Key))));
        labels = [.. all.DistinctBy(l => l.Label).OrderByDescending(l => l.Label.Length)];
    }

    public static CoverLabels Default { get; } = new();

    /// <summary>Where a label followed by a colon starts inside a line ("… THE HIGHLAND COUNCIL Committee: Highland Council Date: …").</summary>
    public Regex BeforeLabels => beforeLabels ??= new Regex(
        @"\s+(?=(?:" + string.Join("|", labels.Where(l => l.Label.Length >= 4).Select(l => Regex.Escape(l.Label).Replace(@"\ ", @"\s+"))) + @")\s*:\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private Regex? beforeLabels;

    /// <summary>The field names a council may give labels for in site.yml (<c>import: labels:</c>).</summary>
    public static readonly IReadOnlyDictionary<string, HeaderField> FieldNames = new Dictionary<string, HeaderField>(StringComparer.Ordinal)
    {
        ["board"] = HeaderField.Board, ["date"] = HeaderField.Date, ["title"] = HeaderField.Title, ["officer"] = HeaderField.Officer,
        ["report_of"] = HeaderField.ReportOf, ["contact"] = HeaderField.Contact, ["portfolio"] = HeaderField.Portfolio, ["wards"] = HeaderField.Wards,
        ["summary"] = HeaderField.Summary, ["access"] = HeaderField.Access, ["item"] = HeaderField.Item, ["ignore"] = HeaderField.NoField,
    };

    /// <summary>
    /// The label a line starts with, and its value. <paramref name="inCover"/>: the line is in the cover block,
    /// where a label with a single space before its value ("Report to Cabinet") or alone on its line is a label too.
    /// </summary>
    public (string Label, HeaderField Field, string Value)? Match(string line, bool inCover)
    {
        // "Forward Plan reference number (if applicable):": a label with a note in brackets before its colon.
        if (NotedLabel().Match(line) is { Success: true } noted && Match(noted.Groups["l"].Value + noted.Groups["c"].Value, inCover) is { } plain && plain.Label.Length == noted.Groups["l"].Value.Trim().Length)
        {
            return ($"{plain.Label} ({noted.Groups["n"].Value})", plain.Field, plain.Value);
        }
        foreach (var (label, field) in labels)
        {
            if (line.Length < label.Length || !line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = line[label.Length..];
            var written = line[..label.Length];
            if (rest.Length > 0 && char.IsLetterOrDigit(rest[0]) && char.IsLetterOrDigit(label[^1])) continue; // "Dates", "Meetings"
            var capitals = written.Where(char.IsLetter).All(char.IsUpper);
            // "Ward(s) affected;" alone on its line: a semicolon typed for the colon.
            if (rest.Trim() == ";") rest = ":";
            var colon = Colon().Match(rest);
            // "To the:", "On:": words that begin sentences, labels only with their colon.
            if (!colon.Success && label is "to the" or "on") continue;
            bool separated;
            if (colon.Success) { separated = true; rest = rest[colon.Length..]; }
            else if (rest.Length == 0) separated = inCover || capitals;
            else if (rest[0] == '\t' || rest.StartsWith("  ", StringComparison.Ordinal)) separated = true;
            else if (rest[0] == ' ') separated = capitals || (inCover && SingleSpaceValue(label, rest.TrimStart()));
            else separated = false;
            if (!separated) continue;
            return (written.Trim(), field, CleanText.Plain(rest.Trim().TrimStart(':', ' ', '\t')));
        }
        return null;
    }

    /// <summary>"Report to Cabinet", "Date 4 March 2025": a value that starts like a name or a number, not "Date of the next meeting is".</summary>
    private static bool SingleSpaceValue(string label, string value)
    {
        if (value.Length == 0) return false;
        if (label is "report of" or "report by" or "meeting of" or "from" or "report from" && value.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return true;
        return char.IsUpper(value[0]) || char.IsDigit(value[0]);
    }

    private static string Normalise(string label) => CleanText.Plain(label).TrimEnd(':').Trim().ToLowerInvariant();

    // ": ", " : ", " :-" (an old committee system's decision records), " - " and "–" after a label ("Date – 4 March 2025").
    [GeneratedRegex(@"^\s*(?::-?|[-–—](?=\s))\s*")]
    private static partial Regex Colon();

    [GeneratedRegex(@"^(?<l>[^:()]{3,60}?)\s+\((?<n>[^()]{1,30})\)(?<c>\s*:.*)$")]
    private static partial Regex NotedLabel();
}
