using System.Globalization;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>Builds the template models from the pipeline's documents.</summary>
public static class Views
{
    public static SiteView Site(SiteSettings settings)
    {
        var root = Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        return new SiteView(settings.Council, settings.Title, settings.Description, settings.BaseUrl, root.EndsWith('/') ? root : root + "/", settings.Language);
    }

    public static string LongDate(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static ReportView Report(ReportDocument document, Site site, string body, IReadOnlyList<ContentsEntry> contents)
    {
        var report = document.Report!;
        var board = site.Boards.GetValueOrDefault(report.BoardId);
        return new ReportView(
            Site(site.Settings),
            report.Title,
            report.BoardId,
            board?.Name ?? report.BoardId,
            LongDate(report.Date),
            report.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            report.Officer,
            report.Portfolio ?? "",
            report.Contact ?? "",
            report.Summary ?? "",
            report.AllWards,
            [.. report.Wards.Select(id => new WardView(id, site.FindWard(id)?.Name ?? id))],
            report.Period?.ToString() ?? "",
            document.Type?.Name ?? "",
            contents,
            body,
            report.IsDraft,
            report.ExemptParagraph ?? 0);
    }

    public static ReportLink Link(ReportDocument document) => new(
        document.Report!.Title,
        document.Url!,
        LongDate(document.Report.Date),
        document.Report.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        document.Report.IsDraft,
        document.Report.IsExempt);
}
