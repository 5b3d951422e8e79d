using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>
/// The cover lines a paper writes without labels: "Agenda Item No. 8", "CABINET: 22ND SEPTEMBER, 2014",
/// "Report of the Director to the Cabinet on 5 March 2009", "Part 1 (Open to the public)", an officer's post
/// under the title ("HEAD OF SELECT COMMITTEE SUPPORT"), and a committee's name alone above the title.
/// </summary>
public static partial class ParseHeaderBlock
{
    /// <summary>Cover lines with no label: "Agenda Item No. 8", "CABINET: 22ND SEPTEMBER, 2014", "Cabinet – 4 March 2025".</summary>
    private static List<HeaderEntry> Unlabelled(string text, int line, int firstLine, bool titled)
    {
        // "1 Planning and Regulatory Committee 15 July": the page's number, the committee, and its meeting's day.
        if (CommitteeDay().Match(text) is { Success: true } day) return [new HeaderEntry(HeaderField.Board, "", day.Groups["b"].Value, line), new HeaderEntry(HeaderField.Date, "", day.Groups["d"].Value, line)];
        // A committee system's item heading on the first line: "14. Appeals Progress Report", "71 Appeals Progress Report PDF 898 KB".
        if (line == firstLine && ItemTitle().Match(text) is { Success: true } itemTitle && !CleanText.IsCapitals(itemTitle.Groups["t"].Value) && !itemTitle.Groups["t"].Value.Contains("council", StringComparison.OrdinalIgnoreCase))
        {
            List<HeaderEntry> found = [new HeaderEntry(HeaderField.Item, "", itemTitle.Groups["n"].Value, line), new HeaderEntry(HeaderField.Title, "", itemTitle.Groups["t"].Value.Trim(), line)];
            if (itemTitle.Groups["size"].Success) found.Add(new HeaderEntry(HeaderField.NoField, "", itemTitle.Groups["size"].Value, line));
            return found;
        }
        if (AgendaItem().Match(text) is { Success: true } item) return [new HeaderEntry(HeaderField.Item, "Agenda Item", item.Groups["n"].Value, line)];
        // "REPORT OF THE DIRECTOR OF DEVELOPMENT SERVICES TO THE Regulatory Panel ON Thursday, 19 November, 2009".
        if (ReportToOn().Match(text) is { Success: true } toOn && ReadMeetingDate.Find(toOn.Groups["d"].Value) is not null)
        {
            return [new HeaderEntry(HeaderField.ReportOf, "", toOn.Groups["of"].Value.Trim(), line), new HeaderEntry(HeaderField.Board, "", toOn.Groups["b"].Value.Trim(), line),
                new HeaderEntry(HeaderField.Date, "", toOn.Groups["d"].Value.Trim(), line)];
        }
        // "Executive        on        4th October 2005": a table's row naming the meeting.
        if (BoardOnDate().Match(text) is { Success: true } onDate && (CommitteeName().IsMatch(onDate.Groups["b"].Value) || BoardWord().IsMatch(onDate.Groups["b"].Value))
            && ReadMeetingDate.Find(onDate.Groups["d"].Value) is { } onDay && onDay.Length >= onDate.Groups["d"].Value.Trim().Length - 2)
        {
            return [new HeaderEntry(HeaderField.Board, "", onDate.Groups["b"].Value, line), new HeaderEntry(HeaderField.Date, "", onDate.Groups["d"].Value.Trim(), line)];
        }
        // "Part 1 (Open to the public)": the paper's access, as Part 1 and Part 2 of an agenda say it.
        if (AgendaPart().Match(text) is { Success: true } part)
        {
            // Run on into the rest of the cover when the line breaks were lost: "Part 1 (Open to the public) ITEM NO. REPORT OF …".
            List<HeaderEntry> found = [new HeaderEntry(HeaderField.Access, "", part.Value.Trim(), line)];
            var rest = text[part.Length..].Trim();
            if (ItemNo().Match(rest) is { Success: true } itemNo)
            {
                found.Add(new HeaderEntry(HeaderField.Item, itemNo.Value.Trim(), "", line));
                rest = rest[itemNo.Length..].Trim();
            }
            // "PART I - DELEGATED": the part with a note; the line is listed whole.
            if (rest.StartsWith('-') || rest.StartsWith('–')) return [.. found, new HeaderEntry(HeaderField.NoField, "", text, line)];
            return rest.Length == 0 ? found : [.. found, .. Unlabelled(rest, line, -1, titled) is { Count: > 0 } more ? more : [new HeaderEntry(HeaderField.NoField, "", rest, line)]];
        }
        // An officer's post on a line of its own under the title: who the report is of.
        if (titled && OfficerPost().IsMatch(text) && !text.Contains(':') && text.Split(' ').Length <= 12) return [new HeaderEntry(HeaderField.ReportOf, "", text, line)];
        if (CommitteeSystemPage.MeetingHeading(text) is { } heading) return [new HeaderEntry(HeaderField.Board, "", heading.Board, line), new HeaderEntry(HeaderField.Date, "", heading.Date, line)];
        // "To consider a report of the Deputy Chief Executive.": who reports, and on what when it says.
        if (CommitteeSystemPage.ToConsider(text) is not null) return CommitteeSystemPage.ItemHeading(text, line);
        if (BoardAndDate().Match(text) is { Success: true } meeting && ReadMeetingDate.Find(meeting.Groups["d"].Value) is { } date
            && date.Length >= meeting.Groups["d"].Value.Trim().TrimEnd('.').Length - 12 && !meeting.Groups["b"].Value.Contains("date", StringComparison.OrdinalIgnoreCase))
        {
            return [new HeaderEntry(HeaderField.Board, "", meeting.Groups["b"].Value.Trim(), line), new HeaderEntry(HeaderField.Date, "", meeting.Groups["d"].Value.Trim(), line)];
        }
        return [];
    }

    /// <summary>"To: Cabinet – 4 March 2025", "Meeting/Date: Cabinet, 7 September 2015": the board and the date in one value.</summary>
    private static List<HeaderEntry> SplitBoardAndDate(List<HeaderEntry> entries)
    {
        var board = entries.FindIndex(e => e.Field == HeaderField.Board && e.Value.Length > 0);
        if (board < 0 || entries.Any(e => e.Field == HeaderField.Date && e.Value.Length > 0)) return entries;
        var value = entries[board].Value;
        if (ReadMeetingDate.Find(value) is not { } date) return entries;
        if (date.Index == 0)
        {
            // "Meeting: 20/01/2026 - Cabinet (Item 9.)", as modern.gov heads an issue's page.
            var (named, number) = CommitteeSystemPage.BoardAfterDate(value[date.Length..]);
            if (named.Length == 0) return entries;
            var dated = new List<HeaderEntry>(entries);
            dated[board] = entries[board] with { Value = named };
            dated.Insert(board + 1, new HeaderEntry(HeaderField.Date, entries[board].Label, value[..date.Length], entries[board].Line));
            if (number is { } n) dated.Insert(board + 2, new HeaderEntry(HeaderField.Item, entries[board].Label, n.ToString(System.Globalization.CultureInfo.InvariantCulture), entries[board].Line));
            return dated;
        }
        var name = value[..date.Index].Trim().TrimEnd('-', '–', '—', ',', ':', ';').Trim();
        // "Monday," before the date is the day, not the board.
        name = Regex.Replace(name, @"[\s,–-]*(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*$", "", RegexOptions.IgnoreCase).Trim().TrimEnd('-', '–', ',').Trim();
        // "COMMITTEE REPORT Planning Committee on 13 January, 2016": the document's kind before the board.
        name = Regex.Replace(name, @"(?i:^(?:committee\s+)?report\s+)(?=[A-Z])", "");
        // "Meeting of the Executive held on 11/07/2006": the board is "Executive".
        name = Regex.Replace(Regex.Replace(name, @"\s+(?:(?:meeting\s+)?held\s+)?on$", "", RegexOptions.IgnoreCase), @"^the\s+", "", RegexOptions.IgnoreCase).Trim();
        if (name.Length == 0) return entries;
        var result = new List<HeaderEntry>(entries);
        result[board] = entries[board] with { Value = name };
        result.Insert(board + 1, new HeaderEntry(HeaderField.Date, entries[board].Label, value.Substring(date.Index, date.Length), entries[board].Line));
        return result;
    }


    [GeneratedRegex(@"^agenda\s+item\s*(?:no\.?|number)?\s*[:.]?\s*(?<n>\d{1,3}[a-z]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItem();

    [GeneratedRegex(@"^(?<b>[^:]{3,80}?)(?::\s*|\s+[-–—]\s+)(?<d>[^:]{6,60})$")]
    private static partial Regex BoardAndDate();

    // "THE HIGHLAND COUNCIL", "London Borough of Brent", "CALDERDALE MBC"; not a title that ends "… WITHIN THE COUNCIL".
    [GeneratedRegex(@"^(?!.*\b(?:within|in|into|to|for|by|from|across|throughout|of|on)\s+the\s+council$).*\bcouncil$|^(?:the\s+)?(?:london\s+)?borough\s+of\s+\w+|^city\s+of\s+\w+|^[\w ]+\s(?:m?bc|cbc|dc)$", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilName();

    [GeneratedRegex(@"^report\s+of\s+(?<of>.+?)\s+to\s+the\s+(?<b>.+?)\s+on\s+(?<d>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportToOn();

    [GeneratedRegex(@"^(?<b>[A-Z][\w&',() -]{2,80}?)\s+on\s+(?<d>\S.{5,40})$")]
    private static partial Regex BoardOnDate();

    [GeneratedRegex(@"^part\s+(?:1|2|i|ii|one|two)\b\s*(?:\([^)]*\)|(?=[-–])|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaPart();

    [GeneratedRegex(@"^item\s+no\.?(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemNo();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:assistant|deputy|strategic|corporate|executive|interim|acting|group)\s+)*(?:head|director|chief\s+executive|chief\s+officer|chief\s+finance\s+officer|monitoring\s+officer|service\s+manager|borough\s+solicitor|borough\s+treasurer|town\s+clerk|county\s+secretary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficerPost();

    /// <summary>A committee's name alone on its line ("Strategy and Regeneration Overview and Scrutiny."): a board, not a title.</summary>
    [GeneratedRegex(@"^[A-Z][\w&',() -]{2,90}\b(?:committee|sub-committee|board|panel|cabinet|executive|scrutiny|forum|council)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeName();

    [GeneratedRegex(@"^(?:\d{1,3}\s+)?(?<b>[A-Z][\w&',() -]{2,80}?\b(?:committee|sub-committee|board|panel|cabinet|executive|forum))\s+(?<d>\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+\d{4})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeDay();
}
