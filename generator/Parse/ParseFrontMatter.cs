using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Parse;

/// <summary>Finds the front matter between the opening and closing <c>---</c> lines and loads it as YAML.</summary>
public sealed class ParseFrontMatter : IDocumentStage
{
    public string Name => "Parse front matter";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Text is not { } text) return document;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            return document.With(Rules.FrontMatterMissing.At(document.DisplayPath, 1, 1));
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r', ' ', '\t') is "---" or "...");
        if (close < 0) return document.With(Rules.FrontMatterUnclosed.At(document.DisplayPath, 1, 1));

        var yaml = string.Join('\n', lines[1..close]);
        var diagnostics = new List<Diagnostic>();
        var mapping = YamlText.LoadMapping(yaml, document.DisplayPath, 2, diagnostics);
        return document.With(diagnostics) with { FrontMatter = mapping, FrontMatterFirstLine = 2 };
    }
}
