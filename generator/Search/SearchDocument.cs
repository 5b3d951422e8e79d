using Committee.Pipeline;

namespace Committee.Search;

/// <summary>One paper as the search index sees it: the text of each field, and what the results and filters show.</summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    string Headings,
    string Summary,
    string Body,
    string BoardId,
    string Date,
    string Quarter,
    string Year,
    IReadOnlyList<string> Wards,
    string TypeId,
    string Officer,
    bool Draft)
{
    /// <summary>What may be searched: never an exempt paper; a draft only in a <c>--drafts</c> build.</summary>
    public static bool IsSearchable(ReportDocument document, bool includeDrafts) =>
        document.Html is not null && document.Url is not null && document.SearchText is not null &&
        document.Report is { IsExempt: false, Date: not null } report && (includeDrafts || !report.IsDraft);

    public static SearchDocument From(ReportDocument document)
    {
        var report = document.Report!;
        var text = document.SearchText!;
        var quarter = document.Quarter;
        return new SearchDocument(
            document.Url!,
            report.Title,
            text.Headings,
            report.Summary ?? "",
            text.Body,
            report.BoardId,
            Model.Addresses.Iso(report.Date!.Value),
            quarter?.ToString() ?? "",
            quarter?.Year ?? "",
            report.AllWards ? ["all"] : [.. report.Wards.Order(StringComparer.Ordinal)],
            document.Type?.Id ?? report.TypeId ?? "",
            report.Officer,
            report.IsDraft);
    }
}
