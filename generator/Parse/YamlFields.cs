using System.Collections.Immutable;
using System.Globalization;
using Committee.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Reads typed values out of a YAML mapping, recording a diagnostic (with the value's line) for
/// each field that is missing or of the wrong kind instead of throwing.
/// </summary>
public sealed class YamlFields(YamlMappingNode mapping, string file, int firstLine, List<Diagnostic> diagnostics)
{
    public string File => file;

    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries =>
        mapping.Children.Select(c => (c.Key is YamlScalarNode s ? s.Value ?? "" : "", c.Key, c.Value));

    /// <summary>Reads a mapping inside this one, reporting into the same list.</summary>
    public YamlFields Nested(YamlMappingNode inner) => new(inner, file, firstLine, diagnostics);

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode s && s.Value == key) return value;
        }
        return null;
    }

    public int LineOf(YamlNode node) => YamlText.Line(node.Start, firstLine);

    public int ColumnOf(YamlNode node) => (int)node.Start.Column;

    /// <summary>Line of the field's key, or of the front matter's opening line when absent.</summary>
    public int LineOfField(string key)
    {
        var entry = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key);
        return entry.Key is null ? Math.Max(firstLine - 1, 1) : LineOf(entry.Key);
    }

    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    public Diagnostic At(Rule rule, YamlNode node, params object?[] args) => rule.At(file, LineOf(node), ColumnOf(node), args);

    /// <summary>A plain text value; null (with a diagnostic if required) when missing, empty or not text.</summary>
    public string? Text(string key, bool required, string meaning, Rule? missingRule = null)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required) diagnostics.Add((missingRule ?? Rules.FieldRequired).At(file, LineOfField(key), 1, key, meaning));
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            // Control characters are taken out here, so no decoded value carries them onto a page (ControlCharacters warns).
            var value = scalar.Value is { } raw ? ControlCharacters.Strip(raw).Trim() : null;
            if (string.IsNullOrEmpty(value))
            {
                if (required) diagnostics.Add((missingRule ?? Rules.FieldRequired).At(file, LineOf(node), ColumnOf(node), key, meaning));
                return null;
            }
            return value;
        }
        diagnostics.Add(At(Rules.FieldType, node, key, "a single line of text"));
        return null;
    }

    /// <summary>A whole number in a range; null (with a diagnostic) when it is something else.</summary>
    public int? Integer(string key, int min, int max, string meaning, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required) diagnostics.Add(Rules.FieldRequired.At(file, LineOfField(key), 1, key, meaning));
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) &&
            value >= min && value <= max)
        {
            return value;
        }
        diagnostics.Add(At(Rules.FieldType, node, key, $"a whole number from {min} to {max}"));
        return null;
    }

    /// <summary>A list of short text values; a single value is accepted as a list of one.</summary>
    public ImmutableArray<(string Value, YamlNode Node)>? List(string key, bool required, string meaning)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required) diagnostics.Add(Rules.FieldRequired.At(file, LineOfField(key), 1, key, meaning));
            return null;
        }
        if (node is YamlScalarNode { Value: var value } && string.IsNullOrWhiteSpace(value))
        {
            // "wards:" left blank is a field not filled in, as it is for a text field.
            if (required) diagnostics.Add(Rules.FieldRequired.At(file, LineOf(node), ColumnOf(node), key, meaning));
            return null;
        }
        if (node is YamlScalarNode { Value: { Length: > 0 } single }) return [(ControlCharacters.Strip(single).Trim(), node)];
        if (node is YamlSequenceNode sequence)
        {
            var items = ImmutableArray.CreateBuilder<(string, YamlNode)>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } text }) items.Add((ControlCharacters.Strip(text).Trim(), item));
                else diagnostics.Add(At(Rules.FieldType, item, key, "a list of single words, such as [abbey, harbour]"));
            }
            return items.ToImmutable();
        }
        diagnostics.Add(At(Rules.FieldType, node, key, "a list, such as [abbey, harbour]"));
        return null;
    }
}
