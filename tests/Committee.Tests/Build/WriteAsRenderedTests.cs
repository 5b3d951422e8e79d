using System.Collections.Immutable;
using Committee.Pipeline;
using Committee.Tests.Support;
using Committee.Write;

namespace Committee.Tests.Build;

/// <summary>
/// A build writes each report page as soon as it is rendered (<see cref="OpenSite"/>, <see cref="SiteWriter"/>), not
/// all of them at the end: the pages, and each meeting's agenda pack, made as soon as its last paper's page is, are on
/// disk before the search index is made, and no page's text is kept on its document. A full build that stops part-way still leaves the previous site as it was, with no half-written folder.
/// </summary>
public class WriteAsRenderedTests
{
    private sealed class Fail : IArchiveStage
    {
        public string Name => "Fail";

        public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context) =>
            throw new IOException("The disk is full.");
    }

    [Fact]
    public void Report_pages_are_on_disk_before_the_search_index_is_made_and_none_is_kept_in_memory()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var run = ArchiveRun.Check(site.Options(), loadTemplates: true);
        Assert.Equal(0, run.Errors);
        var context = run.Context with { Products = new() };

        string? folder = null;
        var pagesBeforeIndex = new List<string>();
        var documents = PipelineRunner.Run(Pipelines.Publish, context, stage =>
        {
            // Indexing runs beside the listing files (SideBySide), as the first of its line.
            if (!stage.Name.StartsWith("Index for search", StringComparison.Ordinal)) return;
            folder = ((SiteWriter)context.Products.Outputs!).Folder;
            pagesBeforeIndex.AddRange(SiteBuild.Files(folder).Keys.Where(k => k != ".committee-site"));
        }, run.Documents);

        var published = documents.Where(d => d.HasPage).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, d => Assert.True(d.Stage == ReportStage.PageMade && d.Html is null && d.Body is null, d.DisplayPath));
        // A full build: the pages went into a fresh folder beside the output, which was then put in its place.
        Assert.NotEqual(Path.GetFullPath(site.Output), folder);
        Assert.False(Directory.Exists(folder));
        // Each page, the attachments handed over with it, and its meeting's pack.
        var packs = Committee.Render.Listings.PackPages.Paths(new Committee.Render.ListedReports(published)).ToList();
        Assert.NotEmpty(packs);
        var pages = published.SelectMany(d => Committee.Render.AttachmentViews.Published(d).Select(f => d.Url + f.Name).Prepend(d.Url + "index.html"))
            .Concat(packs).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, pagesBeforeIndex.Order(StringComparer.Ordinal));
        var built = SiteBuild.Files(site.Output);
        Assert.All(pages, page => Assert.True(built.ContainsKey(page), page));
        Assert.Contains("index.html", built.Keys);
        Assert.Contains(".committee-site", built.Keys);
    }

    [Fact]
    public void A_full_build_that_fails_after_writing_pages_leaves_the_previous_site_and_no_fresh_folder()
    {
        using var site = BuiltSite.Demo.Copy();
        var before = SiteBuild.Files(site.Output);

        var run = ArchiveRun.Check(site.Options(), loadTemplates: true);
        var context = run.Context with { Products = new() };
        string? folder = null;
        var error = Assert.Throws<IOException>(() => PipelineRunner.Run([new OpenSite(), new Render.RenderPages(), new Fail()], context, stage =>
        {
            if (stage is Fail)
            {
                folder = ((SiteWriter)context.Products.Outputs!).Folder;
                Assert.NotEmpty(Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories));
            }
        }, run.Documents));

        Assert.Equal("The disk is full.", error.Message);
        Assert.NotNull(folder);
        Assert.False(Directory.Exists(folder));
        Assert.Null(context.Products.Outputs);
        Assert.Equal(["_site"], Directory.EnumerateDirectories(site.Root, "_site*").Select(Path.GetFileName));
        Assert.Equal(before, SiteBuild.Files(site.Output));
    }

    [Fact]
    public void A_page_rendered_into_its_buffer_is_the_text_rendered_as_a_string_in_UTF8()
    {
        using var site = new TestSite();
        var folder = Path.Combine(site.Root, "templates");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "not-found.liquid"), "<h1>{{ site.council }}</h1>{% for i in (1..3000) %}<p>{{ site.title }} {{ i }}</p>{% endfor %}");
        File.WriteAllText(Path.Combine(folder, "broken.liquid"), "<p>{{ site.council }}</p>{{ site.missing }}");
        var (templates, _) = Render.Templates.Load(folder, p => p);
        var model = new Render.NotFoundView(new Render.SiteView("Hålton Borough Council", "Papers <& \"quotes\"> 😀 ½", "", "https://example.org/", "/", "en-GB", "#005ea5", "/feed.xml"));
        var expected = System.Text.Encoding.UTF8.GetBytes(templates.Render("not-found", model));

        var first = Render.PageBuffer.Start();
        templates.Render("not-found", model, first.Writer);
        Assert.Equal(expected, first.Bytes.ToArray());

        // A page that fails half-way leaves its thread a new buffer, and nothing of it reaches the next page.
        var failed = Render.PageBuffer.Start();
        Assert.ThrowsAny<Exception>(() => templates.Render("broken", model, failed.Writer));
        Render.PageBuffer.Drop();
        var next = Render.PageBuffer.Start();
        Assert.NotSame(failed, next);
        templates.Render("not-found", model, next.Writer);
        Assert.Equal(expected, next.Bytes.ToArray());
        // The same buffer, started again, holds only the new page.
        Assert.Same(next, Render.PageBuffer.Start());
        Assert.Equal(0, next.Bytes.Length);
    }

    [Fact]
    public void A_new_file_holds_exactly_the_bytes_written_even_over_a_longer_one()
    {
        using var site = new TestSite();
        var path = Path.Combine(site.Root, "page.html");
        File.WriteAllText(path, "a much longer text than the one that replaces it");

        NewFile.Write(path, "<p>short</p>"u8.ToArray());
        Assert.Equal("<p>short</p>", File.ReadAllText(path));

        var large = new byte[3_000_000];
        new Random(7).NextBytes(large);
        NewFile.Write(path, large);
        Assert.Equal(large, File.ReadAllBytes(path));

        NewFile.Write(path, []);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void A_new_file_that_cannot_be_made_fails_with_the_reason()
    {
        using var site = new TestSite();
        var path = Path.Combine(site.Root, "missing-folder", "page.html");

        Assert.Throws<DirectoryNotFoundException>(() => NewFile.Write(path, "<p>text</p>"u8.ToArray()));
        Assert.False(File.Exists(path));
    }
}
