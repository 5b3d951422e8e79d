using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Committee.Tests.Authoring;

/// <summary>
/// A small JSON Schema (draft-07) checker for the keywords the front matter schema uses. JsonSchema.Net
/// cannot be restored here (its dependency JsonPointer.Net is missing from the registry), so the tests
/// evaluate the schema with this; an unknown keyword fails loudly rather than being skipped.
/// </summary>
public static class MiniSchema
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "examples", "enumDescriptions"];

    public static List<string> Errors(JsonNode schema, JsonNode? value, string at = "")
    {
        var errors = new List<string>();
        Check((JsonObject)schema, value, at, errors);
        return errors;
    }

    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static bool Valid(JsonNode schema, JsonNode? value) => Errors(schema, value).Count == 0;

    private static void Check(JsonObject schema, JsonNode? value, string at, List<string> errors)
    {
        foreach (var (keyword, argument) in schema)
        {
            if (Annotations.Contains(keyword) || keyword is "then") continue;
            switch (keyword)
            {
                case "type":
                    var type = argument!.GetValue<string>();
                    var kind = value?.GetValueKind();
                    var ok = type switch
                    {
                        "string" => kind == JsonValueKind.String,
                        "integer" => kind == JsonValueKind.Number && Number(value!) % 1 == 0,
                        "object" => kind == JsonValueKind.Object,
                        "array" => kind == JsonValueKind.Array,
                        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
                        _ => throw new NotSupportedException($"type {type}"),
                    };
                    if (!ok) errors.Add($"{at}: not {type}");
                    break;
                case "minLength":
                    if (value?.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length < argument!.GetValue<int>()) errors.Add($"{at}: too short");
                    break;
                case "pattern":
                    if (value?.GetValueKind() == JsonValueKind.String && !Regex.IsMatch(value.GetValue<string>(), argument!.GetValue<string>())) errors.Add($"{at}: does not match {argument}");
                    break;
                case "enum":
                    if (!argument!.AsArray().Any(e => JsonNode.DeepEquals(e, value))) errors.Add($"{at}: '{value}' is not one of {argument.ToJsonString()}");
                    break;
                case "const":
                    if (!JsonNode.DeepEquals(argument, value)) errors.Add($"{at}: not {argument}");
                    break;
                case "minimum":
                    if (value?.GetValueKind() == JsonValueKind.Number && Number(value) < Number(argument!)) errors.Add($"{at}: below {argument}");
                    break;
                case "maximum":
                    if (value?.GetValueKind() == JsonValueKind.Number && Number(value) > Number(argument!)) errors.Add($"{at}: above {argument}");
                    break;
                case "required":
                    if (value is JsonObject required)
                    {
                        foreach (var name in argument!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !required.ContainsKey(n))) errors.Add($"{at}: '{name}' is required");
                    }
                    break;
                case "properties":
                    if (value is JsonObject properties)
                    {
                        foreach (var (name, sub) in argument!.AsObject().Where(p => properties.ContainsKey(p.Key))) Check(sub!.AsObject(), properties[name], $"{at}/{name}", errors);
                    }
                    break;
                case "additionalProperties":
                    if (argument!.GetValue<bool>() is false && value is JsonObject extra)
                    {
                        var known = schema["properties"]!.AsObject();
                        foreach (var name in extra.Select(p => p.Key).Where(k => !known.ContainsKey(k))) errors.Add($"{at}: '{name}' is not allowed");
                    }
                    break;
                case "items":
                    if (value is JsonArray items)
                    {
                        for (var i = 0; i < items.Count; i++) Check(argument!.AsObject(), items[i], $"{at}/{i}", errors);
                    }
                    break;
                case "minItems":
                    if (value is JsonArray few && few.Count < argument!.GetValue<int>()) errors.Add($"{at}: too few items");
                    break;
                case "uniqueItems":
                    if (value is JsonArray list && list.Select(n => n?.ToJsonString()).Distinct().Count() != list.Count) errors.Add($"{at}: repeated items");
                    break;
                case "allOf":
                    foreach (var sub in argument!.AsArray()) Check(sub!.AsObject(), value, at, errors);
                    break;
                case "anyOf":
                    if (!argument!.AsArray().Any(sub => Valid(sub!, value))) errors.Add($"{at}: matches none of anyOf");
                    break;
                case "not":
                    if (Valid(argument!, value)) errors.Add($"{at}: matches 'not'");
                    break;
                case "if":
                    if (Valid(argument!, value) && schema["then"] is JsonObject then) Check(then, value, at, errors);
                    break;
                default:
                    throw new NotSupportedException($"The test's schema checker does not know the keyword '{keyword}'.");
            }
        }
    }

    /// <summary>
    /// Front matter YAML as an editor's YAML language server sees it (YAML 1.2 core schema): plain whole
    /// numbers are numbers, a plain date is a string, quoted values are strings.
    /// </summary>
    public static JsonNode? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, FromYaml(c.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(FromYaml)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } when v is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } when Regex.IsMatch(v!, "^[-+]?[0-9]+$") => JsonValue.Create(long.Parse(v!)),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    /// <summary>The front matter of a paper's text, as JSON.</summary>
    public static JsonNode FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var close = Array.IndexOf(lines, "---", 1);
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines[1..close])));
        return FromYaml(stream.Documents[0].RootNode)!;
    }
}
