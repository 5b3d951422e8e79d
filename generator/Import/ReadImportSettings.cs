using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Committee.Import;

/// <summary>
/// A council's own cover labels, from the <c>import:</c> section of site-src/site.yml:
/// <code>
/// import:
///   labels:
///     board: [Decision maker, Name of panel]
///     date: [Date of decision]
/// </code>
/// Only the import reads this section; the build ignores it.
/// </summary>
public static class ReadImportSettings
{
    /// <summary>The label table with the council's labels added, or a message saying what is wrong in site.yml.</summary>
    public static (CoverLabels Labels, string? Problem) From(string siteDirectory)
    {
        var path = Path.Combine(siteDirectory, "site.yml");
        if (!File.Exists(path)) return (CoverLabels.Default, null);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException)
        {
            // validate reports a broken site.yml; the import goes on with the built-in labels.
            return (CoverLabels.Default, null);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return (CoverLabels.Default, null);
        if (!root.Children.TryGetValue(new YamlScalarNode("import"), out var section)) return (CoverLabels.Default, null);
        const string Example = "import:\n  labels:\n    board: [Decision maker]\n    date: [Date of decision]";
        if (section is not YamlMappingNode importMap || !importMap.Children.TryGetValue(new YamlScalarNode("labels"), out var labelsNode) || labelsNode is not YamlMappingNode labels)
        {
            return (CoverLabels.Default, $"site-src/site.yml (line {section.Start.Line}): the import section must hold 'labels', a list of cover labels for each field, such as:\n{Example}");
        }
        var extra = new List<(string, HeaderField)>();
        foreach (var (key, value) in labels.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!CoverLabels.FieldNames.TryGetValue(name, out var field))
            {
                return (CoverLabels.Default, $"site-src/site.yml (line {key.Start.Line}): import labels for '{name}': the fields are {string.Join(", ", CoverLabels.FieldNames.Keys)}.");
            }
            IEnumerable<YamlNode> items = value is YamlSequenceNode list ? list.Children : [value];
            foreach (var item in items)
            {
                if (item is not YamlScalarNode { Value: { Length: > 0 } label }) return (CoverLabels.Default, $"site-src/site.yml (line {item.Start.Line}): each import label for '{name}' must be a piece of text, such as \"Decision maker\".");
                extra.Add((label, field));
            }
        }
        return (new CoverLabels(extra), null);
    }
}
