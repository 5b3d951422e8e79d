using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Committee.Render.Listings;

/// <summary>
/// A public paper's body as its meeting's agenda pack holds it: its headings one level down (the paper's title is the
/// pack's h2), its ids and the links within it prefixed with the paper's id (several papers share the page), and links
/// relative to the paper (an attachment beside it) made from the paper's address. <c>pack.liquid</c> writes it with
/// <c>{{ report.body }}</c>, rebased from the kept UTF-8 straight into the page as it is made: the packs hold every public
/// paper's text, and each copy of a body made on the way (as text, then rebased text) is memory the build must go through.
/// </summary>
/// <param name="Id">The paper's id in the pack (<c>paper-&lt;slug&gt;</c>).</param>
/// <param name="Url">The paper's own page, which its relative links are made from.</param>
[JsonConverter(typeof(PackBodyKey))]
public sealed class PackBody(ReportBody body, string id, string url)
{
    public string Id => id;

    public string Url => url;

    /// <summary>The hash of the body's bytes: with <see cref="Id"/> and <see cref="Url"/>, everything the pack's text of
    /// the paper is made from, so what the preview's memo keys a pack by (<see cref="Incremental.ViewModelJson"/>).</summary>
    public string Key => new Incremental.ContentKey().Add(body.Utf8).Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the rebased body: as UTF-8 straight into the page's bytes when the writer is the page's own.</summary>
    public void WriteTo(TextWriter writer) => PageBuffer.WriteUtf8(writer, body.Utf8, (html, into) => Rebase(html, id, url, into));

    /// <summary>The rebased body as text, for a template that filters it (<c>| raw</c>, say).</summary>
    public override string ToString()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(text);
        return text.ToString();
    }

    /// <summary>The body as a template writes it: <c>{{ report.body }}</c>.</summary>
    public PageContent Content => PageContent.Written(WriteTo);

    /// <summary>Rebases a body's HTML (as UTF-8; every mark it looks for is ASCII) into <paramref name="into"/>.</summary>
    public static void Rebase(ReadOnlySpan<byte> html, string id, string url, Stream into)
    {
        var (prefix, link) = (Encoding.UTF8.GetBytes(id + "-"), Encoding.UTF8.GetBytes(url));
        var written = 0;
        for (var at = html.IndexOfAny((byte)'<', (byte)'='); at >= 0; at = Next(html, at + 1))
        {
            if (html[at] == '<')
            {
                // <h2 … <h5 and </h2 … </h5, whole tag names only: one level down.
                var digit = at + (html[(at + 1)..].StartsWith("/h"u8) ? 3 : html[(at + 1)..].StartsWith("h"u8) ? 2 : 0);
                if (digit == at || digit >= html.Length || html[digit] is < (byte)'2' or > (byte)'5' || IsWordByte(html, digit + 1)) continue;
                into.Write(html[written..digit]);
                into.WriteByte((byte)(html[digit] + 1));
                written = digit + 1;
                continue;
            }
            // id="…" and href="…", after a space; the value runs to the next quote.
            var isId = html[..at].EndsWith(" id"u8);
            if (!isId && !html[..at].EndsWith(" href"u8)) continue;
            if (at + 1 >= html.Length || html[at + 1] != '"') continue;
            var start = at + 2;
            var length = html[start..].IndexOf((byte)'"');
            if (length < 0) continue;
            var value = html.Slice(start, length);
            into.Write(html[written..start]);
            if (value.StartsWith("#"u8))
            {
                into.WriteByte((byte)'#');
                into.Write(prefix);
                value = value[1..];
            }
            else if (isId) into.Write(prefix);
            else if (!value.StartsWith("/"u8) && !value.Contains((byte)':')) into.Write(link);
            into.Write(value);
            written = start + length;
            at = written - 1;
        }
        into.Write(html[written..]);
    }

    private static int Next(ReadOnlySpan<byte> html, int from)
    {
        if (from >= html.Length) return -1;
        var next = html[from..].IndexOfAny((byte)'<', (byte)'=');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Whether the character at <paramref name="at"/> carries a tag name on (a word character, as \w has it).</summary>
    private static bool IsWordByte(ReadOnlySpan<byte> html, int at)
    {
        if (at >= html.Length) return false;
        if (html[at] < 0x80) return char.IsAsciiLetterOrDigit((char)html[at]) || html[at] == '_';
        System.Text.Rune.DecodeFromUtf8(html[at..], out var rune, out _);
        return System.Text.Rune.GetUnicodeCategory(rune) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}

/// <summary>A <see cref="PackBody"/> in the preview memo's keys: what its text is made from, not the text.</summary>
internal sealed class PackBodyKey : JsonConverter<PackBody>
{
    public override PackBody Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        throw new NotSupportedException("A pack's key is only written.");

    public override void Write(System.Text.Json.Utf8JsonWriter writer, PackBody value, System.Text.Json.JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Id);
        writer.WriteStringValue(value.Url);
        writer.WriteStringValue(value.Key);
        writer.WriteEndArray();
    }
}
