using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Committee.Model;
using Committee.Parse;

namespace Committee.Authoring;

/// <summary>
/// A JSON Schema (draft-07) of a paper's front matter, generated from this archive's boards, report types
/// and wards, so an editor can complete and check front matter as it is typed. Draft-07 because it is the
/// draft the YAML language server (VS Code's YAML extension) supports best, and it has if/then.
/// The schema mirrors the validator; <c>committee validate</c> stays the authority (it also checks, for
/// example, that the period has ended by the meeting, which a schema cannot).
/// </summary>
public static class FrontMatterSchema
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    public static JsonObject Create(Site site)
    {
        var boards = site.Boards.Values.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        var types = site.Types.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var wards = site.Settings.Wards;

        var properties = new JsonObject
        {
            ["title"] = Text("title"),
            ["board"] = Choice("board", boards.Select(b => (b.Id, b.Name))),
            ["date"] = Text("date", @"^\d{4}-\d{2}-\d{2}$", "2024-11-25"),
            ["published"] = Text("published", @"^\d{4}-\d{2}-\d{2}$", "2024-11-15"),
            ["officer"] = Text("officer"),
            ["wards"] = Wards(wards),
            ["type"] = Choice("type", types.Select(t => (t.Id, t.Name))),
            ["period"] = Text("period", @"^\d{4}/\d{2}\s+Q[1-4]$", "2024/25 Q2"),
            ["portfolio"] = Text("portfolio"),
            ["contact"] = Text("contact"),
            ["summary"] = Text("summary"),
            ["slug"] = Text("slug", "^[a-z0-9]+(-[a-z0-9]+)*$", "quarter-2-performance"),
            ["item"] = new JsonObject
            {
                ["description"] = Meaning("item"),
                ["anyOf"] = new JsonArray(Number("item", 1, 999), Text("item", "^[0-9]{1,3}[A-Za-z]?$", "7a")),
            },
            ["status"] = Choice("status",
            [
                ("final", "Published (the default)"), ("draft", "Not published; shown only in previews built with --drafts"),
                ("withdrawn", "Taken off the agenda: published with a notice and its status_reason"),
                ("deferred", "Put back to a later meeting: published with a notice and its status_reason"),
            ]),
            ["status_reason"] = Text("status_reason"),
            ["supplementary"] = new JsonObject { ["description"] = Meaning("supplementary"), ["type"] = "boolean" },
            ["published"] = Text("published", @"^\d{4}-\d{2}-\d{2}$", "2024-11-14"),
            ["aliases"] = new JsonObject
            {
                ["description"] = Meaning("aliases"),
                ["anyOf"] = new JsonArray(Text("aliases", null, "/boards/executive-board/2024-09-19/budget/"),
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } }),
            },
            ["access"] = Choice("access", [("public", "Published in full (the default)"), ("exempt", "Not for publication under Schedule 12A: only the title is listed")]),
            ["exempt_paragraph"] = Number("exempt_paragraph", 1, 7),
            ["attachments"] = Attachments(),
        };

        var rules = new JsonArray
        {
            // An exempt paper must say which paragraph of Schedule 12A applies. The validator reads
            // "access: Exempt" in any case, so the condition does too.
            (JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["access"] = new JsonObject { ["pattern"] = "^[Ee][Xx][Ee][Mm][Pp][Tt]$" } }, ["required"] = new JsonArray("access") },
                ["then"] = new JsonObject { ["required"] = new JsonArray("exempt_paragraph") },
            },
        };
        foreach (var type in types.Where(t => !t.RequiredFields.IsEmpty))
        {
            // A report type's extra fields apply when the paper names the type, or names none and its board uses it.
            var boardsUsing = boards.Where(b => b.TypeId == type.Id).Select(b => (JsonNode?)JsonValue.Create(b.Id)).ToArray();
            var usesType = new JsonArray
            {
                (JsonNode)new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type.Id } }, ["required"] = new JsonArray("type") },
            };
            if (boardsUsing.Length > 0)
            {
                usesType.Add((JsonNode)new JsonObject
                {
                    ["not"] = new JsonObject { ["required"] = new JsonArray("type") },
                    ["properties"] = new JsonObject { ["board"] = new JsonObject { ["enum"] = new JsonArray(boardsUsing) } },
                    ["required"] = new JsonArray("board"),
                });
            }
            rules.Add((JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["anyOf"] = usesType },
                ["then"] = new JsonObject { ["required"] = new JsonArray([.. type.RequiredFields.Select(f => (JsonNode?)JsonValue.Create(f))]) },
            });
        }

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = $"Front matter of a paper for {site.Settings.Title}",
            ["description"] = "The details at the top of a committee paper, between the two --- lines. Generated by 'committee schema' from content/boards, content/types and site-src/site.yml: run it again after changing them.",
            ["type"] = "object",
            ["required"] = new JsonArray([.. FrontMatterFields.Required.Select(f => (JsonNode?)JsonValue.Create(f))]),
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["allOf"] = rules,
        };
    }

    /// <summary>The schema as committed: indented, LF line ends, non-ASCII names (Tŷ Gwyn) kept readable.</summary>
    public static string ToText(JsonObject schema)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options) + "\n";
    }

    private static string Meaning(string field) =>
        char.ToUpperInvariant(FrontMatterFields.Meanings[field][0]) + FrontMatterFields.Meanings[field][1..] + ".";

    private static JsonObject Text(string field, string? pattern = null, string? example = null)
    {
        var node = new JsonObject { ["description"] = Meaning(field), ["type"] = "string", ["minLength"] = 1 };
        if (pattern is not null) node["pattern"] = pattern;
        if (example is not null) node["examples"] = new JsonArray(example);
        return node;
    }

    /// <summary>The <c>attachments</c> list: a file in the paper's folder, its title, and whether it is exempt.</summary>
    private static JsonObject Attachments() => new()
    {
        ["description"] = Meaning("attachments"),
        ["type"] = "array",
        ["items"] = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("file"),
            ["properties"] = new JsonObject
            {
                ["file"] = new JsonObject { ["description"] = "the file's name in the paper's folder, such as 'appendix-a.pdf'", ["type"] = "string", ["pattern"] = @"^[^/\\]+$" },
                ["title"] = new JsonObject { ["description"] = "the title listed on the paper's page; made from the file name when left out", ["type"] = "string" },
                ["access"] = new JsonObject { ["description"] = "'exempt' if the attachment must not be published", ["enum"] = new JsonArray("public", "exempt") },
                ["exempt_paragraph"] = Number("exempt_paragraph", 1, 7),
            },
        },
    };

    private static JsonObject Number(string field, int min, int max) => new()
    {
        ["description"] = Meaning(field),
        ["type"] = "integer",
        ["minimum"] = min,
        ["maximum"] = max,
    };

    /// <summary>An enum with a description per value: <c>enumDescriptions</c> is what VS Code and the YAML extension show beside each choice.</summary>
    private static JsonObject Choice(string field, IEnumerable<(string Value, string Description)> choices)
    {
        var list = choices.ToList();
        return new JsonObject
        {
            ["description"] = Meaning(field),
            ["type"] = "string",
            ["enum"] = new JsonArray([.. list.Select(c => (JsonNode?)JsonValue.Create(c.Value))]),
            ["enumDescriptions"] = new JsonArray([.. list.Select(c => (JsonNode?)JsonValue.Create(c.Description))]),
        };
    }

    /// <summary>"all", one ward, or a list of wards without repeats, as the validator reads them.</summary>
    private static JsonObject Wards(IEnumerable<Ward> wards)
    {
        var list = wards.ToList();
        var ward = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. list.Select(w => (JsonNode?)JsonValue.Create(w.Id))]),
            ["enumDescriptions"] = new JsonArray([.. list.Select(w => (JsonNode?)JsonValue.Create(w.Name))]),
        };
        return new JsonObject
        {
            ["description"] = Meaning("wards") + " Write 'all' for a borough-wide paper, or list the ward ids, such as [abbey, harbour].",
            ["anyOf"] = new JsonArray
            {
                (JsonNode)new JsonObject { ["const"] = "all", ["description"] = "Borough-wide: every ward" },
                ward.DeepClone(),
                (JsonNode)new JsonObject { ["type"] = "array", ["minItems"] = 1, ["uniqueItems"] = true, ["items"] = ward },
            },
        };
    }
}
