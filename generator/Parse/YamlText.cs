using Committee.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Loads a small YAML document (front matter or a settings file) safely: anchors and aliases are
/// refused before anything is built, so an alias bomb costs nothing, and nesting is capped, so a
/// deeply nested value cannot exhaust the stack. Problems come back as diagnostics with the file's line.
/// </summary>
public static class YamlText
{
    public const int MaxDepth = 16;

    /// <param name="firstLine">The file line the YAML text starts on, so marks point into the file.</param>
    public static YamlMappingNode? LoadMapping(string text, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        try
        {
            if (!IsSafe(text, file, firstLine, diagnostics)) return null;
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new YamlMappingNode();
            }
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            var root = stream.Documents[0].RootNode;
            diagnostics.Add(Rules.FrontMatterShape.At(file, Line(root.Start, firstLine), (int)root.Start.Column));
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Rules.FrontMatterYaml.At(file, Line(e.Start, firstLine), (int)e.Start.Column, Describe(e)));
            return null;
        }
    }

    /// <summary>The file line of a YAML mark.</summary>
    public static int Line(Mark mark, int firstLine) => (int)mark.Line + firstLine - 1;

    private static bool IsSafe(string text, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias alias)
            {
                diagnostics.Add(Rules.FrontMatterAlias.At(file, Line(alias.Start, firstLine), (int)alias.Start.Column, "*" + alias.Value));
                return false;
            }
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                diagnostics.Add(Rules.FrontMatterAlias.At(file, Line(anchored.Start, firstLine), (int)anchored.Start.Column, "&" + anchored.Anchor));
                return false;
            }
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                diagnostics.Add(Rules.FrontMatterShape.At(file, Line(current.Start, firstLine), (int)current.Start.Column));
                return false;
            }
            if (current is MappingEnd or SequenceEnd) depth--;
        }
        return true;
    }

    /// <summary>YamlDotNet's messages repeat the position and use parser words; keep the part a person can act on.</summary>
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0) message = message[(close + 3)..];
        message = message.TrimEnd('.');
        return message.Length == 0
            ? "check the indentation and that each line is 'field: value'."
            : $"{message}. Check the indentation and that each line is 'field: value'; put quotes around values containing ':' or '#'.";
    }
}
