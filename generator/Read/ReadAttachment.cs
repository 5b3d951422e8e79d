using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>Reads an attachment's bytes, with the care <see cref="ReadReports"/> takes over a paper's.</summary>
public static class ReadAttachment
{
    /// <summary>
    /// An attachment's bytes, read as a paper's are: only an ordinary file inside the content folder, and never more
    /// than the limit and one byte. Null when they were read; else why not.
    /// </summary>
    public static Diagnostic? Bytes(AttachmentFile file, PipelineContext context, out byte[] bytes)
    {
        bytes = [];
        var content = Path.GetFullPath(context.Options.ContentDirectory);
        var limit = context.Site.Settings.AttachmentLimitBytes;
        var kind = SourceFile.Kind(file.SourcePath, content);
        if (kind != SourceFile.Entry.File) return Rules.NotAFile.InFile(file.DisplayPath, SourceFile.Describe(file.SourcePath, kind));
        try
        {
            var read = SourceFile.ReadAtMost(file.SourcePath, limit, out var length);
            if (read.Length > limit) return Rules.AttachmentTooLarge.InFile(file.DisplayPath, length, context.Site.Settings.AttachmentLimitMb);
            bytes = read;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Rules.NotAFile.InFile(file.DisplayPath, $"a file that could not be read ({e.Message})");
        }
    }
}
