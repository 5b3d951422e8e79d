using System.Collections.Concurrent;
using System.Collections.Immutable;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Tests.Build;

/// <summary>
/// Two lines of archive stages at the same time (<see cref="SideBySide"/>): each line in its order, both done before the
/// stage ends, a failure in either reaching the caller as itself, and no stage allowed to change the documents.
/// </summary>
public class SideBySideTests
{
    private static PipelineContext Context() => new(
        new Site(SiteSettings.Default, ImmutableDictionary<string, Board>.Empty, ImmutableDictionary<string, ReportType>.Empty, "content", "site-src"),
        new BuildOptions { ContentDirectory = "content", SiteDirectory = "site-src" });

    private static readonly ImmutableArray<ReportDocument> Documents =
        [new ReportDocument { SourcePath = "/r/a.md", DisplayPath = "a.md" }, new ReportDocument { SourcePath = "/r/b.md", DisplayPath = "b.md" }];

    /// <summary>Notes that it ran (after a pause, so the lines overlap), and hands the documents back.</summary>
    private sealed class Note(string name, ConcurrentQueue<string> log, Exception? failure = null) : IArchiveStage
    {
        public string Name => name;

        public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
        {
            Thread.Sleep(30);
            if (failure is not null) throw failure;
            log.Enqueue(name);
            return documents;
        }
    }

    private sealed class Change : IArchiveStage
    {
        public string Name => "Change";

        public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context) =>
            [.. documents.Select(d => d with { Text = "changed" })];
    }

    [Fact]
    public void Both_lines_run_each_in_its_order_before_the_stage_ends()
    {
        var log = new ConcurrentQueue<string>();
        var stage = new SideBySide([new Note("a1", log), new Note("a2", log), new Note("a3", log)], [new Note("b1", log), new Note("b2", log)]);

        var result = PipelineRunner.Run([stage], Context(), documents: Documents);

        Assert.Equal(Documents, result);
        Assert.Equal(["a1", "a2", "a3"], log.Where(n => n[0] == 'a'));
        Assert.Equal(["b1", "b2"], log.Where(n => n[0] == 'b'));
        Assert.Equal("a1, a2, a3; at the same time, b1, b2", stage.Name);
    }

    [Fact]
    public void A_failure_in_the_second_line_reaches_the_caller_as_itself_once_the_first_is_done()
    {
        var log = new ConcurrentQueue<string>();
        var stage = new SideBySide([new Note("a1", log), new Note("a2", log)], [new Note("b1", log, new IOException("The disk is full."))]);

        var error = Assert.Throws<IOException>(() => PipelineRunner.Run([stage], Context(), documents: Documents));

        Assert.Equal("The disk is full.", error.Message);
        Assert.Equal(["a1", "a2"], log);
    }

    [Fact]
    public void A_failure_in_the_first_line_waits_for_the_second()
    {
        var log = new ConcurrentQueue<string>();
        var stage = new SideBySide([new Note("a1", log, new IOException("No room."))], [new Note("b1", log), new Note("b2", log), new Note("b3", log)]);

        var error = Assert.Throws<IOException>(() => PipelineRunner.Run([stage], Context(), documents: Documents));

        Assert.Equal("No room.", error.Message);
        Assert.Equal(["b1", "b2", "b3"], log);
    }

    [Fact]
    public void A_stage_that_changes_the_documents_is_refused()
    {
        var stage = new SideBySide([new Change()], [new Note("b1", new ConcurrentQueue<string>())]);

        var error = Assert.Throws<InvalidOperationException>(() => PipelineRunner.Run([stage], Context(), documents: Documents));
        Assert.Contains("Change changed the documents", error.Message, StringComparison.Ordinal);
    }
}
