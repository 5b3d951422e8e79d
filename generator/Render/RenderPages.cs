using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// Renders each published report into its page. An exempt report gets only a notice: its title,
/// board, date and the Schedule 12A paragraph; its text is never rendered at all. The body is usually rendered
/// already, by the per-report pass (<see cref="RenderMarkdown"/>). Once rendered, a report
/// lets go of its body and any tree: nothing after this stage needs them, and at 100,000 reports they are most of
/// the memory. In a build the page is written at once, handed to the site's outputs (<see cref="ISiteOutputs"/>), and not
/// kept: the disk works while the next pages are rendered, and a whole archive's pages are never held (figures:
/// docs/performance.md, 'Pages are written as they are rendered').
/// </summary>
public sealed class RenderPages : IDocumentStage
{
    public string Name => "Render pages";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (context.Templates is not { } templates || (document.HasErrors && !context.Options.Preview) || document.Url is null) return document;
        if (document.Report is not { } report || !document.IsPublished(context.Options.IncludeDrafts)) return document;

        var site = context.Site;
        var output = context.Products.Outputs;
        string? html = null;
        PageBuffer? buffer = null;
        try
        {
            PageContent content;
            if (report.IsExempt)
            {
                content = templates.Render("exempt", Views.Report(document, site, body: "", contents: []));
            }
            else
            {
                var body = document.Body ?? RenderMarkdown.Of(document, context);
                var model = Views.Report(document, site, body.Html, body.Contents, context.Words);
                content = PageContent.Written(writer => templates.Render("report", model, writer));
            }
            var words = context.Words;
            var (boardName, date) = (site.Boards[report.BoardId].Name, Views.LongDate(report.Date));
            var description = report.IsExempt
                ? words["exempt_description", ("board", boardName), ("date", date)]
                : report.Summary ?? words["report_description", ("board", boardName), ("date", date)];
            var view = Views.Site(site.Settings);
            var board = site.Boards[report.BoardId];
            var page = new PageView(view, report.Title, description, site.Settings.BaseUrl + document.Url, content, report.IsDraft, "boards",
            [
                new NavLink(words["home"], view.Root),
                new NavLink(words["boards_crumb"], view.Root + Model.Addresses.Boards),
                new NavLink(board.Name, view.Root + Model.Addresses.Board(board.Id)),
                new NavLink(Views.LongDate(report.Date), view.Root + Model.Addresses.Meeting(board.Id, report.Date!.Value)),
            ]);
            if (output is null) html = templates.Render("layout", page);
            else templates.Render("layout", page, (buffer = PageBuffer.Start()).Writer);
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
        context.Products.Released(document.Body);
        if (output is not null)
        {
            output.Add(document.Url + "index.html", buffer!.Bytes);
            // An exempt paper's attachments are never read: Published holds none of them.
            document = document.With(AttachmentViews.Copy(document, context, output));
            return document with { Stage = ReportStage.PageMade, Markdown = null, Sections = [], Body = null };
        }
        return document with { Stage = ReportStage.PageMade, Html = html, Markdown = null, Sections = [], Body = null };
    }
}
