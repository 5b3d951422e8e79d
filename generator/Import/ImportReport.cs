using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Committee.Model;

namespace Committee.Import;

/// <summary>
/// Imports one old paper: reads it, turns its cover into front matter and its body into sections, and
/// writes the report to &lt;board&gt;/&lt;date&gt;-&lt;slug&gt;.md, never over an existing file. When the
/// board, date or title cannot be told, or an exempt paper's paragraph is not given, nothing is written.
/// </summary>
public static partial class ImportReport
{
    // "Cabinet Member for Finance setting out the Capital Outturn": the portfolio ends where the subject starts.
    [GeneratedRegex(@"\b(?:(?:executive|cabinet|lead)\s+member|portfolio\s+holder)\s+for\s+(?<p>.+?)(?:\s+(?:setting\s+out|detailing|on|upon|about|regarding)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MemberFor();

    [GeneratedRegex(@"^(?:cllr|councillor|cyng|cynghorydd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Councillor();

    [GeneratedRegex(@"\bparagraphs?\s+(?<n>[1-7])\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptParagraph();

    /// <summary>The longest file name slug: enough to tell papers apart, short enough to read in a listing.</summary>
    private const int MaxSlug = 60;

    /// <summary>A report larger than this came from something that is not one paper (a 1.5 MB Word file once wrote 288 MB).</summary>
    public const int MaxReportChars = 2 * 1024 * 1024;

    public static ImportResult Run(string path, string shown, Site site, ImportOptions options, IDictionary<string, string> planned)
    {
        var read = ReadSource.From(path, shown);
        if (read.Text is not { } source) return ImportResult.Fail(shown, read.Problem!);
        var known = new KnownTitles(site.Types.Values);
        var lines = JoinWrappedLines.Join(CommitteeSystemPage.SplitCells(PrepareLines.SplitRunOn(source.Lines, options.Labels, out var runOn, known.Contains), out var cells), out var joined);
        var facts = options.Given ?? options.Manifest.GetValueOrDefault(path) ?? new PaperFacts();

        var header = ParseHeaderBlock.Parse(lines, options.Labels, known.Contains);
        // A decision record's labels after its text ("Contact Officer :-…"): read as the cover's, the body ends above them.
        var (tail, bodyEnd) = ReadTrailingLabels.Read(lines, header.BodyStart, options.Labels);
        if (tail.Count > 0) header = header with { Entries = [.. header.Entries, .. tail] };
        // Cover labels after the text has started (a cover sheet's labels below its recommendations): read as the cover's.
        var (inText, cleared) = ReadBodyCover.Read(lines, header.BodyStart, bodyEnd, options.Labels, known.Contains);
        if (inText.Count > 0) (lines, header) = (cleared, header with { Entries = ReadBodyCover.Merge(header.Entries, inText) });
        if (header.Entries.Count == 0 && (facts.Title is null || facts.Date is null || (facts.Board ?? options.Board) is null))
        {
            return ImportResult.Fail(shown,
                $"{shown} has no cover details at the top (such as \"Report to:\", \"Date of meeting:\" and \"Subject:\"), " +
                "so the import cannot tell its board, meeting date or title. Nothing was written for it. Give them with --board, --date and --title " +
                "(or a row in a --manifest), or add the council's own labels to site-src/site.yml (import: labels:).");
        }
        var unplaced = new List<Unplaced>(header.Unplaced);
        var changes = new List<string>();
        if (cells) changes.Add("the text of a committee system's web page, its cells run together; the import broke them again at its file sizes and labels, so line numbers below count those lines");
        if (joined > 0) changes.Add($"{joined} line(s) the extraction broke (a number alone, a wrapped label or heading) were joined back, so line numbers below count those lines");
        if (runOn) changes.Add("its line breaks were lost (a whole report on one line); the import broke it again before its labels, headings and numbered paragraphs, so line numbers below count those lines");

        // The board, the meeting date and the title make the report's path: without them nothing is written.
        var boardEntry = header.Find(HeaderField.Board);
        Board? board;
        if ((facts.Board ?? options.Board) is { } forced) board = site.Boards[forced];
        else if (boardEntry is null) return ImportResult.Fail(shown, $"{shown} does not say which board or committee it went to (no \"Report to:\", \"Meeting:\" or \"Committee:\" line). Nothing was written for it. Give the board with --board ID.");
        else if ((board = MatchBoard.Find(boardEntry.Value, site.Boards.Values)) is null) return ImportResult.Fail(shown, NoBoard(shown, boardEntry.Value, site));

        var dateEntry = header.Find(HeaderField.Date);
        var date = facts.Date ?? (dateEntry is null ? null : ReadMeetingDate.Read(dateEntry.Value, options.Today));
        if (date is not { } meeting)
        {
            return ImportResult.Fail(shown, dateEntry is null
                ? $"{shown} does not give the meeting date (no \"Date:\" or \"Date of meeting:\" line). Nothing was written for it. Give it with --date YYYY-MM-DD."
                : $"{shown}: the date \"{dateEntry.Value}\" (line {dateEntry.Line}) could not be read as a date such as \"5th January 2012\". Nothing was written for it. Give it with --date YYYY-MM-DD.");
        }
        // "Thursday, 21 October, 2004": the day, or a time, beside the date has no field.
        if (facts.Date is null && dateEntry is not null && ReadMeetingDate.Find(dateEntry.Value) is { } on && dateEntry.Value.Remove(on.Index, on.Length).Any(char.IsLetter) && dateEntry.Label.Length > 0)
        {
            unplaced.Add(new Unplaced(dateEntry.Line, $"{dateEntry.Label}: {dateEntry.Value}", "the date was used; the format has no field for the day or time"));
        }
        var titleEntry = header.Find(HeaderField.Title);
        var title = facts.Title ?? titleEntry?.Value;
        // A title printed in capitals is written as the format writes titles, in sentence case.
        if (title is not null && CleanText.IsCapitals(title))
        {
            title = SentenceCase.Of(title, SentenceCase.Names(site.Settings.Wards.Select(w => w.Name), lines, title));
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            return ImportResult.Fail(shown, $"{shown} has no title (no \"Subject:\" or \"Report title:\" line). Nothing was written for it. Give it with --title \"…\".");
        }
        if (titleEntry is not null && titleEntry.Label.Length == 0 && facts.Title is null) changes.Add($"line {titleEntry.Line}: the title was taken from an unlabelled line: \"{title}\"");

        // The cover's other lines.
        var reportOf = header.Find(HeaderField.ReportOf) is { } of ? of with { Value = Regex.Replace(of.Value, "^the\\s+", "", RegexOptions.IgnoreCase) } : null;
        // A report "of the Cabinet Member for …" or submitted by "Cllr." is presented by a councillor, not an officer.
        var councillor = reportOf is not null && (MemberFor().IsMatch(reportOf.Value) || Councillor().IsMatch(reportOf.Value));
        var officer = facts.Officer ?? header.Find(HeaderField.Officer)?.Value ?? (reportOf is not null && !councillor ? reportOf.Value : null);
        // On a committee system's meeting page (it gives the venue) the contact is the meeting's clerk, not the report's officer.
        var meetingPage = header.Entries.Any(e => e.Field == HeaderField.NoField && e.Label.Equals("venue", StringComparison.OrdinalIgnoreCase));
        // Minutes kept with a report's page often say who presented it: "The Asset Manager presented a report".
        if (officer is null && CommitteeSystemPage.PresentedBy(lines, header.BodyStart) is { } presenter)
        {
            officer = presenter.Officer;
            changes.Add($"line {presenter.Line}: the paper names no reporting officer; \"{officer}\" was taken from the minutes, as the officer who presented it; check it (or give --officer)");
        }
        if (officer is null && meetingPage && header.Find(HeaderField.Contact) is { } clerk)
        {
            changes.Add($"line {clerk.Line}: the contact \"{clerk.Value}\" is the meeting's (the page gives its venue), not the report's officer; give the reporting officer with --officer");
        }
        else if (officer is null && header.Find(HeaderField.Contact) is { } contactOfficer)
        {
            // Every report names its reporting officer; on a cover that names only a contact, that is most often the same person.
            officer = CleanText.WithoutContactDetails(contactOfficer.Value);
            changes.Add($"line {contactOfficer.Line}: the cover names no reporting officer, so the contact \"{officer}\" was written as the officer; check it (or give --officer)");
        }
        // "REPORT OF THE INTERIM STRATEGIC PLANNING MANAGER": an officer's title is written with capitals on its words.
        if (officer is not null && CleanText.IsCapitals(officer)) officer = TitleCase(officer);
        var portfolio = header.Find(HeaderField.Portfolio)?.Value;
        if (reportOf is not null && officer != reportOf.Value && !(CleanText.IsCapitals(reportOf.Value) && officer == TitleCase(reportOf.Value)))
        {
            var member = MemberFor().Match(reportOf.Value);
            if (portfolio is null && member.Success)
            {
                portfolio = member.Groups["p"].Value.Trim().TrimEnd('.');
                unplaced.Add(new Unplaced(reportOf.Line, $"{reportOf.Label}: {reportOf.Value}", $"the portfolio \"{portfolio}\" was taken from it; the format has no field for the member presenting the report"));
            }
            else unplaced.Add(new Unplaced(reportOf.Line, $"{reportOf.Label}: {reportOf.Value}", "the format has no field for who presents the report (the officer is the reporting officer)"));
        }

        string? wards;
        var wardsEntry = header.Find(HeaderField.Wards);
        if ((facts.Wards ?? wardsEntry?.Value) is { } wardsText)
        {
            var (all, ids, unknown) = ReadWards.Read(wardsText, site.Settings.Wards);
            var written = ids.Concat(unknown.Select(u => Slug.From(u))).ToList();
            wards = all ? "all" : written.Count == 0 ? null : "[" + string.Join(", ", written) + "]";
            if (unknown.Count > 0) changes.Add($"{(facts.Wards is null ? $"line {wardsEntry!.Line}" : "--wards")}: {string.Join(", ", unknown.Select(u => $"\"{u}\""))} matched no ward in site-src/site.yml; written as {(unknown.Count == 1 ? "an id" : "ids")} for you to correct");
        }
        else wards = null;
        if (wards is null)
        {
            // Every report names its wards; a paper that does not is most often about the whole area, but an officer must say.
            wards = "all";
            changes.Add("the paper names no wards, so it was written with wards: all; check which wards it affects (or give --wards)");
        }

        var (period, periodNote) = ReadPeriod.Read(title, meeting, site.Settings.FinancialYearStartMonth);
        if (periodNote is not null) changes.Add($"{(titleEntry is null || facts.Title is not null ? "--title" : $"line {titleEntry.Line}")}: {periodNote}");

        var exempt = false;
        int? exemptParagraph = null;
        if (header.Find(HeaderField.Access) is { } access)
        {
            var value = access.Value.ToLowerInvariant();
            if (Regex.IsMatch(value, @"^(?:exempt|private|restricted|part (?:2|ii)\b)") || value.Contains("not for publication") || value.Contains("confidential"))
            {
                exempt = true;
                var paragraph = ExemptParagraph().Match(access.Value);
                exemptParagraph = paragraph.Success ? int.Parse(paragraph.Groups["n"].Value, CultureInfo.InvariantCulture) : options.ExemptParagraph ?? Ask(options, shown);
                if (exemptParagraph is null)
                {
                    return ImportResult.Fail(shown,
                        $"{shown} is marked exempt (line {access.Line}), and the import does not guess which paragraph of Part 1 of Schedule 12A makes it exempt. " +
                        "Nothing was written for it. Import it again with --exempt-paragraph N (1 to 7).");
                }
                if (!paragraph.Success) changes.Add($"line {access.Line}: \"{access.Label}: {access.Value}\" marks it exempt; paragraph {exemptParagraph} was given for it");
            }
            // "Unrestricted", "Open", "Not exempt", "Part 1": a public paper.
            else if (!Regex.IsMatch(value, @"^(?:public|unrestricted|open|not exempt|no\b|for general release|part (?:1|i)\b)")) unplaced.Add(new Unplaced(access.Line, $"{access.Label}: {access.Value}", "neither public nor exempt; the report is written as public: check it"));
        }
        int? item = facts.Item ?? (header.Find(HeaderField.Item) is { } itemEntry && Regex.Match(itemEntry.Value, @"\d{1,3}") is { Success: true } number
            ? int.Parse(number.Value, CultureInfo.InvariantCulture) : null);
        if (facts.Item is null && item is not null && header.Find(HeaderField.Item) is { } lettered && Regex.IsMatch(lettered.Value, @"\d[a-z]\b", RegexOptions.IgnoreCase))
        {
            changes.Add($"line {lettered.Line}: item \"{lettered.Value}\" was written as {item}, as items are numbered only");
        }

        // Labels with no field, and a second line for a field already given, are listed rather than dropped.
        var used = new HashSet<HeaderField>();
        foreach (var entry in header.Entries)
        {
            if (entry.Field == HeaderField.NoField && entry.Label.Length == 0)
            {
                unplaced.Add(new Unplaced(entry.Line, entry.Value, Regex.IsMatch(entry.Value, @"^(?:pdf|doc|docx)\b", RegexOptions.IgnoreCase) ? "the size of the file on the council's website, not part of the paper" : "on the cover with no label; the format has no field for it"));
            }
            else if (entry.Field == HeaderField.NoField) unplaced.Add(new Unplaced(entry.Line, $"{entry.Label}: {entry.Value}", $"the format has no field for \"{entry.Label}\""));
            else if (entry.Value.Length == 0) unplaced.Add(new Unplaced(entry.Line, entry.Label, "a cover label with no value"));
            else if (Given(entry.Field, facts, options) is { } given) unplaced.Add(new Unplaced(entry.Line, entry.Label.Length == 0 ? entry.Value : $"{entry.Label}: {entry.Value}", $"{given} was used instead"));
            else if (entry.Field != HeaderField.ReportOf && !used.Add(entry.Field))
            {
                unplaced.Add(new Unplaced(entry.Line, entry.Label.Length == 0 ? entry.Value : $"{entry.Label}: {entry.Value}", "a second value for a field the cover already gave"));
            }
        }

        // The body, written as the report type its headings suggest.
        lines = ReadIndicatorTables.AsPipeTables(lines, header.BodyStart, out var indicatorTables);
        if (indicatorTables > 0) changes.Add($"{indicatorTables} indicator table(s) laid out in columns written as pipe tables, so their indicators are checked and followed across quarters");
        (lines, var repeated) = ReadBodyCover.Repeated(lines, header.BodyStart, bodyEnd, board.Name, meeting);
        unplaced.AddRange(repeated);
        var items = ConvertBody.Read(lines[..bodyEnd], header.BodyStart, known, PrepareLines.Furniture(lines));
        var type = options.Type is { } typeId ? site.Types[typeId] : DetectReportType.Choose(items, site.Types, board.TypeId);
        if (type is null) return ImportResult.Fail(shown, $"There are no report types in content/types/, so {shown} cannot be converted. Add the report types first.");
        if (type.Id != board.TypeId && options.Type is null) changes.Add($"its headings are those of a {type.Name} ({type.Id}), not the board's usual {board.TypeId}; written with type: {type.Id}");
        var body = ConvertBody.Write(items, type);
        unplaced.AddRange(body.Unplaced);
        changes.AddRange(body.Changes);

        var fields = new List<(string, string, bool)> { ("title", title, true), ("board", board.Id, false), ("date", Iso(meeting), false) };
        if (officer is not null) fields.Add(("officer", officer, true));
        if (portfolio is not null) fields.Add(("portfolio", portfolio, true));
        fields.Add(("wards", wards, false));
        if (period is { } p) fields.Add(("period", WriteFrontMatter.Quoted(p.ToString()), false));
        if (header.Find(HeaderField.Contact) is { } contact) fields.Add(("contact", contact.Value, true));
        if (header.Find(HeaderField.Summary) is { } summary) fields.Add(("summary", summary.Value, true));
        if (type.Id != board.TypeId) fields.Add(("type", type.Id, false));
        if (item is { } i) fields.Add(("item", i.ToString(CultureInfo.InvariantCulture), false));
        if (exempt)
        {
            fields.Add(("access", "exempt", false));
            fields.Add(("exempt_paragraph", exemptParagraph!.Value.ToString(CultureInfo.InvariantCulture), false));
        }
        var markdown = WriteFrontMatter.Of(fields) + "\n" + body.Markdown;

        if (markdown.Length > MaxReportChars)
        {
            return ImportResult.Fail(shown, $"{shown} would make a report of {markdown.Length / (1024 * 1024.0):0.#} million characters, far more than any committee paper, so nothing was written for it. " +
                "It may hold several papers, or repeated or embedded content: split it into its papers, or import a text copy of the report itself.");
        }
        var result = new ImportResult(shown, options.DryRun ? ImportOutcome.WouldWrite : ImportOutcome.Written)
        {
            Markdown = markdown,
            Summary = $"board {board.Id}{(boardEntry is null || (facts.Board ?? options.Board) is not null ? "" : $" (\"{boardEntry.Value}\")")}; meeting {Iso(meeting)}; report type {type.Id}; " +
                $"period {(period?.ToString() ?? "none")}; wards {wards}{(exempt ? $"; exempt, paragraph {exemptParagraph}" : "")}",
            Unplaced = [.. unplaced.OrderBy(u => u.Line)],
            Changes = changes,
            Facts = (board.Id, Iso(meeting), title, type.Id),
        };
        return WriteImportedReport.Write(result, Path.Combine(options.ReportsDirectory, board.Id), $"{Iso(meeting)}-{FileSlug(title)}", options.DryRun, planned);
    }

    private static string NoBoard(string shown, string written, Site site)
    {
        var closest = MatchBoard.Closest(written, site.Boards.Values);
        var text = new StringBuilder($"{shown}: the board \"{written}\" is not one of the configured boards, so nothing was written for it.");
        if (closest.Count > 0) text.Append(" The closest are: ").Append(string.Join("; ", closest.Select(b => $"{b.Id} ({b.Name})"))).Append('.');
        var type = site.Types.ContainsKey("ppb-report") ? "ppb-report" : site.Types.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? "ppb-report";
        text.Append($" If it is one of those, import again with --board ID. If it is a new board, add content/boards/{Slug.From(written)}.yml with 'name: {written}' and 'type: {type}', then import again.");
        return text.ToString();
    }

    /// <summary>Which option gave a field instead of the cover, or null when the cover's value was used.</summary>
    private static string? Given(HeaderField field, PaperFacts facts, ImportOptions options)
    {
        var source = options.Given is not null ? "the option given" : "the manifest's value";
        return field switch
        {
            HeaderField.Board when facts.Board is not null => source,
            HeaderField.Board when options.Board is not null => "--board",
            HeaderField.Date when facts.Date is not null => source,
            HeaderField.Title when facts.Title is not null => source,
            HeaderField.Officer when facts.Officer is not null => source,
            HeaderField.Wards when facts.Wards is not null => source,
            HeaderField.Item when facts.Item is not null => source,
            _ => null,
        };
    }

    private static int? Ask(ImportOptions options, string shown)
    {
        if (options.Ask is null) return null;
        for (var tries = 0; tries < 3; tries++)
        {
            var answer = options.Ask($"{shown} is marked exempt. Which paragraph of Part 1 of Schedule 12A applies (1 to 7, or press Enter to skip this paper)? ");
            if (string.IsNullOrWhiteSpace(answer)) return null;
            if (int.TryParse(answer.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7) return n;
        }
        return null;
    }

    private static string TitleCase(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ').Select((w, i) => i > 0 && w is "of" or "for" or "and" or "the" ? w : w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FileSlug(string title) => Slug.ForFileName(title, fallback: "report", MaxSlug);
}
