using System.Collections.Immutable;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Tests.Build;

/// <summary>
/// The runner's pass of document stages: every report through every stage in order, the results in the reports' order
/// however the cores share them out, and a stage's exception reaching the caller as itself.
/// </summary>
public class PipelineRunnerTests
{
    private static PipelineContext Context() => new(
        new Site(SiteSettings.Default, ImmutableDictionary<string, Board>.Empty, ImmutableDictionary<string, ReportType>.Empty, "content", "site-src"),
        new BuildOptions { ContentDirectory = "content", SiteDirectory = "site-src" });

    private static ImmutableArray<ReportDocument> Documents(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ReportDocument { SourcePath = $"/r/{i:D5}.md", DisplayPath = $"{i:D5}.md" })];

    /// <summary>Appends its mark to the text; some reports take longer, so the cores finish them out of order.</summary>
    private sealed class Mark(string mark) : IDocumentStage
    {
        public string Name => "Mark " + mark;

        public ReportDocument Process(ReportDocument document, PipelineContext context)
        {
            if (document.DisplayPath.EndsWith("7.md", StringComparison.Ordinal)) Thread.SpinWait(20_000);
            return document with { Text = document.Text + mark };
        }
    }

    private sealed class Fail(string path) : IDocumentStage
    {
        public string Name => "Fail";

        public ReportDocument Process(ReportDocument document, PipelineContext context) =>
            document.DisplayPath == path ? throw new IOException($"{path} changed while the site was being built.") : document;
    }

    [Fact]
    public void Every_report_goes_through_the_stages_in_order_and_comes_back_in_its_place()
    {
        var documents = Documents(5_000);
        var seen = 0;
        var result = PipelineRunner.Run([new Mark("a"), new Mark("b"), new Mark("c")], Context(), stage => seen++, documents,
            afterEachReport: d => d with { Text = d.Text + "!" });

        Assert.Equal(1, seen); // the three stages ran as one pass
        Assert.Equal(documents.Select(d => d.SourcePath), result.Select(d => d.SourcePath));
        Assert.All(result, d => Assert.Equal("abc!", d.Text));
    }

    [Fact]
    public void A_stages_exception_reaches_the_caller_unwrapped()
    {
        var error = Assert.Throws<IOException>(() => PipelineRunner.Run([new Mark("a"), new Fail("02345.md")], Context(), documents: Documents(5_000)));
        Assert.Equal("02345.md changed while the site was being built.", error.Message);
    }
}
