using System.Collections.Immutable;
using Committee.Parse;
using Committee.Read;

namespace Committee.Pipeline;

/// <summary>
/// Recalls each report whose file is unchanged since the last run from the <see cref="ReportMemo"/>: it comes back
/// with what the per-report stages found then, marked <see cref="ReportDocument.Recalled"/>, and skips those
/// stages (the runner sees to it) until <see cref="RememberReports"/>. Does nothing in a run without a memo.
/// </summary>
public sealed class RecallReports : IArchiveStage
{
    public string Name => "Recall unchanged reports";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        if (context.Memo is not { } memo) return documents;
        memo.Load(context);
        if (!memo.HasPrevious) return documents;
        return [.. documents.AsParallel().AsOrdered().Select(d => memo.Recall(d, context))];
    }

    /// <summary>
    /// A recalled report with its Markdown and sections read and parsed again, for a page that has to be rendered.
    /// The file must still hold the text that was validated; if it changed since, the build stops rather than
    /// publish text nobody checked (the next run checks it).
    /// </summary>
    public static ReportDocument LoadMarkdown(ReportDocument document, PipelineContext context)
    {
        var read = new ReadReports().Process(document with { Recalled = false, Stamp = null, Diagnostics = [] }, context);
        if (read.Text is null || read.Stamp?.Hash != document.Stamp?.Hash) throw new ChangedException(document.DisplayPath);
        var parsed = new FindSections().Process(new ParseMarkdown().Process(read, context), context);
        if (parsed.Markdown is null) throw new ChangedException(document.DisplayPath);
        return document with { Markdown = parsed.Markdown, Sections = parsed.Sections };
    }

    /// <summary>A recalled report's file changed while the site was being built.</summary>
    public sealed class ChangedException(string file)
        : IOException($"{file} changed while the site was being built. Build again to check and publish the new version.");
}
