using BenchmarkDotNet.Attributes;
using Committee.Parse;
using Committee.Pipeline;
using Committee.Read;
using Committee.Render;
using Committee.Search;
using Committee.Validate;

namespace Committee.Benchmarks;

/// <summary>
/// Each stage of <c>committee validate</c> and <c>build</c> on one realistic report (a demo Policy and
/// Performance Board report with sectioned numbering and a period), so a slow stage shows up on its own,
/// without the start-up, file reading and parallelism that the 10,000-report runs mix in.
/// Each benchmark starts from the document as the stage before it left it, made once in <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const string ReportPath = "content/reports/childrens-ppb/2024-11-25-quarter-2-performance.md";

    private static readonly ParseFrontMatter ParseFrontMatterStage = new();
    private static readonly DecodeFrontMatter DecodeFrontMatterStage = new();
    private static readonly ParseMarkdown ParseMarkdownStage = new();
    private static readonly FindSections FindSectionsStage = new();
    private static readonly CheckSections CheckSectionsStage = new();
    private static readonly CheckNumbering CheckNumberingStage = new();
    private static readonly CheckContent CheckContentStage = new();
    private static readonly ExtractSearchText ExtractSearchTextStage = new();
    private static readonly RenderPages RenderPagesStage = new();

    // The per-report stages of the real validate pipeline, without reading the file (that is I/O, not work).
    private static readonly IDocumentStage[] ValidateStages =
        [.. Pipelines.Check.OfType<IDocumentStage>().Where(s => s is not ReadReports)];

    private PipelineContext context = null!;
    private ReportDocument read = null!;
    private ReportDocument frontMatter = null!;
    private ReportDocument decoded = null!;
    private ReportDocument parsed = null!;
    private ReportDocument sectioned = null!;
    private ReportDocument checkedContent = null!;
    private ReportDocument validated = null!;
    private string searchBody = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var options = new BuildOptions
        {
            ContentDirectory = Path.Combine(root, "content"),
            SiteDirectory = Path.Combine(root, "site-src"),
            WorkingDirectory = root,
        };
        var (site, _) = ReadSite.From(options.ContentDirectory, options.SiteDirectory, p => p);
        var (templates, _) = Templates.Load(Path.Combine(options.SiteDirectory, "templates"), p => p);
        context = new PipelineContext(site, options) { Templates = templates };

        var path = Path.Combine(root, ReportPath);
        read = new ReportDocument { SourcePath = path, DisplayPath = ReportPath, Text = File.ReadAllText(path) };
        frontMatter = ParseFrontMatterStage.Process(read, context);
        decoded = DecodeFrontMatterStage.Process(frontMatter, context);
        parsed = ParseMarkdownStage.Process(decoded, context);
        sectioned = FindSectionsStage.Process(parsed, context);
        checkedContent = CheckContentStage.Process(sectioned, context);
        validated = ValidateStages.Aggregate(read, (document, stage) => stage.Process(document, context));
        if (validated.HasErrors || validated.Url is null)
        {
            throw new InvalidOperationException($"{ReportPath} should validate without errors: {string.Join("; ", validated.Diagnostics.Select(d => d.Message))}");
        }
        searchBody = validated.SearchText?.Body ?? throw new InvalidOperationException("The report has no search text.");
    }

    [Benchmark(Description = "Read front matter (parse + decode)")]
    public ReportDocument ReadFrontMatter() => DecodeFrontMatterStage.Process(ParseFrontMatterStage.Process(read, context), context);

    [Benchmark(Description = "Parse front matter (YAML)")]
    public ReportDocument ParseFrontMatter() => ParseFrontMatterStage.Process(read, context);

    [Benchmark(Description = "Decode front matter")]
    public ReportDocument DecodeFrontMatter() => DecodeFrontMatterStage.Process(frontMatter, context);

    [Benchmark(Description = "Parse Markdown")]
    public ReportDocument ParseMarkdown() => ParseMarkdownStage.Process(decoded, context);

    [Benchmark(Description = "Find sections")]
    public ReportDocument FindSections() => FindSectionsStage.Process(parsed, context);

    [Benchmark(Description = "Check sections")]
    public ReportDocument CheckSections() => CheckSectionsStage.Process(sectioned, context);

    [Benchmark(Description = "Check numbering")]
    public ReportDocument CheckNumbering() => CheckNumberingStage.Process(sectioned, context);

    [Benchmark(Description = "Check content")]
    public ReportDocument CheckContent() => CheckContentStage.Process(sectioned, context);

    [Benchmark(Description = "Extract search text")]
    public ReportDocument ExtractSearchText() => ExtractSearchTextStage.Process(checkedContent, context);

    [Benchmark(Description = "Validate one report (every per-report stage)")]
    public ReportDocument ValidateReport()
    {
        var document = read;
        foreach (var stage in ValidateStages) document = stage.Process(document, context);
        return document;
    }

    [Benchmark(Description = "Render the Markdown body")]
    public ReportBody RenderBody() => RenderMarkdown.Of(checkedContent);

    [Benchmark(Description = "Render the report page (the body rendered already)")]
    public ReportDocument RenderPage() => RenderPagesStage.Process(validated, context);

    [Benchmark(Description = "Search analysis of the body")]
    public int SearchTokens() => Analyzer.Tokens(searchBody).Count;

    /// <summary>BenchmarkDotNet runs the benchmarks from a folder under bin/, so look upwards for the solution.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Committee.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository: Committee.sln was not found above " + AppContext.BaseDirectory);
    }
}
