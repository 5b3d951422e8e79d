using System.Collections.Immutable;
using Committee.Pipeline;

namespace Committee.Read;

/// <summary>Lists the report files: every <c>*.md</c> under <c>content/reports/</c>, in a stable order.</summary>
public sealed class FindReports : IArchiveStage
{
    public string Name => "Find reports";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var reportsFolder = Path.Combine(context.Options.ContentDirectory, "reports");
        IEnumerable<string> files = Directory.Exists(reportsFolder)
            ? Directory.EnumerateFiles(reportsFolder, "*.md", SearchOption.AllDirectories)
            : [];
        return
        [
            .. files
                .Select(Path.GetFullPath)
                .Order(StringComparer.Ordinal)
                .Select(path => new ReportDocument { SourcePath = path, DisplayPath = context.Display(path) }),
        ];
    }
}
