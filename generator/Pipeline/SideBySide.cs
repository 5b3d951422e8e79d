using System.Collections.Immutable;
using System.Runtime.ExceptionServices;

namespace Committee.Pipeline;

/// <summary>
/// Two lines of archive stages run at the same time, each stage of a line after the one before it, for stages that
/// make products (files, the search index) rather than change the documents: each must hand back the documents it
/// was given. Indexing for search keeps about one core busy at 100,000 reports (its merging is one thread, and so is
/// the collector), and writing the search index's files is mostly the disk's work: the listing files are rendered
/// meanwhile on whatever the other line leaves free.
/// </summary>
public sealed class SideBySide(IReadOnlyList<IArchiveStage> first, IReadOnlyList<IArchiveStage> second) : IArchiveStage
{
    public string Name => $"{string.Join(", ", first.Select(s => s.Name))}; at the same time, {string.Join(", ", second.Select(s => s.Name))}";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        void Line(IReadOnlyList<IArchiveStage> stages)
        {
            foreach (var stage in stages)
            {
                if (stage.Process(documents, context) != documents)
                {
                    throw new InvalidOperationException($"Stage {stage.Name} changed the documents; only stages that hand them back as they were can run at once.");
                }
            }
        }

        var other = Task.Factory.StartNew(() => Line(second), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            Line(first);
        }
        catch
        {
            // The other line finishes (or fails) before the failure goes on: nothing may still be writing when it does.
            Task.WaitAny(other);
            throw;
        }
        try
        {
            other.GetAwaiter().GetResult();
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(PipelineRunner.Unwrap(e));
        }
        return documents;
    }
}
