using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;
using Committee.Validate;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Turns the front matter's YAML into a typed <see cref="Report"/>, checking each field against the
/// content format, the boards, the report types and the wards as it goes.
/// </summary>
public sealed partial class DecodeFrontMatter : IDocumentStage
{
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    private static readonly string[] LooseDateFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "d.M.yyyy", "yyyy-M-d", "dd-MM-yyyy",
    ];

    /// <summary>The years a meeting date or a period may fall in. Councils' papers go back to 1974; a year far outside
    /// these is a typing slip, and keeping to them keeps the date arithmetic of quarters, feeds and calendars in range.</summary>
    public const int FirstYear = 1900, LastYear = 2200;

    public string Name => "Decode front matter";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.FrontMatter is not { } mapping) return document;
        var diagnostics = new List<Diagnostic>();
        var fields = new YamlFields(mapping, document.DisplayPath, document.FrontMatterFirstLine, diagnostics);
        var site = context.Site;

        CheckFieldNames(fields);
        ControlCharacters.Check(fields);

        var boardId = fields.Text("board", true, FrontMatterFields.Meanings["board"]);
        var board = boardId is null ? null : site.Boards.GetValueOrDefault(boardId);
        if (boardId is not null && board is null)
        {
            diagnostics.Add(fields.At(Rules.BoardUnknown, fields.Find("board")!, boardId)
                .WithHint(NearestBoardByName(boardId, site) ?? Suggest.Hint(boardId, site.Boards.Keys)));
        }

        var typeId = fields.Text("type", false, "");
        ReportType? type = null;
        if (typeId is not null)
        {
            type = site.Types.GetValueOrDefault(typeId);
            if (type is null) diagnostics.Add(fields.At(Rules.TypeUnknown, fields.Find("type")!, typeId).WithHint(Suggest.Hint(typeId, site.Types.Keys)));
        }
        else if (board is not null)
        {
            type = site.Types.GetValueOrDefault(board.TypeId);
        }

        var date = ReadDate(fields, "date", "meeting date");
        var published = fields.Has("published") ? ReadDate(fields, "published", "publication date") : null;
        var (wards, allWards) = ReadWards(fields, site);
        var period = ReadPeriod(fields, date, site.Settings.FinancialYearStartMonth);

        // A status that cannot be read stays 'final' (with its error): such a paper is not a draft whose errors a build may pass over.
        var status = ReadChoice(fields, "status", ["final", "draft", "withdrawn", "deferred"], "write 'status: draft' while the paper is being written, or 'status: final'") switch
        {
            (_, "draft") => ReportStatus.Draft,
            (_, "withdrawn") => ReportStatus.Withdrawn,
            (_, "deferred") => ReportStatus.Deferred,
            _ => ReportStatus.Final,
        };
        var (accessGiven, accessChoice) = ReadChoice(fields, "access", ["public", "exempt"], "write 'access: exempt' if the paper must not be published, or 'access: public'");
        var exemptParagraph = fields.Integer("exempt_paragraph", 1, 7, FrontMatterFields.Meanings["exempt_paragraph"]);
        if (accessChoice == "exempt" && exemptParagraph is null && !fields.Has("exempt_paragraph"))
        {
            diagnostics.Add(Rules.ExemptParagraphMissing.At(document.DisplayPath, fields.LineOfField("access"), 1));
        }
        if (fields.Has("exempt_paragraph") && (accessChoice == "public" || !accessGiven))
        {
            diagnostics.Add(Rules.ExemptParagraphOnPublic.At(document.DisplayPath, fields.LineOfField("exempt_paragraph"), 1));
        }
        // Fail closed: a paper whose access is in doubt (unreadable, or public with an exempt paragraph) is read as exempt,
        // so whatever shows a paper despite its errors (the preview server) shows only its exempt notice.
        var access = accessChoice == "exempt" || (accessGiven && accessChoice is null) || fields.Has("exempt_paragraph")
            ? ReportAccess.Exempt : ReportAccess.Public;

        var slug = fields.Text("slug", false, "");
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            diagnostics.Add(fields.At(Rules.SlugFormat, fields.Find("slug")!, slug));
            slug = null;
        }

        var report = new Report
        {
            Title = fields.Text("title", true, FrontMatterFields.Meanings["title"]) ?? "",
            BoardId = board?.Id ?? "",
            Date = date,
            Published = published,
            Officer = fields.Text("officer", true, FrontMatterFields.Meanings["officer"]) ?? "",
            Wards = wards,
            AllWards = allWards,
            TypeId = type?.Id,
            Period = period,
            Portfolio = fields.Text("portfolio", false, ""),
            Contact = fields.Text("contact", false, ""),
            Summary = fields.Text("summary", false, ""),
            Slug = slug,
            Status = status,
            Access = access,
            ExemptParagraph = exemptParagraph,
            Attachments = ReadAttachments.From(fields),
        };
        report = Meetings.AgendaFields.Read(fields, report);

        // committee new writes "TO DO:" where it has nothing to copy; harmless in a draft, never to be published.
        if (status != ReportStatus.Draft)
        {
            foreach (var (key, _, value) in fields.Entries)
            {
                if (value is YamlScalarNode { Value: { } text } && text.TrimStart().StartsWith("TO DO:", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(fields.At(Rules.PlaceholderLeft, value, key, text.Trim()));
                }
            }
        }

        if (type is not null)
        {
            foreach (var required in type.RequiredFields.Where(f => !fields.Has(f)))
            {
                diagnostics.Add(Rules.FieldRequired.At(document.DisplayPath, fields.LineOfField(required), 1, required,
                    $"{FrontMatterFields.Meanings.GetValueOrDefault(required, required)}; every {type.Name} has one"));
            }
        }

        return document.With(diagnostics) with { Report = report, Type = type };
    }

    private static void CheckFieldNames(YamlFields fields)
    {
        // A repeated field never gets here: loading the YAML refuses it (field-duplicate, in YamlText).
        foreach (var (key, keyNode, _) in fields.Entries)
        {
            if (keyNode is not YamlScalarNode)
            {
                // "[a]: 1" has a list for a field name: not a 'field: value' line.
                fields.Report(Rules.FrontMatterShape.At(fields.File, fields.LineOf(keyNode), fields.ColumnOf(keyNode)));
            }
            else if (!FrontMatterFields.Meanings.ContainsKey(key))
            {
                // An unknown field is an error, not a warning: "acces: exempt" misspelt would otherwise publish an exempt paper.
                fields.Report(fields.At(Rules.FieldUnknown, keyNode, key).WithHint(
                    Suggest.Nearest(key, FrontMatterFields.Known) is { } near ? $"did you mean '{near}'?" : $"the fields are: {string.Join(", ", FrontMatterFields.Known)}"));
            }
        }
    }

    /// <param name="what">What the date is, for a message: "meeting date".</param>
    private static DateOnly? ReadDate(YamlFields fields, string key, string what)
    {
        var text = fields.Text(key, true, FrontMatterFields.Meanings[key]);
        if (text is null) return null;
        var node = fields.Find(key)!;
        if (!IsoDate().IsMatch(text))
        {
            var hint = DateOnly.TryParseExact(text.Replace("th ", " ").Replace("st ", " ").Replace("nd ", " ").Replace("rd ", " "),
                LooseDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var loose)
                ? $"write '{key}: {loose:yyyy-MM-dd}'"
                : $"for example '{key}: 2024-07-15' for 15 July 2024";
            fields.Report(fields.At(Rules.DateFormat, node, text, what).WithHint(hint));
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            fields.Report(fields.At(Rules.DateInvalid, node, text, what));
            return null;
        }
        if (date.Year is < FirstYear or > LastYear)
        {
            fields.Report(fields.At(Rules.DateOutOfRange, node, what, text, FirstYear, LastYear));
            return null;
        }
        return date;
    }

    private static (ImmutableArray<string> Wards, bool All) ReadWards(YamlFields fields, Site site)
    {
        var list = fields.List("wards", true, FrontMatterFields.Meanings["wards"]);
        if (list is not { } items) return ([], false);
        if (items.Length == 0)
        {
            fields.Report(fields.At(Rules.WardsEmpty, fields.Find("wards")!));
            return ([], false);
        }
        if (items.Any(i => i.Value == "all"))
        {
            if (items.Length > 1)
            {
                fields.Report(fields.At(Rules.FieldValue, fields.Find("wards")!, "wards", "all", "either 'all' on its own, or a list of wards without 'all'"));
            }
            return ([], true);
        }
        var wards = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, node) in items)
        {
            if (site.FindWard(id) is not null)
            {
                if (!wards.Contains(id)) wards.Add(id);
                continue;
            }
            var byName = site.Settings.Wards.FirstOrDefault(w => string.Equals(w.Name, id, StringComparison.OrdinalIgnoreCase));
            var hint = byName is not null
                ? $"the ward '{byName.Name}' has the id '{byName.Id}'"
                : IsBoroughWide(id) ? "for a borough-wide paper write 'wards: all'" : Suggest.Hint(id, site.Settings.Wards.Select(w => w.Id));
            fields.Report(fields.At(Rules.WardUnknown, node, id).WithHint(hint));
        }
        return (wards.ToImmutable(), false);
    }

    // The seeds write borough-wide papers as "Boroughwide", "Borough wide" and "All".
    private static bool IsBoroughWide(string text) =>
        SectionTitle.Normalise(text).Replace(" ", "") is "boroughwide" or "all" or "allwards" or "wholeborough";

    private static FinancialPeriod? ReadPeriod(YamlFields fields, DateOnly? meeting, int startMonth)
    {
        var text = fields.Text("period", false, "");
        if (text is null) return null;
        var node = fields.Find("period")!;
        if (FinancialPeriod.Parse(text) is not { } period)
        {
            fields.Report(fields.At(Rules.PeriodFormat, node, text).WithHint("the year the financial year starts and the next, a space, then Q1 to Q4: '2024/25 Q1' is April to June 2024"));
            return null;
        }
        if (period.StartYear is < FirstYear or >= LastYear)
        {
            fields.Report(fields.At(Rules.DateOutOfRange, node, "period", text, FirstYear, LastYear));
            return null;
        }
        if (meeting is { } date && period.LastDay(startMonth) >= date)
        {
            fields.Report(fields.At(Rules.PeriodAfterMeeting, node, period, period.LastDay(startMonth), date)
                .WithHint($"the latest quarter to have ended by the meeting is {FinancialPeriod.Of(date, startMonth).Previous}"));
        }
        return period;
    }

    /// <summary>One of the choices: (false, null) when the field is absent; (true, null), with an error, when it is given
    /// but empty or neither choice.</summary>
    private static (bool Given, string? Choice) ReadChoice(YamlFields fields, string key, string[] choices, string hint)
    {
        if (fields.Find(key) is not { } node) return (false, null);
        var text = fields.Text(key, false, "");
        var either = string.Join(", ", choices[..^1].Select(c => $"'{c}'")) + $" or '{choices[^1]}'";
        if (text is null)
        {
            // "access:" left blank decided nothing; it must not quietly mean 'public'. (A list or mapping has its field-type error.)
            if (node is YamlScalarNode) fields.Report(Rules.FieldEmpty.At(fields.File, fields.LineOfField(key), 1, key, either).WithHint(hint));
            return (true, null);
        }
        // "access: Exempt" means what it says; refusing it over case would only risk a paper's status.
        if (choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is { } choice) return (true, choice);
        fields.Report(fields.At(Rules.FieldValue, node, key, text, either));
        return (true, null);
    }

    private static string? NearestBoardByName(string typed, Site site)
    {
        var normalised = SectionTitle.Normalise(typed);
        var match = site.Boards.Values.FirstOrDefault(b => SectionTitle.Normalise(b.Name) == normalised || SectionTitle.Normalise(b.ShortName) == normalised);
        return match is null ? null : $"the board '{match.Name}' has the id '{match.Id}'";
    }
}
