using System.Text.RegularExpressions;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Validate;

/// <summary>
/// Gives each report its address: <c>/boards/&lt;board&gt;/&lt;meeting date&gt;/&lt;slug&gt;/</c>, so the
/// address reads as board → meeting → paper. The slug is the front matter's, or the file name's
/// without a leading date.
/// </summary>
public sealed partial class AssignUrls : IDocumentStage
{
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}-")]
    private static partial Regex DatePrefix();

    public string Name => "Assign addresses";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Report is not { Date: { } date, BoardId.Length: > 0 } report) return document;
        var slug = report.Slug ?? SlugFromFileName(document.SourcePath);
        return document with { Url = Addresses.Report(report.BoardId, date, slug) };
    }

    public static string SlugFromFileName(string path) =>
        Slug.From(DatePrefix().Replace(Path.GetFileNameWithoutExtension(path), ""), fallback: "report");
}
