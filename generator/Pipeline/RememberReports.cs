using System.Collections.Immutable;

namespace Committee.Pipeline;

/// <summary>
/// Records what the per-report stages found in the <see cref="ReportMemo"/>, which the command saves for the next run
/// once this one is over. It comes after the last per-report stage and before the archive-wide ones, whose findings
/// depend on the other reports.
/// </summary>
public sealed class RememberReports : IArchiveStage
{
    public string Name => "Remember reports";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        context.Memo?.Remember(documents);
        return documents;
    }
}
