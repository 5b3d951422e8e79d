using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;
using Committee.Read;

namespace Committee.Validate;

/// <summary>
/// Checks a paper's attachments: each file in its folder is a type the site publishes and within the size limit
/// (<c>attachment_limit_mb</c>), and each <c>attachments:</c> entry names a file that is there. Links from the body to
/// attachments are checked with the body's other links (<see cref="CheckContent"/>, using <see cref="LinkedName"/>).
/// </summary>
public sealed class CheckAttachments : IDocumentStage
{
    public string Name => "Check attachments";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Report is not { } report || (document.Attachments.IsEmpty && report.Attachments.IsEmpty)) return document;
        var settings = context.Site.Settings;
        var diagnostics = new List<Diagnostic>();
        foreach (var file in document.Attachments)
        {
            if (file.IsLockFile) diagnostics.Add(Rules.AttachmentType.InFile(file.DisplayPath).WithHint("it is Office's lock file, left while a document is open: close the document, or delete this file"));
            else if (file.Kind is null) diagnostics.Add(Rules.AttachmentType.InFile(file.DisplayPath));
            else if (file.Length > settings.AttachmentLimitBytes) diagnostics.Add(Rules.AttachmentTooLarge.InFile(file.DisplayPath, file.Length, settings.AttachmentLimitMb));
            else if (file.IsReadByChecks && ReadAttachment.Bytes(file, context, out var bytes) is null && AttachmentFile.ActiveContent(bytes) is { } active)
            {
                diagnostics.Add(Rules.AttachmentActive.InFile(file.DisplayPath, active));
            }
        }
        foreach (var entry in report.Attachments.Where(e => !Has(document, e.File)))
        {
            diagnostics.Add(Rules.AttachmentMissing.At(document.DisplayPath, entry.Line, 1, entry.File, document.FolderName));
        }
        return document.With(diagnostics);
    }

    public static bool Has(ReportDocument document, string name) => document.Attachments.Any(f => f.Name == name);

    /// <summary>
    /// The attachment a link in the body points to, or null for a link that is not to one. A link is to an attachment
    /// when it is relative and starts with the paper's folder (<c>2024-11-12-performance/appendix-a.pdf</c>, as the
    /// Markdown file sees it, so previews in Git hosts and editors work too), or names a file of an attachment type
    /// (<c>appendix-a.pdf</c>, which would lead nowhere from the page: <paramref name="bare"/> is then true).
    /// </summary>
    public static string? LinkedName(string url, string folder, out bool bare)
    {
        bare = false;
        if (url.Length == 0 || url[0] is '/' or '#' or '?' || url.StartsWith("\\", StringComparison.Ordinal)) return null;
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        var colon = path.IndexOf(':');
        if (colon >= 0 && (path.IndexOf('/') is var slash && (slash < 0 || colon < slash))) return null; // a scheme: https:, mailto:
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        if (path.StartsWith(folder + "/", StringComparison.Ordinal)) return path[(folder.Length + 1)..];
        if (!path.Contains('/') && AttachmentFile.Kinds.ContainsKey(Path.GetExtension(path)))
        {
            bare = true;
            return path;
        }
        return null;
    }
}
