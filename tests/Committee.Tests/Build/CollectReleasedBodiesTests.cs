using Committee.Pipeline;
using Committee.Render;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>
/// Rendering a page lets go of its body and counts the bytes (<see cref="BuildProducts.ReleasedBodies"/>), and the
/// stage after it collects only when that count is large (<see cref="CollectReleasedBodies"/>): a full build of a
/// large archive, not a small one. In a build, a public paper's body goes to its meeting's agenda pack, made in the same
/// pass, and no document keeps it.
/// </summary>
public class CollectReleasedBodiesTests
{
    [Fact]
    public void Render_pages_counts_the_bytes_of_every_body_it_lets_go()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var run = ArchiveRun.Check(site.Options(), loadTemplates: true);
        Assert.Equal(0, run.Errors);
        var bodies = run.Documents.Where(d => d.Body is not null).ToList();
        Assert.NotEmpty(bodies);
        var context = run.Context with { Products = new() };

        // Without a site to write (a stage run on its own), every body is let go once its page is made.
        var pages = run.Documents.Select(d => new RenderPages().Process(d, context)).ToList();
        Assert.Equal(bodies.Sum(d => (long)d.Body!.Size), context.Products.ReleasedBodies);
        Assert.All(pages, d => Assert.Null(d.Body));

        // A build hands each public paper's body to its meeting's agenda pack, made in the same pass: none is kept.
        var build = run.Context with { Products = new() };
        var published = PipelineRunner.Run(Pipelines.Publish, build, documents: run.Documents);
        Assert.Contains(published, d => d.HasPage && !d.Report!.IsExempt);
        Assert.All(published, d => Assert.Null(d.Body));
        Assert.Equal(bodies.Sum(d => (long)d.Body!.Size), build.Products.ReleasedBodies);
    }

    [Fact]
    public void Only_many_bodies_let_go_make_a_collection()
    {
        Assert.False(CollectReleasedBodies.ShouldCollect(0));
        Assert.False(CollectReleasedBodies.ShouldCollect(60L * 1024 * 1024)); // about what 10,000 reports' bodies hold
        Assert.True(CollectReleasedBodies.ShouldCollect(600L * 1024 * 1024)); // about what 100,000 reports' bodies hold
    }
}
