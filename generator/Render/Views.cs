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
        root = root.EndsWith('/') ? root : root + "/";
        var information = settings.Information;
        var contact = information.ContactUrl.Length > 0 ? information.ContactUrl
            : information.ContactEmail.Length > 0 ? "mailto:" + information.ContactEmail : "";
        return new SiteView(settings.Council, settings.Title, settings.Description, settings.BaseUrl, root, settings.Language, settings.Colour, root + Addresses.Feed,
            contact, root + settings.Favicon)
        {
            SearchFallback = Listings.SearchFallback.Of(settings.SearchFallbackUrl) ?? Listings.SearchFallback.None,
        };
    }

    public static string LongDate(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Iso(DateOnly? date) => date is { } d ? Addresses.Iso(d) : "";

    public static NavLink Nav(ReportLink? link, string root) => link is null ? new NavLink("", "") : new NavLink(link.Title, root + link.Url);

    public static ReportView Report(ReportDocument document, Site site, PageContent body, IReadOnlyList<ContentsEntry> contents, Words? words = null)
    {
        var report = document.Report!;
        var board = site.Boards.GetValueOrDefault(report.BoardId);
        var view = Site(site.Settings);
        var date = report.Date!.Value;
        return new ReportView(
            view,
            report.Title,
            report.BoardId,
            board?.Name ?? report.BoardId,
            LongDate(date),
            Iso(date),
            report.Officer,
            report.Portfolio ?? "",
            report.Contact ?? "",
            report.Summary ?? "",
            report.AllWards,
            [.. report.Wards.Select(id => new WardView(id, site.FindWard(id)?.Name ?? id))],
            report.Period?.ToString() ?? "",
            document.Type?.Name ?? "",
            document.AgendaItem ?? "",
            contents,
            body,
            report.IsDraft,
            report.ExemptParagraph ?? 0,
            document.Quarter?.ToString() ?? "",
            document.Quarter is { } q ? view.Root + Addresses.Quarter(q) : "",
            view.Root + Addresses.Meeting(report.BoardId, date),
            view.Root + Addresses.Board(report.BoardId),
            LongDate(document.Published),
            Iso(document.Published),
            LongDate(document.LastChanged),
            Iso(document.LastChanged),
            document.LastChanged is not null && document.RepositoryPath is { } path ? site.Settings.Information.History(path) : "",
            Nav(document.Previous, view.Root),
            Nav(document.Next, view.Root),
            AttachmentViews.Listed(document, words ?? Words.English),
            StatusOf(report),
            report.IsExempt ? "" : report.StatusReason,
            report.Supplementary)
        {
            Indicators = IndicatorViews.Of(document, view.Root),
        };
    }

    /// <summary>A paper in a listing. An exempt paper shows its title and date only, never its summary.</summary>
    /// <param name="root">The site's root path (<see cref="SiteView.Root"/>), worked out once by the caller rather than once per paper.</param>
    public static ReportItem Paper(ReportDocument document, Site site, string root)
    {
        var report = document.Report!;
        return new ReportItem(
            report.Title,
            root + document.Url,
            report.BoardId,
            site.Boards.GetValueOrDefault(report.BoardId)?.Name ?? report.BoardId,
            LongDate(report.Date),
            Iso(report.Date),
            document.Quarter?.ToString() ?? "",
            report.IsExempt ? "" : report.Summary ?? "",
            report.Item?.ToString() ?? "",
            report.IsDraft,
            report.IsExempt,
            StatusOf(report),
            report.Supplementary);
    }

    /// <summary>"withdrawn" or "deferred" for a paper not taken at its meeting; "" for any other.</summary>
    public static string StatusOf(Model.Report report) => report.IsWithdrawnOrDeferred ? report.Status.ToString().ToLowerInvariant() : "";
}
