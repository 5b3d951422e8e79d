using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>
/// Lists the report files: every <c>*.md</c> under <c>content/reports/</c>, in a stable order. Any other
/// file there (a Word document, a PDF) is listed too, with a warning, so nothing in the reports folder is
/// silently left unpublished; hidden files such as <c>.gitkeep</c> are not.
/// </summary>
public sealed class FindReports : IArchiveStage
{
    public string Name => "Find reports";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var reportsFolder = Path.Combine(context.Options.ContentDirectory, "reports");
        IEnumerable<string> files = Directory.Exists(reportsFolder)
            ? Directory.EnumerateFiles(reportsFolder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.'))
            : [];
        return
        [
            .. files
                .Select(Path.GetFullPath)
                .Order(StringComparer.Ordinal)
                .Select(path => new ReportDocument { SourcePath = path, DisplayPath = context.Display(path) })
                .Select(d => IsReportFile(d.SourcePath) ? d : d.With(Rules.NotAReport.InFile(d.DisplayPath))),
        ];
    }

    public static bool IsReportFile(string path) => path.EndsWith(".md", StringComparison.Ordinal);
}
