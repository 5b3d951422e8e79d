using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Committee.Model;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Meetings;

/// <summary>
/// <c>decisions.json</c> and <c>decisions.csv</c>: every decision in the meetings' minutes (<see cref="Decisions"/>),
/// newest meeting first, for reuse beside <c>reports.json</c>. The fields are described in docs/archive.md.
/// </summary>
public static class DecisionData
{
    public static readonly string[] Columns = ["board", "board_name", "meeting_date", "meeting_url", "item", "title", "decision"];

    public static IEnumerable<ListingFile> Files(PipelineContext context)
    {
        var rows = new Lazy<List<string[]>>(() => Rows(context));
        yield return new ListingFile("decisions.json", () => Json(rows.Value));
        yield return new ListingFile("decisions.csv", () => Csv(rows.Value));
    }

    private static List<string[]> Rows(PipelineContext context)
    {
        var site = context.Site;
        return
        [
            .. context.Meetings
                .Where(m => m.Date <= context.Options.BuildDate)
                .OrderByDescending(m => m.Date).ThenBy(m => m.BoardId, StringComparer.Ordinal)
                .SelectMany(Decisions.Of)
                .Select(d => new[]
                {
                    d.BoardId, Syndication.BoardName(site, d.BoardId), Addresses.Iso(d.Date),
                    site.Settings.BaseUrl + Addresses.Meeting(d.BoardId, d.Date), d.Item, d.Title, d.Text,
                }),
        ];
    }

    private static byte[] Json(List<string[]> rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Length; i++)
                {
                    if (row[i].Length == 0) json.WriteNull(Columns[i]);
                    else json.WriteString(Columns[i], row[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>RFC 4180, each row ending CRLF, each field guarded against CSV injection as <c>reports.csv</c> is.</summary>
    private static byte[] Csv(List<string[]> rows)
    {
        var csv = new StringBuilder(string.Join(',', Columns)).Append("\r\n");
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) csv.Append(',');
                OpenData.Quote(csv, row[i]);
            }
            csv.Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
