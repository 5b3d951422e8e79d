using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Committee.Pipeline;

/// <summary>
/// Runs stages in order. Archive stages see every report at once. Consecutive document stages run as one pass: each
/// report goes through all of them before the next report starts, across reports in parallel (the documents are
/// immutable and independent), so a report's Markdown tree is made and used while it is fresh, and
/// <paramref name="afterEachReport"/> (in <c>Run</c>) can let go of it before the next archive stage.
/// </summary>
public static class PipelineRunner
{
    /// <param name="afterEachReport">Applied to each report after every pass of document stages (validate uses it to drop the trees).</param>
    /// <param name="recall">Given each report and its pass of document stages, returns what the pass makes of it: the
    /// preview's memo finds it again when the report is unchanged (<see cref="Incremental.BuildMemo.Checked"/>).</param>
    // Optimised from the start (as the shipped, ahead-of-time compiled tool always is) so that the reports a stage
    // replaces are not kept alive by this frame: unoptimised code keeps every local and argument until it returns.
    [System.Runtime.CompilerServices.MethodImpl(Compile.Optimised)]
    public static ImmutableArray<ReportDocument> Run(
        IReadOnlyList<IStage> stages,
        PipelineContext context,
        Action<IStage>? onStage = null,
        ImmutableArray<ReportDocument> documents = default,
        Func<ReportDocument, ReportDocument>? afterEachReport = null,
        Func<ReportDocument, Func<ReportDocument, ReportDocument>, ReportDocument>? recall = null)
    {
        if (documents.IsDefault) documents = [];
        try
        {
            return RunStages(stages, context, onStage, documents, afterEachReport, recall);
        }
        catch (AggregateException e)
        {
            // A stage's own parallel loop (writing the search index's files, say) failed: the command sees what went
            // wrong ("No space left on device: …"), not "One or more errors occurred".
            context.Products.Abandon();
            ExceptionDispatchInfo.Throw(Unwrap(e));
            throw;
        }
        catch
        {
            // A build that stops part-way leaves the previous site as it was: its half-written fresh folder goes.
            context.Products.Abandon();
            throw;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Compile.Optimised)]
    private static ImmutableArray<ReportDocument> RunStages(
        IReadOnlyList<IStage> stages,
        PipelineContext context,
        Action<IStage>? onStage,
        ImmutableArray<ReportDocument> documents,
        Func<ReportDocument, ReportDocument>? afterEachReport,
        Func<ReportDocument, Func<ReportDocument, ReportDocument>, ReportDocument>? recall)
    {
        for (var i = 0; i < stages.Count;)
        {
            if (stages[i] is IArchiveStage all)
            {
                onStage?.Invoke(all);
                documents = all.Process(documents, context);
                i++;
                continue;
            }
            var pass = new List<IDocumentStage>();
            for (; i < stages.Count && stages[i] is IDocumentStage each; i++) pass.Add(each);
            if (pass.Count == 0) throw new InvalidOperationException($"Stage {stages[i].Name} is neither a document nor an archive stage.");
            onStage?.Invoke(new Pass(pass));
            ReportDocument Process(ReportDocument d)
            {
                foreach (var stage in pass) d = stage.Process(d, context);
                return afterEachReport is null ? d : afterEachReport(d);
            }
            documents = InParallel(documents, recall is null ? Process : d => recall(d, Process));
        }
        return documents;
    }

    /// <summary>Document stages run together, named after all of them in the build's log.</summary>
    private sealed record Pass(IReadOnlyList<IDocumentStage> Stages) : IStage
    {
        public string Name => string.Join(", ", Stages.Select(s => s.Name));
    }

    /// <summary>
    /// Each report processed on whichever core is free, its result written to its own place, so the order needs no
    /// merging. Parallel.For hands out the reports in ranges it balances as it goes, where an ordered PLINQ query over an
    /// array splits it into one fixed range per core up front: a core slowed by other work (or by a few long papers)
    /// then leaves the other idle at the end.
    /// </summary>
    private static ImmutableArray<ReportDocument> InParallel(ImmutableArray<ReportDocument> documents, Func<ReportDocument, ReportDocument> process)
    {
        try
        {
            var processed = new ReportDocument[documents.Length];
            Parallel.For(0, documents.Length, i => processed[i] = process(documents[i]));
            return ImmutableCollectionsMarshal.AsImmutableArray(processed);
        }
        catch (AggregateException e)
        {
            // A stage's exception (a file that changed under the build, say) reaches the command as itself, not wrapped.
            ExceptionDispatchInfo.Throw(Unwrap(e));
            throw;
        }
    }

    /// <summary>The first failure inside an <see cref="AggregateException"/>, however deeply parallel loops nested it.</summary>
    public static Exception Unwrap(Exception e) => e is AggregateException all ? Unwrap(all.Flatten().InnerExceptions[0]) : e;
}
