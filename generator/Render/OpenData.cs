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
/// <remarks>
/// Both files list the whole archive, so any edit to a public paper makes them again (13 MB at 10,000 papers). They
/// are written straight into UTF-8 bytes, a row at a time from the report's fields, with no object per row and no
/// string of the whole file: about a tenth of the time of building a dictionary per row for a serialiser.
/// </remarks>
public static class OpenData
{
    public static readonly string[] Columns =
        ["title", "url", "board", "board_name", "meeting_date", "item", "officer", "portfolio", "contact", "summary", "wards", "period", "quarter", "type", "last_changed"];

    private static readonly JsonEncodedText[] Names = [.. Columns.Select(c => JsonEncodedText.Encode(c))];

    /// <summary>Both files show the same rows: one per public report, newest meeting first.</summary>
    public static IEnumerable<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var site = context.Site;
        var rows = new Lazy<List<ReportDocument>>(() => Syndication.Public(listed.Public.Reports));
        var key = ListingFile.KeyOf("open data", listed.Public);
        yield return new ListingFile("reports.json", key, () => Json(rows.Value, site));
        yield return new ListingFile("reports.csv", key, () => Csv(rows.Value, site));
    }

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

    /// <summary>The rows as indented JSON: each field a string, a number, a list of strings or null.</summary>
    private static byte[] Json(List<ReportDocument> rows, Site site)
    {
        var buffer = new ArrayBufferWriter<byte>(rows.Count * 900 + 64);
        var values = new Value[Columns.Length];
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                Values(row, site, values);
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
            }
            json.WriteEndArray();
        }
        "\n"u8.CopyTo(buffer.GetSpan(1));
        buffer.Advance(1);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>RFC 4180: a header row, then a row per report, CRLF line ends; the wards joined with ';'.</summary>
    private static byte[] Csv(List<ReportDocument> rows, Site site)
    {
        var csv = new StringBuilder(rows.Count * 600 + 256);
        csv.AppendJoin(',', Columns).Append("\r\n");
        var values = new Value[Columns.Length];
        foreach (var row in rows)
        {
            Values(row, site, values);
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0) csv.Append(',');
                var value = values[i];
                if (value.List is { } list) Quote(csv, string.Join(';', list));
                else if (value.Number is { } number) csv.Append(number.ToString(CultureInfo.InvariantCulture));
                else if (value.Text is { } text) Quote(csv, text);
            }
            csv.Append("\r\n");
        }
        // Chunk by chunk, through one encoder, which carries a surrogate pair split between two chunks.
        var utf8 = new ArrayBufferWriter<byte>(csv.Length + csv.Length / 8 + 16);
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in csv.GetChunks())
        {
            var span = utf8.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            utf8.Advance(encoder.GetBytes(chunk.Span, span, flush: false));
        }
        utf8.Advance(encoder.GetBytes([], utf8.GetSpan(8), flush: true));
        return utf8.WrittenSpan.ToArray();
    }

    /// <summary>Quote a field holding a comma, quote or line break, doubling its quotes.</summary>
    private static void Quote(StringBuilder csv, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(field);
            return;
        }
        csv.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
