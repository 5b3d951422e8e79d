using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Committee.Model;
using Committee.Pipeline;
using Committee.Validate;

namespace Committee.Authoring;

/// <summary>What an author asks <c>committee new</c> for, before it is checked against the boards and types.</summary>
public sealed record NewReportRequest(string BoardId, string Date, string Title, string? TypeId = null, string? Officer = null);

/// <summary>A new paper, ready to write: where it goes and its text.</summary>
public sealed record NewReport(string Path, string Text, Board Board, ReportType Type, IReadOnlyList<string> StillToFillIn);

/// <summary>
/// Writes a new paper from its report type: the front matter filled in, every required section as a
/// heading with the type's guidance as an HTML comment. Comments are notes to authors, never published and
/// never counted as text, so an untouched section is reported as empty: validate lists what is left to write.
/// </summary>
public static partial class ReportTemplate
{
    /// <summary>
    /// Front matter values the author must still supply start with this. The validator accepts them (a new
    /// paper should check clean apart from its empty sections), but the paper is a draft, and <c>committee
    /// review</c> lists any such value left in a pull request.
    /// </summary>
    public const string ToDo = "TO DO:";

    /// <summary>Where <c>committee schema</c> writes by default, relative to the repository's top folder.</summary>
    public const string SchemaPath = "schema/front-matter.schema.json";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    private static readonly string[] LooseDateFormats = ["d MMMM yyyy", "d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "d.M.yyyy", "yyyy-M-d", "dd-MM-yyyy"];

    /// <summary>A problem with what was asked for: a usage mistake, not a problem in a paper.</summary>
    public sealed class RequestException(string message) : Exception(message);

    /// <summary>
    /// Builds the new paper. <paramref name="archive"/> is the current archive, used to take the reporting
    /// officer (and contact) from the board's latest paper: a board's papers usually come from the same officer.
    /// </summary>
    public static NewReport Create(NewReportRequest request, Site site, IReadOnlyList<ReportDocument> archive)
    {
        var board = site.Boards.GetValueOrDefault(request.BoardId)
            ?? throw new RequestException($"There is no board '{request.BoardId}'. {Suggestion(request.BoardId, site.Boards.Values.Select(b => (b.Id, b.Name)))}");
        var typeId = request.TypeId ?? board.TypeId;
        var type = site.Types.GetValueOrDefault(typeId)
            ?? throw new RequestException(request.TypeId is null
                ? $"The board '{board.Id}' uses the report type '{typeId}', which is not in content/types/. Give --type, or fix the board's file."
                : $"There is no report type '{typeId}'. {Suggestion(typeId, site.Types.Values.Select(t => (t.Id, t.Name)))}");
        var date = ParseDate(request.Date);
        var title = request.Title.Trim();
        if (title.Length == 0) throw new RequestException("The title is empty. Give the paper's title, as it will appear on the agenda, with --title \"…\".");
        if (title.Contains('\n')) throw new RequestException("The title must be one line.");

        var reportsFolder = System.IO.Path.Combine(site.ContentDirectory, "reports", board.Id);
        var path = System.IO.Path.Combine(reportsFolder, $"{date:yyyy-MM-dd}-{FileSlug(title)}.md");

        var latest = archive
            .Where(d => d.Report is { } r && r.BoardId == board.Id && r.Date is not null)
            .OrderByDescending(d => d.Report!.Date)
            .ThenBy(d => d.SourcePath, StringComparer.Ordinal)
            .Select(d => d.Report!)
            .FirstOrDefault();
        var stillToFillIn = new List<string>();
        var officer = request.Officer?.Trim() is { Length: > 0 } given ? given : latest?.Officer is { Length: > 0 } previous ? previous : null;
        if (officer is null) stillToFillIn.Add("officer");

        var text = new StringBuilder();
        text.Append("---\n");
        if (SchemaLine(site, reportsFolder) is { } schemaLine) text.Append(schemaLine).Append('\n');
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append("board: ").Append(board.Id).Append('\n');
        if (request.TypeId is not null && request.TypeId != board.TypeId) text.Append("type: ").Append(type.Id).Append('\n');
        text.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("officer: ").Append(Quote(officer ?? $"{ToDo} the reporting officer, such as Strategic Director, People")).Append('\n');
        text.Append("wards: all  # borough-wide; or the wards it affects, such as [abbey, harbour] (the ids in site-src/site.yml)\n");
        foreach (var field in type.RequiredFields)
        {
            var value = field switch
            {
                "contact" when latest?.Contact is { Length: > 0 } contact => contact,
                "portfolio" when latest?.Portfolio is { Length: > 0 } portfolio => portfolio,
                _ => null,
            };
            if (value is null) stillToFillIn.Add(field);
            text.Append(field).Append(": ").Append(Quote(value ?? $"{ToDo} {Parse.FrontMatterFields.Meanings.GetValueOrDefault(field, field)}")).Append('\n');
        }
        // The quarter most likely reported on: the latest to have ended before the meeting. Left as a comment,
        // because most papers are not performance reports.
        var quarter = FinancialPeriod.Of(date, site.Settings.FinancialYearStartMonth).Previous;
        text.Append("# period: ").Append(quarter).Append("  # for a performance report: the quarter it covers\n");
        text.Append("status: draft  # change to final when the paper is ready to publish\n");
        text.Append("---\n");

        for (var i = 0; i < type.Sections.Length; i++)
        {
            var section = type.Sections[i];
            text.Append('\n').Append("## ").Append(type.Numbering == NumberingStyle.Sections ? $"{i + 1}.0 " : "").Append(section.Title).Append('\n');
            var guidance = new List<string>();
            if (section.Guidance.Length > 0) guidance.Add(section.Guidance);
            if (i == 0 && NumberingNote(type) is { } note) guidance.Add(note);
            if (guidance.Count > 0) text.Append('\n').Append(Comment(string.Join(" ", guidance))).Append('\n');
            foreach (var subsection in section.Subsections)
            {
                text.Append('\n').Append("### ").Append(subsection).Append('\n');
            }
        }
        if (type.OptionalSections.Length > 0)
        {
            var next = type.Sections.Length + 1;
            var optional = type.OptionalSections.Select(s =>
                $"'## {(type.Numbering == NumberingStyle.Sections ? $"{next}.0 " : "")}{s.Title}'" + (s.Guidance.Length > 0 ? $" ({s.Guidance.TrimEnd('.')})" : ""));
            text.Append('\n').Append(Comment($"You may also add: {string.Join("; ", optional)}.")).Append('\n');
        }
        return new NewReport(path, text.ToString(), board, type, stillToFillIn);
    }

    /// <summary>Writes the paper, refusing to replace a file that is already there.</summary>
    public static void Write(NewReport paper)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(paper.Path)!);
        // FileMode.CreateNew fails if the file exists, even if it appeared a moment ago: never overwrite a paper.
        using var stream = new FileStream(paper.Path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(paper.Text);
    }

    public static DateOnly ParseDate(string text)
    {
        text = text.Trim();
        if (IsoDate().IsMatch(text))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            throw new RequestException($"The meeting date {text} does not exist in the calendar.");
        }
        var hint = DateOnly.TryParseExact(text, LooseDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var loose)
            ? $"did you mean --date {loose:yyyy-MM-dd}?"
            : "for example --date 2024-07-15 for 15 July 2024.";
        throw new RequestException($"The meeting date '{text}' must be written as year-month-day: {hint}");
    }

    /// <summary>The file name's slug: the title's words, cut at a word boundary so paths stay manageable.</summary>
    public static string FileSlug(string title) => Slug.ForFileName(title, fallback: "paper");

    /// <summary>
    /// The YAML language server's modeline, pointing at the generated front matter schema, when the
    /// repository has one: editors that hand front matter to that server then complete and check it.
    /// </summary>
    private static string? SchemaLine(Site site, string reportFolder)
    {
        var top = System.IO.Path.GetDirectoryName(site.ContentDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        if (top is null) return null;
        var schema = System.IO.Path.Combine(top, SchemaPath);
        if (!File.Exists(schema)) return null;
        return $"# yaml-language-server: $schema={System.IO.Path.GetRelativePath(reportFolder, schema).Replace('\\', '/')}";
    }

    private static string? NumberingNote(ReportType type) => type.Numbering switch
    {
        NumberingStyle.Sections => "Number the paragraphs of each section 1.1, 1.2 … (2.1, 2.2 … in section 2.0).",
        NumberingStyle.Paragraphs => "Number the paragraphs 1., 2., 3. … in one run through the whole paper.",
        _ => null,
    };

    /// <summary>An HTML comment; "--" cannot appear inside one, so a guidance dash pair becomes an en dash.</summary>
    private static string Comment(string text) => $"<!-- {text.Replace("--", "–").Trim()} -->";

    /// <summary>A YAML double-quoted string: safe for titles with colons, quotes or a leading '['.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    internal static string Suggestion(string typed, IEnumerable<(string Id, string Name)> known)
    {
        var list = known.OrderBy(k => k.Id, StringComparer.Ordinal).ToList();
        var nearest = Suggest.Nearest(typed, list.Select(k => k.Id));
        // A board typed by name ("Safer PPB") is found by its name too.
        nearest ??= list.FirstOrDefault(k => SectionTitle.Normalise(k.Name) == SectionTitle.Normalise(typed)).Id;
        var choices = string.Join(", ", list.Select(k => $"{k.Id} ({k.Name})"));
        return nearest is not null ? $"Did you mean '{nearest}'? The choices are: {choices}." : $"The choices are: {choices}.";
    }
}
