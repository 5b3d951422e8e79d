using System.Collections.Immutable;

namespace Committee.Import;

/// <summary>
/// An old paper as lines of text, whatever it came from: the seeds' extracted text, a Word document
/// flattened to the same shape, or a PDF's text layer. Line numbers are 1-based and refer to these lines,
/// which for a text file are the file's own lines.
/// </summary>
public sealed record SourceText(string File, string Kind, ImmutableArray<string> Lines);

/// <summary>What reading a source gave: its text, or why it could not be read (said for an officer, naming the file).</summary>
public sealed record SourceRead(SourceText? Text, string? Problem)
{
    public static SourceRead Ok(SourceText text) => new(text, null);
    public static SourceRead Fail(string problem) => new(null, problem);
}

/// <summary>Chooses the reader by the file's extension.</summary>
public static class ReadSource
{
    public static readonly string[] Extensions = [".txt", ".md", ".docx", ".pdf"];

    public static SourceRead From(string path, string shown)
    {
        if (!File.Exists(path)) return SourceRead.Fail($"{shown}: there is no such file.");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var read = extension switch
        {
            ".txt" or ".md" or ".text" => ReadTextSource.From(path, shown),
            ".docx" => ReadWordSource.From(path, shown),
            ".pdf" => ReadPdfSource.From(path, shown),
            ".doc" => SourceRead.Fail($"{shown} is in the old Word format (.doc). Open it in Word and save it as a Word document (.docx), then import that."),
            _ => SourceRead.Fail($"{shown} is not a kind of file the import reads. It reads plain text (.txt, .md), Word (.docx) and PDF (.pdf)."),
        };
        if (read.Text is { } text && !text.Lines.Any(l => l.Any(char.IsLetterOrDigit)))
        {
            return SourceRead.Fail($"{shown} has no text in it{(extension == ".pdf" ? " (it may be a scanned image: run it through text recognition (OCR) or find the Word original)" : "")}.");
        }
        return read;
    }

    /// <summary>Splits text into lines, whatever the line endings.</summary>
    public static ImmutableArray<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')];
}
