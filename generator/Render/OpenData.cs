using System.Globalization;
using System.Text;
using System.Text.Json;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// <c>reports.json</c> and <c>reports.csv</c>: every public report's metadata and address, for reuse.
/// The fields are described in the README; exempt papers and drafts are never listed.
/// </summary>
public static class OpenData
{
    public static readonly string[] Columns =
        ["title", "url", "board", "board_name", "meeting_date", "item", "officer", "portfolio", "contact", "summary", "wards", "period", "quarter", "type", "last_changed"];

    public static IEnumerable<(string Path, string Text)> Render(IReadOnlyList<ReportDocument> listed, PipelineContext context)
    {
        var site = context.Site;
        var rows = Syndication.Public(listed).Select(d => Row(d, site)).ToList();
        var json = JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        yield return ("reports.json", json + "\n");

        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', Columns.Select(c => Quote(row[c] switch
            {
                null => "",
                string[] list => string.Join(';', list),
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var value => value.ToString() ?? "",
            })))).Append("\r\n");
        }
        yield return ("reports.csv", csv.ToString());
    }

    private static Dictionary<string, object?> Row(ReportDocument d, Site site)
    {
        var r = d.Report!;
        return new Dictionary<string, object?>
        {
            ["title"] = r.Title,
            ["url"] = site.Settings.BaseUrl + d.Url,
            ["board"] = r.BoardId,
            ["board_name"] = Syndication.BoardName(site, r.BoardId),
            ["meeting_date"] = Views.Iso(r.Date),
            ["item"] = r.Item,
            ["officer"] = r.Officer,
            ["portfolio"] = r.Portfolio,
            ["contact"] = r.Contact,
            ["summary"] = r.Summary,
            ["wards"] = r.AllWards ? new[] { "all" } : r.Wards.ToArray(),
            ["period"] = r.Period?.ToString(),
            ["quarter"] = d.Quarter?.ToString(),
            ["type"] = r.TypeId,
            ["last_changed"] = d.LastChanged is { } changed ? Addresses.Iso(changed) : null,
        };
    }

    /// <summary>RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
