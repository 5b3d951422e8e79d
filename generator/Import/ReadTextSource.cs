using System.Text;
using System.Text.Unicode;

namespace Committee.Import;

/// <summary>
/// Reads extracted text (.txt, .md): UTF-8 (with or without its byte-order mark), UTF-16 (with its mark, as
/// Windows "Unicode" text is saved), or else Windows-1252, the default of old Word-exported text.
/// </summary>
public static class ReadTextSource
{
    /// <summary>An old paper is a few pages; anything this large is not one.</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    public static SourceRead From(string path, string shown)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) return SourceRead.Fail($"{shown} is larger than 4 MB, far larger than a committee paper; it was not imported.");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceRead.Fail($"{shown} could not be read: {e.Message}");
        }
        if (bytes.Length == 0) return SourceRead.Fail($"{shown} is empty.");
        if (Decode(bytes) is not { } text) return SourceRead.Fail($"{shown} is not a text file (it contains binary data). Import the Word (.docx) or PDF original instead.");
        return SourceRead.Ok(new SourceText(shown, "text", ReadSource.Lines(text)));
    }

    /// <summary>The text, or null for binary data.</summary>
    public static string? Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        string text;
        if (span.StartsWith("\uFEFF"u8)) text = Utf8.IsValid(span[3..]) ? Encoding.UTF8.GetString(span[3..]) : Windows1252(span[3..]);
        else if (span.Length >= 2 && span[0] == 0xFF && span[1] == 0xFE) text = Encoding.Unicode.GetString(span[2..]);
        else if (span.Length >= 2 && span[0] == 0xFE && span[1] == 0xFF) text = Encoding.BigEndianUnicode.GetString(span[2..]);
        else if (span.IndexOf((byte)0) >= 0) return null;
        else text = Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : Windows1252(span);
        return text.Contains('\0') ? null : text;
    }

    /// <summary>
    /// Windows-1252: Latin-1 but for 0x80 to 0x9F, where it has the euro sign, curly quotes and dashes; read
    /// as Latin-1 those become invisible control characters.
    /// </summary>
    public static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes) text.Append(b is >= 0x80 and <= 0x9F && HighRange[b - 0x80] != '\0' ? HighRange[b - 0x80] : (char)b);
        return text.ToString();
    }

    private const string HighRange = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";
}
