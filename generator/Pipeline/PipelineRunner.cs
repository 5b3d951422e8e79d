using System.Collections.Immutable;

namespace Committee.Pipeline;

/// <summary>
/// Runs stages in order. Document stages run across reports in parallel (the documents are
/// immutable and independent); archive stages see every report at once.
/// </summary>
public static class PipelineRunner
{
    public static ImmutableArray<ReportDocument> Run(
        IReadOnlyList<IStage> stages,
        PipelineContext context,
        Action<IStage>? onStage = null,
        ImmutableArray<ReportDocument> documents = default)
    {
        if (documents.IsDefault) documents = [];
        foreach (var stage in stages)
        {
            onStage?.Invoke(stage);
            documents = stage switch
            {
                IDocumentStage each => [.. documents.AsParallel().AsOrdered().Select(d => each.Process(d, context))],
                IArchiveStage all => all.Process(documents, context),
                _ => throw new InvalidOperationException($"Stage {stage.Name} is neither a document nor an archive stage."),
            };
        }
        return documents;
    }
}
