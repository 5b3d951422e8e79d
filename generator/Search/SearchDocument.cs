using System.Runtime.CompilerServices;
using Committee.Pipeline;

namespace Committee.Search;

/// <summary>One paper as the search index sees it: the text of each field, and what the results and filters show.</summary>
/// <param name="Text">The headings and body.</param>
/// <param name="Details">Who and where, from the paper's details rather than its text: the officer, the contact, the
/// portfolio and the wards' names, searched as a field of their own. Other things about a paper that are not its text
/// (a meeting's minutes and decisions, say) become fields of their own in the same way.</param>
public sealed record SearchDocument(
    string Url,
    string Title,
    SearchText Text,
    string Summary,
    string BoardId,
    string Date,
    string Quarter,
    string Year,
    IReadOnlyList<string> Wards,
    string TypeId,
    string Officer,
    bool Draft,
    string Details = "")
{
    public SearchDocument(
        string url, string title, string headings, string summary, string body, string boardId, string date, string quarter, string year,
        IReadOnlyList<string> wards, string typeId, string officer, bool draft)
        : this(url, title, new SearchText(headings, body), summary, boardId, date, quarter, year, wards, typeId, officer, draft)
    {
    }

    public string Headings => Text.Headings;
    public string Body => Text.Body;

    /// <summary>What may be searched: never an exempt paper; a draft only in a <c>--drafts</c> build.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static bool IsSearchable(ReportDocument document, bool includeDrafts) =>
        document.HasPage && document.Url is not null && document.SearchText is not null &&
        document.Report is { IsExempt: false, Date: not null } report && (includeDrafts || !report.IsDraft);

    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static SearchDocument From(ReportDocument document, Model.Site? site = null)
    {
        var report = document.Report!;
        var quarter = document.Quarter;
        var wards = report.AllWards ? [] : report.Wards.Select(id => site?.FindWard(id)?.Name ?? id);
        var details = string.Join(" · ", new[] { report.Officer, report.Contact, report.Portfolio }.Concat(wards).Where(t => !string.IsNullOrWhiteSpace(t)));
        return new SearchDocument(
            document.Url!,
            report.Title,
            document.SearchText!,
            report.Summary ?? "",
            report.BoardId,
            Model.Addresses.Iso(report.Date!.Value),
            quarter?.ToString() ?? "",
            quarter?.Year ?? "",
            report.AllWards ? ["all"] : [.. report.Wards.Order(StringComparer.Ordinal)],
            document.Type?.Id ?? report.TypeId ?? "",
            report.Officer,
            report.IsDraft,
            details);
    }
}
