using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// Renders each published report into its page. An exempt report gets only a notice: its title,
/// board, date and the Schedule 12A paragraph; its text is never rendered at all. The body is usually rendered
/// already, by the per-report pass (<see cref="RenderMarkdown"/>). Once rendered, a report
/// lets go of any tree. A public paper's body goes on to its meeting's agenda pack (<see cref="Listings.MeetingPacks"/>,
/// made as soon as the meeting's last page is), so the pack prints exactly the text its pages show, without reading or
/// rendering the paper again. In a build the page is written at once, handed to the site's outputs (<see cref="ISiteOutputs"/>), and not
/// kept: the disk works while the next pages are rendered, and a whole archive's pages are never held (figures:
/// docs/performance.md, 'Pages are written as they are rendered').
/// </summary>
public sealed class RenderPages : IDocumentStage
{
    public string Name => "Render pages";

    /// <summary>Whether this pass makes the paper's page (or fails to): a published paper with an address, in a run with templates.</summary>
    public static bool Renders(ReportDocument document, PipelineContext context) =>
        context.Templates is not null && !(document.HasErrors && !context.Options.Preview) && document.Url is not null
        && document.Report is not null && document.IsPublished(context.Options.IncludeDrafts);

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (!Renders(document, context)) return document;
        var made = Make(document, context, out var body);
        // A build makes the meeting's agenda pack once its last paper is made, from the bodies handed to it here.
        context.Products.Packs?.Done(document, made with { Body = body });
        return made;
    }

    private static ReportDocument Make(ReportDocument document, PipelineContext context, out ReportBody? body)
    {
        var (templates, report) = (context.Templates!, document.Report!);
        body = null;
        var site = context.Site;
        var output = context.Products.Outputs;
        string? html = null;
        PageBuffer? buffer = null;
        ReadOnlySpan<byte> bytes = default;
        byte[]? shared = null;
        try
        {
            // An exempt report's page is a notice: its text is never rendered.
            var rendered = body = report.IsExempt ? null : document.Body ?? RenderMarkdown.Of(document, context);
            // The model without its body, which is keyed by its own bytes (the preview's memo) and decoded only to render.
            var (template, bare) = rendered is null
                ? ("exempt", Views.Report(document, site, body: "", contents: []))
                : ("report", Views.Report(document, site, "", rendered.Contents, context.Words));
            var words = context.Words;
            var (boardName, date) = (site.Boards[report.BoardId].Name, Views.LongDate(report.Date));
            var description = report.IsExempt
                ? words["exempt_description", ("board", boardName), ("date", date)]
                : report.Summary ?? words["report_description", ("board", boardName), ("date", date)];
            var view = Views.Site(site.Settings);
            var board = site.Boards[report.BoardId];
            var page = new PageView(view, report.Title, description, site.Settings.BaseUrl + document.Url,
                PageContent.Written(writer => templates.Render(template, rendered is null ? bare : bare with { Body = PageContent.Written(page => PageBuffer.WriteUtf8(page, rendered.Utf8)) }, writer)), report.IsDraft, "boards",
            [
                new NavLink(words["home"], view.Root),
                new NavLink(words["boards_crumb"], view.Root + Model.Addresses.Boards),
                new NavLink(board.Name, view.Root + Model.Addresses.Board(board.Id)),
                new NavLink(Views.LongDate(report.Date), view.Root + Model.Addresses.Meeting(board.Id, report.Date!.Value)),
            ], document.AgendaItem is { } item ? words["print_agenda_item", ("item", item)] : board.ShortName);
            if (output is null) html = templates.Render("layout", page);
            else
            {
                ReadOnlySpan<byte> Render()
                {
                    templates.Render("layout", page, (buffer = PageBuffer.Start()).Writer);
                    return buffer.Bytes;
                }
                var path = document.Url + "index.html";
                if (context.Memo is { } memo) shared = memo.File(memo.KeyOf(path, rendered is null ? [] : rendered.Utf8, ("layout", page), (template, bare)), Render);
                else bytes = Render();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Fluid.FluidException)
        {
            if (buffer is not null) PageBuffer.Drop();
            // A template asked for a value that does not exist: a fault in site-src/, reported against the report it broke.
            return document.With(Rules.Settings.InFile(document.DisplayPath, $"The page could not be made from the templates: {e.Message}"));
        }
        catch
        {
            // The writer may still hold part of the failed page: the thread's next page starts from a new buffer.
            if (buffer is not null) PageBuffer.Drop();
            throw;
        }
        if (output is not null)
        {
            if (shared is not null) output.Add(document.Url + "index.html", shared);
            else output.Add(document.Url + "index.html", bytes);
            // An exempt paper's attachments are never read: Published holds none of them.
            document = document.With(AttachmentViews.Copy(document, context, output));
            // The preview keeps a public paper's body for its meeting's agenda pack, made when asked for (its memo holds
            // the body already); a build hands it to the pack (MeetingPacks) and keeps nothing.
            var kept = context.Products.Packs is null ? body : null;
            context.Products.Released(document.Body, kept);
            return document with { Stage = ReportStage.PageMade, Markdown = null, Sections = [], Body = kept };
        }
        context.Products.Released(document.Body);
        return document with { Stage = ReportStage.PageMade, Html = html, Markdown = null, Sections = [], Body = null };
    }
}
