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
    /// <param name="settings">
    /// For a settings file, what findings call it ("The site settings (site.yml)"), so they never speak of a paper's
    /// front matter; null for a paper's front matter.
    /// </param>
    public static YamlMappingNode? LoadMapping(string text, string file, int firstLine, List<Diagnostic> diagnostics, string? settings = null)
    {
        Diagnostic Unreadable(int line, int column, string why) => settings is null
            ? Rules.FrontMatterYaml.At(file, line, column, why)
            : Rules.SettingsYaml.At(file, line, column, settings, why);

        // Nearly every paper's front matter is flat 'field: value' lines; read those without the general parser.
        if (FlatYaml.TryLoad(text) is { } flat) return flat;
        var reached = Mark.Empty;
        try
        {
            if (!IsSafe(text, file, firstLine, diagnostics, settings, ref reached)) return null;
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new YamlMappingNode();
            }
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            var root = stream.Documents[0].RootNode;
            diagnostics.Add(settings is null
                ? Rules.FrontMatterShape.At(file, Line(root.Start, firstLine), (int)root.Start.Column)
                : Rules.SettingsYaml.At(file, Line(root.Start, firstLine), (int)root.Start.Column, settings, NotFields));
            return null;
        }
        catch (YamlException e)
        {
            // YamlDotNet refuses a repeated key while loading; say so in the author's words, naming the field.
            var message = (e.InnerException as YamlException)?.Message ?? e.Message;
            var duplicate = message.IndexOf("Duplicate key ", StringComparison.Ordinal);
            diagnostics.Add(duplicate >= 0
                ? Rules.FieldDuplicate.At(file, Line(e.Start, firstLine), (int)e.Start.Column, message[(duplicate + "Duplicate key ".Length)..].Trim().TrimEnd('.'))
                : TabLine(text, e) is { } tab
                    ? Unreadable(tab + firstLine - 1, 1, Describe(e))
                    : Unreadable(Line(e.Start, firstLine), (int)e.Start.Column, Describe(e)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (with no position) on some unclosed flow lists, such as "wards: [abbey, harbour";
            // point at the last place it read.
            var line = reached.Line > 0 ? Line(reached, firstLine) : firstLine;
            diagnostics.Add(Unreadable(line, reached.Line > 0 ? (int)reached.Column : 1,
                "a list, quote or bracket is not closed. Check that each '[' has its ']' and each quote its closing quote."));
            return null;
        }
    }

    /// <summary>YamlDotNet reports a tab used as indentation at the start of the mapping; the line is the first one indented with a tab.</summary>
    private static int? TabLine(string text, YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Length > l.TrimStart(' ', '\t').Length && l[..(l.Length - l.TrimStart(' ', '\t').Length)].Contains('\t'));
        return index < 0 ? null : index + 1;
    }

    /// <summary>The file line of a YAML mark.</summary>
    public static int Line(Mark mark, int firstLine) => (int)mark.Line + firstLine - 1;

    private const string NotFields = "it must be 'field: value' lines, one setting to a line.";

    private static bool IsSafe(string text, string file, int firstLine, List<Diagnostic> diagnostics, string? settings, ref Mark reached)
    {
        Diagnostic Alias(Mark at, string name) => settings is null
            ? Rules.FrontMatterAlias.At(file, Line(at, firstLine), (int)at.Column, name)
            : Rules.SettingsYaml.At(file, Line(at, firstLine), (int)at.Column, settings, $"it uses a YAML anchor or alias ({name}); write each value out in full.");

        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            reached = current.Start;
            if (current is AnchorAlias alias)
            {
                diagnostics.Add(Alias(alias.Start, "*" + alias.Value));
                return false;
            }
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                diagnostics.Add(Alias(anchored.Start, "&" + anchored.Anchor));
                return false;
            }
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                diagnostics.Add(settings is null
                    ? Rules.FrontMatterShape.At(file, Line(current.Start, firstLine), (int)current.Start.Column)
                    : Rules.SettingsYaml.At(file, Line(current.Start, firstLine), (int)current.Start.Column, settings, $"it is nested more than {MaxDepth} levels deep."));
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
