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
    [GeneratedRegex(@"\b(?:executive|cabinet|lead)\s+member\s+for\s+(?<p>.+)$|\bportfolio\s+holder\s+for\s+(?<p>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MemberFor();

    [GeneratedRegex(@"\bparagraphs?\s+(?<n>[1-7])\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptParagraph();

    /// <summary>The longest file name slug: enough to tell papers apart, short enough to read in a listing.</summary>
    private const int MaxSlug = 60;

    public static ImportResult Run(string path, string shown, Site site, ImportOptions options, ISet<string> planned)
    {
        var read = ReadSource.From(path, shown);
        if (read.Text is not { } source) return ImportResult.Fail(shown, read.Problem!);
        var lines = source.Lines;

        var header = ParseHeaderBlock.Parse(lines);
        if (header.Entries.Count == 0)
        {
            return ImportResult.Fail(shown,
                $"{shown} has no cover details at the top (such as \"REPORT TO:\", \"DATE:\" and \"SUBJECT:\", or \"Meeting:\", \"Date:\" and \"Subject:\"), " +
                "so the import cannot tell its board, meeting date or title. Nothing was written for it. Add those lines at the top of a text copy and import that.");
        }
        var unplaced = new List<Unplaced>(header.Unplaced);
        var changes = new List<string>();

        // The board, the meeting date and the title make the report's path: without them nothing is written.
        var boardEntry = header.Find(HeaderField.Board);
        Board? board;
        if (options.Board is { } forced) board = site.Boards[forced];
        else if (boardEntry is null) return ImportResult.Fail(shown, $"{shown} does not say which board or committee it went to (no \"REPORT TO:\" or \"Meeting:\" line). Nothing was written for it. Give the board with --board ID.");
        else if ((board = MatchBoard.Find(boardEntry.Value, site.Boards.Values)) is null) return ImportResult.Fail(shown, NoBoard(shown, boardEntry.Value, site));

        var dateEntry = header.Find(HeaderField.Date);
        var date = dateEntry is null ? null : ReadMeetingDate.Read(dateEntry.Value);
        if (date is not { } meeting)
        {
            return ImportResult.Fail(shown, dateEntry is null
                ? $"{shown} does not give the meeting date (no \"DATE:\" line). Nothing was written for it. Add the date at the top of a text copy and import that."
                : $"{shown}: the date \"{dateEntry.Value}\" (line {dateEntry.Line}) could not be read as a date such as \"5th January 2012\". Nothing was written for it.");
        }
        var titleEntry = header.Find(HeaderField.Title);
        if (titleEntry is null || titleEntry.Value.Length == 0)
        {
            return ImportResult.Fail(shown, $"{shown} has no title (no \"SUBJECT:\" line). Nothing was written for it. Add the subject at the top of a text copy and import that.");
        }
        var title = titleEntry.Value;

        // The cover's other lines.
        var reportOf = header.Find(HeaderField.ReportOf);
        var officer = header.Find(HeaderField.Officer)?.Value ?? reportOf?.Value;
        var portfolio = header.Find(HeaderField.Portfolio)?.Value;
        if (reportOf is not null && officer != reportOf.Value)
        {
            var member = MemberFor().Match(reportOf.Value);
            if (portfolio is null && member.Success)
            {
                portfolio = member.Groups["p"].Value.Trim().TrimEnd('.');
                unplaced.Add(new Unplaced(reportOf.Line, $"{reportOf.Label}: {reportOf.Value}", $"the portfolio \"{portfolio}\" was taken from it; the format has no field for the member presenting the report"));
            }
            else unplaced.Add(new Unplaced(reportOf.Line, $"{reportOf.Label}: {reportOf.Value}", "the format has no field for who presents the report (the officer is the reporting officer)"));
        }

        string? wards = null;
        if (header.Find(HeaderField.Wards) is { } wardsEntry)
        {
            var (all, ids, unknown) = ReadWards.Read(wardsEntry.Value, site.Settings.Wards);
            var written = ids.Concat(unknown.Select(u => Slug.From(u))).ToList();
            wards = all ? "all" : written.Count == 0 ? null : "[" + string.Join(", ", written) + "]";
            if (unknown.Count > 0) changes.Add($"line {wardsEntry.Line}: {string.Join(", ", unknown.Select(u => $"\"{u}\""))} matched no ward in site-src/site.yml; written as {(unknown.Count == 1 ? "an id" : "ids")} for you to correct");
        }

        var (period, periodNote) = ReadPeriod.Read(title, meeting, site.Settings.FinancialYearStartMonth);
        if (periodNote is not null) changes.Add($"line {titleEntry.Line}: {periodNote}");

        var exempt = false;
        int? exemptParagraph = null;
        if (header.Find(HeaderField.Access) is { } access)
        {
            var value = access.Value.ToLowerInvariant();
            if (value.StartsWith("exempt", StringComparison.Ordinal) || value.Contains("not for publication") || value.Contains("confidential"))
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
            }
            else if (!value.StartsWith("public", StringComparison.Ordinal)) unplaced.Add(new Unplaced(access.Line, $"{access.Label}: {access.Value}", "neither public nor exempt; the report is written as public: check it"));
        }
        int? item = header.Find(HeaderField.Item) is { } itemEntry && Regex.Match(itemEntry.Value, @"\d{1,3}") is { Success: true } number
            ? int.Parse(number.Value, CultureInfo.InvariantCulture) : null;

        // Labels with no field, and a second line for a field already given, are listed rather than dropped.
        var used = new HashSet<HeaderField>();
        foreach (var entry in header.Entries)
        {
            if (entry.Field == HeaderField.NoField) unplaced.Add(new Unplaced(entry.Line, $"{entry.Label}: {entry.Value}", $"the format has no field for \"{entry.Label}\""));
            else if (entry.Field != HeaderField.ReportOf && !used.Add(entry.Field))
            {
                unplaced.Add(new Unplaced(entry.Line, $"{entry.Label}: {entry.Value}", "a second value for a field the cover already gave"));
            }
        }

        // The body, written as the report type its headings suggest.
        var known = new KnownTitles(site.Types.Values);
        lines = ReadIndicatorTables.AsPipeTables(lines, header.BodyStart, out var indicatorTables);
        if (indicatorTables > 0) changes.Add($"{indicatorTables} indicator table(s) laid out in columns written as pipe tables, so their indicators are checked and followed across quarters");
        var items = ConvertBody.Read(lines, header.BodyStart, known);
        var type = options.Type is { } typeId ? site.Types[typeId] : DetectReportType.Choose(items, site.Types, board.TypeId);
        if (type is null) return ImportResult.Fail(shown, $"There are no report types in content/types/, so {shown} cannot be converted. Add the report types first.");
        if (type.Id != board.TypeId && options.Type is null) changes.Add($"its headings are those of a {type.Name} ({type.Id}), not the board's usual {board.TypeId}; written with type: {type.Id}");
        var body = ConvertBody.Write(items, type);
        unplaced.AddRange(body.Unplaced);
        changes.AddRange(body.Changes);

        var fields = new List<(string, string, bool)> { ("title", title, true), ("board", board.Id, false), ("date", Iso(meeting), false) };
        if (officer is not null) fields.Add(("officer", officer, true));
        if (portfolio is not null) fields.Add(("portfolio", portfolio, true));
        if (wards is not null) fields.Add(("wards", wards, false));
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

        var target = Path.Combine(options.ReportsDirectory, board.Id, $"{Iso(meeting)}-{FileSlug(title)}.md");
        var result = new ImportResult(shown, options.DryRun ? ImportOutcome.WouldWrite : ImportOutcome.Written)
        {
            Target = target,
            Markdown = markdown,
            Summary = $"board {board.Id}{(boardEntry is null || options.Board is not null ? "" : $" (\"{boardEntry.Value}\")")}; meeting {Iso(meeting)}; report type {type.Id}; " +
                $"period {(period?.ToString() ?? "none")}; wards {wards ?? "not given"}{(exempt ? $"; exempt, paragraph {exemptParagraph}" : "")}",
            Unplaced = [.. unplaced.OrderBy(u => u.Line)],
            Changes = changes,
        };
        if (File.Exists(target) || !planned.Add(target))
        {
            return result with { Outcome = ImportOutcome.Skipped, Problem = "the file is already there, so it was left as it is and nothing was written. Move or delete it to import this paper again." };
        }
        if (options.DryRun) return result;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // CreateNew: never overwrite, even if another import wrote the file a moment ago.
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(markdown);
        }
        catch (IOException) when (File.Exists(target))
        {
            return result with { Outcome = ImportOutcome.Skipped, Problem = "the file is already there, so it was left as it is." };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return result with { Outcome = ImportOutcome.Failed, Problem = $"{shown}: the report could not be written: {e.Message}" };
        }
        return result;
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

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FileSlug(string title) => Slug.ForFileName(title, fallback: "report", MaxSlug);
}
