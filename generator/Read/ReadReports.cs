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
        // FindReports has a finding for anything it did not list as a readable report: it is never opened.
        if (!FindReports.IsReportFile(document.SourcePath) || !document.Diagnostics.IsEmpty) return document;
        byte[] bytes;
        try
        {
            bytes = SourceFile.ReadAtMost(document.SourcePath, MaxBytes, out var length);
            if (bytes.Length > MaxBytes) return document.With(Rules.TooLarge.InFile(document.DisplayPath, length, MaxBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return document.With(Rules.NotText.InFile(document.DisplayPath, $"it could not be read: {e.Message}"));
        }

        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith("\uFEFF"u8)) text = text[3..];
        if (text.IndexOf((byte)0) >= 0) return document.With(Rules.NotText.InFile(document.DisplayPath, "it contains binary data"));
        if (!Utf8.IsValid(text)) return document.With(Rules.NotText.InFile(document.DisplayPath, "it is not UTF-8 encoded"));
        return document with { Text = Encoding.UTF8.GetString(text), Stage = ReportStage.Read };
    }
}
