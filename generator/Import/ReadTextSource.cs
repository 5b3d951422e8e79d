using System.Text;
using System.Text.Unicode;

namespace Committee.Import;

/// <summary>Reads extracted text (.txt, .md), as in the seeds: UTF-8, or Windows-1252 as older tools save it.</summary>
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
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        if (span.IndexOf((byte)0) >= 0) return SourceRead.Fail($"{shown} is not a text file (it contains binary data). Import the Word (.docx) or PDF original instead.");
        // Text saved by older Windows tools is Windows-1252; Latin-1 reads it without losing a line.
        var text = Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : Encoding.Latin1.GetString(span);
        return SourceRead.Ok(new SourceText(shown, "text", ReadSource.Lines(text)));
    }
}
