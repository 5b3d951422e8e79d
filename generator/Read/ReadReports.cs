using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>Reads each report's bytes as UTF-8 text, refusing binary files and files too large to be a paper.</summary>
public sealed class ReadReports : IDocumentStage
{
    /// <summary>A paper is text; 4 MB is far beyond any real one and keeps a stray data file from stalling a build.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public string Name => "Read reports";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (!FindReports.IsReportFile(document.SourcePath)) return document;
        byte[]? buffer = null;
        try
        {
            ReadOnlySpan<byte> bytes;
            FileStamp stamp;
            try
            {
                // One open file for the size, the time and the bytes. The size and time are taken before the bytes: a
                // change made while reading then shows as a new stamp next run.
                using var file = File.OpenHandle(document.SourcePath);
                var length = RandomAccess.GetLength(file);
                stamp = new FileStamp(length, File.GetLastWriteTimeUtc(file).Ticks, null);
                if (length > MaxBytes) return document.With(Rules.TooLarge.InFile(document.DisplayPath, length, MaxBytes)) with { Stamp = stamp };
                // The bytes are only hashed and decoded: a buffer lent for the moment spares an array per report.
                buffer = ArrayPool<byte>.Shared.Rent((int)length);
                var read = 0;
                for (int n; read < length && (n = RandomAccess.Read(file, buffer.AsSpan(read, (int)length - read), read)) > 0;) read += n;
                bytes = buffer.AsSpan(0, read);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                return document.With(Rules.NotText.InFile(document.DisplayPath, $"it could not be read: {e.Message}"));
            }
            document = document with { Stamp = stamp with { Hash = FileStamp.HashOf(bytes) } };

            if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
            if (bytes.IndexOf((byte)0) >= 0) return document.With(Rules.NotText.InFile(document.DisplayPath, "it contains binary data"));
            if (!Utf8.IsValid(bytes)) return document.With(Rules.NotText.InFile(document.DisplayPath, "it is not UTF-8 encoded"));
            return document with { Text = Encoding.UTF8.GetString(bytes) };
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
