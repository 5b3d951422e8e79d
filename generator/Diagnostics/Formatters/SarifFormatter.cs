using System.Text.Json;
using System.Text.Json.Nodes;

namespace Committee.Diagnostics.Formatters;

/// <summary>SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.</summary>
/// <remarks>A JSON tree, not serialised objects: no reflection in the ahead-of-time compiled tool.</remarks>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output)
    {
        var rules = Rules.All.ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "committee",
                        ["informationUri"] = "https://github.com/",
                        ["rules"] = new JsonArray([.. rules.Select(r => (JsonNode)new JsonObject
                        {
                            ["id"] = r.Id,
                            ["shortDescription"] = new JsonObject { ["text"] = r.Description },
                            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.Severity) },
                            ["properties"] = new JsonObject { ["category"] = r.Category },
                        })]),
                    },
                },
                ["results"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)new JsonObject
                {
                    ["ruleId"] = d.RuleId,
                    ["ruleIndex"] = index.GetValueOrDefault(d.RuleId, -1),
                    ["level"] = Level(d.Severity),
                    ["message"] = new JsonObject { ["text"] = d.Hint is null ? d.Message : $"{d.Message} Hint: {d.Hint}" },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = d.File },
                            ["region"] = new JsonObject { ["startLine"] = Math.Max(d.Line, 1), ["startColumn"] = Math.Max(d.Column, 1) },
                        },
                    }),
                })]),
            }),
        };
        output.WriteLine(sarif.ToJsonString(Options));
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
