using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Committee.Indicators;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// <c>indicators.csv</c> and <c>indicators.json</c>: one row per indicator per quarter, tidy, so the figures load straight
/// into a spreadsheet or pandas. Target and actual are numbers in the indicator's unit (95 for 95%); a target that is a
/// range is written "28 to 40". Only public papers' figures: an exempt paper holds none, and drafts are left out.
/// </summary>
public static class IndicatorData
{
    public const string Csv = "indicators.csv";
    public const string Json = "indicators.json";

    public static readonly string[] Columns = ["indicator", "indicator_name", "board", "quarter", "target", "actual", "unit", "rag", "direction", "report_url"];

    public static IEnumerable<ListingFile> Files(ListedReports listed, PipelineContext context)
    {
        var catalogue = context.Site.Indicators;
        if (catalogue.IsEmpty) yield break;
        var rows = new Lazy<List<(Indicator Indicator, IndicatorPoint Point)>>(() => [.. catalogue.ById.Values
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .SelectMany(i => listed.Indicators.Value.Of(i.Id).Select(p => (i, p)))]);
        var baseUrl = context.Site.Settings.BaseUrl;
        yield return new ListingFile(Csv, () => CsvFile(rows.Value, baseUrl));
        yield return new ListingFile(Json, () => JsonFile(rows.Value, baseUrl));
        yield return new ListingFile(Names, () => NamesFile(catalogue));
    }

    /// <summary>Every indicator's name and address, for the search page to find indicators by name (<c>search.js</c>).</summary>
    public const string Names = "indicators/names.json";

    private static byte[] NamesFile(IndicatorCatalogue catalogue)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var indicator in catalogue.ById.Values.OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", indicator.Name);
                json.WriteString("url", IndicatorViews.Address(indicator.Id));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>A row's values: text, or a number (written bare in both files).</summary>
    private static (string? Text, bool Number)[] Values(Indicator indicator, IndicatorPoint point, string baseUrl)
    {
        var (target, actual) = (point.Reading.Target, point.Reading.Actual);
        return
        [
            (indicator.Id, false),
            (indicator.Name, false),
            (point.BoardId, false),
            (point.Quarter.ToString(), false),
            (target?.Plain, target is { Bound: not Bound.Range }),
            (actual?.Plain, actual is { Bound: not Bound.Range }),
            (indicator.Unit.ToString().ToLowerInvariant(), false),
            (point.Reading.Status?.ToString().ToLowerInvariant(), false),
            (point.Reading.Direction?.ToString().ToLowerInvariant(), false),
            (baseUrl + point.PaperUrl, false),
        ];
    }

    private static byte[] CsvFile(List<(Indicator Indicator, IndicatorPoint Point)> rows, string baseUrl)
    {
        var csv = new StringBuilder(string.Join(',', Columns)).Append("\r\n");
        foreach (var (indicator, point) in rows)
        {
            var values = Values(indicator, point, baseUrl);
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0) csv.Append(',');
                if (values[i] is (string number, true)) csv.Append(number);
                else if (values[i].Text is { } text) OpenData.Quote(csv, text);
            }
            csv.Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static byte[] JsonFile(List<(Indicator Indicator, IndicatorPoint Point)> rows, string baseUrl)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (indicator, point) in rows)
            {
                json.WriteStartObject();
                var values = Values(indicator, point, baseUrl);
                for (var i = 0; i < values.Length; i++)
                {
                    json.WritePropertyName(Columns[i]);
                    if (values[i] is (string number, true)) json.WriteRawValue(number);
                    else if (values[i].Text is { } text) json.WriteStringValue(text);
                    else json.WriteNullValue();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }
}
