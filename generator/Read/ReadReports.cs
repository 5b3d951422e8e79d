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
        byte[] bytes;
        FileStamp stamp;
        try
        {
            // The size and time are taken before the bytes: a change made while reading then shows as a new stamp next run.
            stamp = FileStamp.Of(new FileInfo(document.SourcePath));
            if (stamp.Length > MaxBytes) return document.With(Rules.TooLarge.InFile(document.DisplayPath, stamp.Length, MaxBytes)) with { Stamp = stamp };
            bytes = File.ReadAllBytes(document.SourcePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return document.With(Rules.NotText.InFile(document.DisplayPath, $"it could not be read: {e.Message}"));
        }
        document = document with { Stamp = stamp with { Hash = FileStamp.HashOf(bytes) } };

        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        if (span.IndexOf((byte)0) >= 0) return document.With(Rules.NotText.InFile(document.DisplayPath, "it contains binary data"));
        if (!Utf8.IsValid(span)) return document.With(Rules.NotText.InFile(document.DisplayPath, "it is not UTF-8 encoded"));
        return document with { Text = Encoding.UTF8.GetString(span) };
    }
}
