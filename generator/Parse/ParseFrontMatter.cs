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
        // Only the front matter's lines are looked at, rather than splitting the whole paper into a string per line.
        var firstEnd = text.IndexOf('\n');
        if (!IsFence(text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd), closing: false))
        {
            return document.With(Rules.FrontMatterMissing.At(document.DisplayPath, 1, 1));
        }
        if (firstEnd < 0) return document.With(Rules.FrontMatterUnclosed.At(document.DisplayPath, 1, 1));

        var yamlStart = firstEnd + 1;
        for (var at = yamlStart; ; )
        {
            var newline = text.IndexOf('\n', at);
            var end = newline < 0 ? text.Length : newline;
            if (IsFence(text.AsSpan(at, end - at), closing: true))
            {
                // The YAML is the lines in between, without the line break before the closing line.
                var yaml = at == yamlStart ? "" : text[yamlStart..(at - 1)];
                var diagnostics = new List<Diagnostic>();
                var mapping = YamlText.LoadMapping(yaml, document.DisplayPath, 2, diagnostics);
                return document.With(diagnostics) with { FrontMatter = mapping, FrontMatterFirstLine = 2 };
            }
            if (newline < 0) return document.With(Rules.FrontMatterUnclosed.At(document.DisplayPath, 1, 1));
            at = newline + 1;
        }
    }

    /// <summary>A <c>---</c> line (or <c>...</c> to close), ignoring trailing spaces, tabs and a carriage return.</summary>
    private static bool IsFence(ReadOnlySpan<char> line, bool closing)
    {
        var trimmed = line.TrimEnd("\r \t");
        return trimmed is "---" || (closing && trimmed is "...");
    }
}
