using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;
using Committee.Read;

namespace Committee.Render;

/// <summary>
/// A public paper's attachments: which are published under its address, how its page lists them, and their bytes
/// handed to the site. An exempt attachment is listed by its title and paragraph only and its file is never read; an
/// exempt paper's attachments are never listed or read at all (its page is the exempt notice).
/// </summary>
public static class AttachmentViews
{
    /// <summary>The files published with a public paper: of a published type, and not marked exempt.</summary>
    public static IEnumerable<AttachmentFile> Published(ReportDocument document)
    {
        if (document.Report is not { IsExempt: false } report) return [];
        return document.Attachments.Where(f => f.Kind is not null && !Entry(report, f.Name).IsExempt);
    }

    /// <summary>The list on the paper's page: each published file, and a notice for each exempt one.</summary>
    public static IReadOnlyList<AttachmentView> Listed(ReportDocument document, Words words)
    {
        if (document.Report is not { IsExempt: false } report) return [];
        return [.. document.Attachments.Where(f => f.Kind is not null).Select(file =>
        {
            var entry = Entry(report, file.Name);
            var title = entry.Title ?? AttachmentFile.TitleFrom(file.Name);
            return entry.IsExempt
                ? new AttachmentView(title, "", "", "", true, entry.ExemptParagraph ?? 0)
                : new AttachmentView(title, Uri.EscapeDataString(file.Name), words[file.Kind!], SizeText(file.Length, words), false, 0);
        })];
    }

    /// <summary>
    /// Hands each published attachment's bytes to the site under the paper's address. Read as the papers are: an
    /// ordinary file inside the content folder only, and never more than the limit and one byte.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Copy(ReportDocument document, PipelineContext context, ISiteOutputs output)
    {
        var findings = new List<Diagnostic>();
        foreach (var file in Published(document))
        {
            if (ReadAttachment.Bytes(file, context, out var bytes) is { } problem) findings.Add(problem);
            else if (file.IsSvg && AttachmentFile.ActiveContent(bytes) is { } active) findings.Add(Rules.AttachmentActive.InFile(file.DisplayPath, active));
            else output.Add(document.Url + file.Name, bytes);
        }
        return findings;
    }

    private static string SizeText(long bytes, Words words)
    {
        var (key, number) = AttachmentFile.Size(bytes);
        return words[key, ("number", number)];
    }

    private static AttachmentEntry Entry(Report report, string name) =>
        report.Attachments.FirstOrDefault(e => e.File == name) ?? new AttachmentEntry(name, null, false, null, 0);
}

/// <summary>An attachment in a paper's page: a link with its type and size, or an exempt notice.</summary>
public sealed record AttachmentView(string Title, string Url, string Kind, string Size, bool IsExempt, int ExemptParagraph);
