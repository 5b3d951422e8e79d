using System.Collections.Immutable;

namespace Committee.Pipeline;

/// <summary>A named step of the pipeline. The runner decides how a stage runs; see the two kinds below.</summary>
public interface IStage
{
    string Name { get; }
}

/// <summary>A stage that looks at one report at a time; the runner runs it on many reports in parallel.</summary>
public interface IDocumentStage : IStage
{
    ReportDocument Process(ReportDocument document, PipelineContext context);
}

/// <summary>A stage that needs every report at once (URL collisions, boards without reports, writing the site).</summary>
public interface IArchiveStage : IStage
{
    ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context);
}
