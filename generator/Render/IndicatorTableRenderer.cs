using System.Net;
using Committee.Indicators;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Committee.Render;

/// <summary>What a paper's indicator tables are shown with: the catalogue, the site's words and the site's root path.</summary>
public sealed record IndicatorMarkup(IndicatorCatalogue Catalogue, Words Words, string Root);

/// <summary>
/// Renders a paper's tables. An indicator table (<see cref="IndicatorTable"/>) still renders as a table, with each known
/// indicator's name linked to its page, its status as a badge (its word, colour and shape: never colour alone) and its
/// direction of travel as an arrow beside its word, the arrow hidden from screen readers. Any other table, and every
/// table where no markup is set, is rendered by Markdig's own table renderer.
/// </summary>
internal sealed class IndicatorTableRenderer(HtmlTableRenderer plain) : HtmlObjectRenderer<Table>
{
    /// <summary>Set for the paper being rendered, on this renderer's thread (<see cref="MarkdownRenderer"/>).</summary>
    public IndicatorMarkup? Markup { get; set; }

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (Markup is not { } markup || markup.Catalogue.IsEmpty || IndicatorTable.Columns(table) is not { } columns)
        {
            plain.Write(renderer, table);
            return;
        }
        renderer.EnsureLine();
        renderer.WriteLine("<table>");
        var body = false;
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader) renderer.WriteLine("<thead>");
            else if (!body)
            {
                renderer.WriteLine("<tbody>");
                body = true;
            }
            renderer.WriteLine("<tr>");
            var named = row.IsHeader ? null : markup.Catalogue.Find(IndicatorTable.CellText(row, IndicatorTable.Find(columns, IndicatorColumn.Indicator)));
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                var tag = row.IsHeader ? "th" : "td";
                renderer.Write('<').Write(tag);
                if (i < table.ColumnDefinitions.Count && table.ColumnDefinitions[i].Alignment is { } alignment)
                {
                    renderer.Write($" style=\"text-align: {alignment.ToString().ToLowerInvariant()};\"");
                }
                renderer.Write('>');
                var role = i < columns.Length ? columns[i] : IndicatorColumn.Other;
                if (row.IsHeader || !Badge(renderer, role, IndicatorTable.CellText(row, i), markup))
                {
                    var link = role == IndicatorColumn.Indicator && named is not null && !cell.Descendants<Markdig.Syntax.Inlines.LinkInline>().Any();
                    if (link) renderer.Write($"<a class=\"govuk-link\" href=\"{WebUtility.HtmlEncode(markup.Root + IndicatorViews.Address(named!.Id))}\">");
                    var implicitParagraph = renderer.ImplicitParagraph;
                    renderer.ImplicitParagraph = true;
                    renderer.Write(cell);
                    renderer.ImplicitParagraph = implicitParagraph;
                    if (link) renderer.Write("</a>");
                }
                renderer.WriteLine($"</{tag}>");
            }
            renderer.WriteLine("</tr>");
            if (row.IsHeader) renderer.WriteLine("</thead>");
        }
        if (body) renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    /// <summary>Writes a status or direction the table gives as its badge; false when the cell is anything else.</summary>
    private static bool Badge(HtmlRenderer renderer, IndicatorColumn role, string text, IndicatorMarkup markup)
    {
        if (role == IndicatorColumn.Status && ReadStatus.Rag(text) is { } rag)
        {
            var view = IndicatorViews.Rag(rag, markup.Words);
            renderer.Write($"<strong class=\"rag rag--{view.Key}\"><span class=\"rag__shape\" aria-hidden=\"true\"></span>{WebUtility.HtmlEncode(view.Text)}</strong>");
            return true;
        }
        if (role == IndicatorColumn.Direction && ReadStatus.Direction(text) is { } direction)
        {
            var view = IndicatorViews.Direction(direction, markup.Words);
            renderer.Write($"<span class=\"direction direction--{view.Key}\"><span class=\"direction__arrow\" aria-hidden=\"true\">{view.Arrow}</span> {WebUtility.HtmlEncode(view.Text)}</span>");
            return true;
        }
        return false;
    }
}
