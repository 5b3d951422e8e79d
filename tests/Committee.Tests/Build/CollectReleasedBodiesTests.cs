using Committee.Pipeline;
using Committee.Render;
using Committee.Tests.Support;
using Committee.Write;

namespace Committee.Tests.Build;

/// <summary>
/// Rendering a page lets go of its body and counts the bytes (<see cref="BuildProducts.ReleasedBodies"/>), and the
/// stage after it collects only when that count is large (<see cref="CollectReleasedBodies"/>): a full build of a
/// large archive, not a rebuild or a small one.
/// </summary>
public class CollectReleasedBodiesTests
{
    [Fact]
    public void Render_pages_counts_the_bytes_of_every_body_it_lets_go_and_a_rebuild_only_the_edited_one()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var run = ArchiveRun.Validate(site.Options(), loadTemplates: true, useMemo: true);
        Assert.Equal(0, run.Errors);
        var bodies = run.Documents.Where(d => d.Body is not null).ToList();
        Assert.NotEmpty(bodies);
        var context = run.Context with { Cache = BuildCache.Load(run.Context), Products = new() };

        var published = PipelineRunner.Run(Pipelines.Publish, context, documents: run.Documents);
        Assert.Equal(bodies.Sum(d => (long)d.Body!.Size), context.Products.ReleasedBodies);
        Assert.All(published, d => Assert.Null(d.Body));
        run.Context.Memo!.Save();

        // One report edited: the others are recalled from the memo without a body, so only its body is rendered and let go.
        var edited = bodies.First(d => File.ReadAllText(d.SourcePath).Contains("summary: \"", StringComparison.Ordinal)).SourcePath;
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("summary: \"", "summary: \"Edited. ", StringComparison.Ordinal));
        var again = ArchiveRun.Validate(site.Options(), loadTemplates: true, useMemo: true);
        Assert.Equal(0, again.Errors);
        var rendered = Assert.Single(again.Documents, d => d.Body is not null);
        Assert.Equal(edited, rendered.SourcePath);
        var next = again.Context with { Cache = BuildCache.Load(again.Context), Products = new() };
        PipelineRunner.Run(Pipelines.Publish, next, documents: again.Documents);
        Assert.Equal(rendered.Body!.Size, next.Products.ReleasedBodies);
    }

    [Fact]
    public void Only_many_bodies_let_go_make_a_collection()
    {
        Assert.False(CollectReleasedBodies.ShouldCollect(0));
        Assert.False(CollectReleasedBodies.ShouldCollect(60L * 1024 * 1024)); // about what 10,000 reports' bodies hold
        Assert.True(CollectReleasedBodies.ShouldCollect(600L * 1024 * 1024)); // about what 100,000 reports' bodies hold
    }
}
