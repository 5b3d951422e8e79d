using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// <c>reports.json</c> and <c>reports.csv</c>: every public report's metadata and address, for reuse.
/// The fields are described in the README; exempt papers and drafts are never listed.
/// </summary>
/// <remarks>Each report's row is made straight into UTF-8 bytes; the files are the rows joined (<see cref="OpenDataRows"/>).</remarks>
public static class OpenData
{
    public static readonly string[] Columns =
        ["title", "url", "board", "board_name", "meeting_date", "item", "officer", "portfolio", "contact", "summary", "wards", "period", "quarter", "type", "last_changed"];

    private static readonly JsonEncodedText[] Names = [.. Columns.Select(c => JsonEncodedText.Encode(c))];

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What closes an indented array: a line break and the bracket.</summary>
    private static byte[] JsonEnd { get; } = Encoding.UTF8.GetBytes(JsonOptions.NewLine + "]");

    /// <summary>Both files show the same rows: one per public report, newest meeting first.</summary>
    public static IEnumerable<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var site = context.Site;
        var files = new Lazy<(byte[] Json, byte[] Csv)>(() => OpenDataRows.Files(
            Syndication.Public(listed.Public.Reports), JsonFrame, CsvFrame, d => (JsonRow(d, site), CsvRow(d, site))));
        yield return new ListingFile("reports.json", () => files.Value.Json);
        yield return new ListingFile("reports.csv", () => files.Value.Csv);
    }

    /// <summary>
    /// An indented JSON array, as an indenting writer gives it for the whole array: each row is the part between the
    /// brackets of a one-row array, rows are joined with commas, and the file ends with a line break.
    /// </summary>
    private static readonly OpenDataRows.Frame JsonFrame = new("["u8.ToArray(), ","u8.ToArray(), [.. JsonEnd, (byte)'\n'], "[]\n"u8.ToArray());

    /// <summary>RFC 4180: a header row, then a row per report (each ending CRLF); the wards joined with ';'.</summary>
    private static readonly OpenDataRows.Frame CsvFrame = new(Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\r\n"), [], [], Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\r\n"));

    /// <summary>One report's values, in <see cref="Columns"/> order: text, a number, or a list (wards).</summary>
    private readonly record struct Value(string? Text, int? Number = null, IReadOnlyList<string>? List = null);

    private static void Values(ReportDocument d, Site site, Span<Value> values)
    {
        var r = d.Report!;
        values[0] = new(r.Title);
        values[1] = new(site.Settings.BaseUrl + d.Url);
        values[2] = new(r.BoardId);
        values[3] = new(Syndication.BoardName(site, r.BoardId));
        values[4] = new(Views.Iso(r.Date));
        values[5] = new(null, r.Item);
        values[6] = new(r.Officer);
        values[7] = new(r.Portfolio);
        values[8] = new(r.Contact);
        values[9] = new(r.Summary);
        values[10] = new(null, null, r.AllWards ? AllWards : r.Wards);
        values[11] = new(r.Period?.ToString());
        values[12] = new(d.Quarter?.ToString());
        values[13] = new(r.TypeId);
        values[14] = new(d.LastChanged is { } changed ? Addresses.Iso(changed) : null);
    }

    private static readonly string[] AllWards = ["all"];


    /// <summary>One report's object as it stands in the indented array, from its line break to its closing brace.</summary>
    private static byte[] JsonRow(ReportDocument report, Site site)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Span<Value> values = new Value[Columns.Length];
        Values(report, site, values);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            for (var i = 0; i < values.Length; i++)
            {
                json.WritePropertyName(Names[i]);
                var value = values[i];
                if (value.List is { } list)
                {
                    json.WriteStartArray();
                    foreach (var item in list) json.WriteStringValue(item);
                    json.WriteEndArray();
                }
                else if (value.Number is { } number) json.WriteNumberValue(number);
                else if (value.Text is { } text) json.WriteStringValue(text);
                else json.WriteNullValue();
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }
        return buffer.WrittenSpan[1..^JsonEnd.Length].ToArray();
    }

    private static byte[] CsvRow(ReportDocument report, Site site)
    {
        var csv = new StringBuilder(600);
        Span<Value> values = new Value[Columns.Length];
        Values(report, site, values);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) csv.Append(',');
            var value = values[i];
            if (value.List is { } list) Quote(csv, string.Join(';', list));
            else if (value.Number is { } number) csv.Append(number.ToString(CultureInfo.InvariantCulture));
            else if (value.Text is { } text) Quote(csv, text);
        }
        csv.Append("\r\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>
    /// Quote a field holding a comma, quote or line break, doubling its quotes. A field a spreadsheet would run as a
    /// formula (starting '=', '+', '-', '@', tab or carriage return: CSV injection) starts with an apostrophe, as OWASP
    /// advises, so a title such as "=HYPERLINK(...)" opens as text. Only here: the JSON is data, not a spreadsheet.
    /// </summary>
    internal static void Quote(StringBuilder csv, string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(field);
            return;
        }
        csv.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
