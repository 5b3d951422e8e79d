using System.Text.Json;

namespace Committee.Diagnostics.Formatters;

/// <summary>SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.</summary>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output)
    {
        var rules = Rules.All.ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var sarif = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new
                    {
                        driver = new
                        {
                            name = "committee",
                            informationUri = "https://github.com/",
                            rules = rules.Select(r => new
                            {
                                id = r.Id,
                                shortDescription = new { text = r.Description },
                                defaultConfiguration = new { level = Level(r.Severity) },
                                properties = new { category = r.Category },
                            }),
                        },
                    },
                    results = diagnostics.Select(d => new
                    {
                        ruleId = d.RuleId,
                        ruleIndex = index.GetValueOrDefault(d.RuleId, -1),
                        level = Level(d.Severity),
                        message = new { text = d.Hint is null ? d.Message : $"{d.Message} Hint: {d.Hint}" },
                        locations = new[]
                        {
                            new
                            {
                                physicalLocation = new
                                {
                                    artifactLocation = new { uri = d.File },
                                    region = new { startLine = Math.Max(d.Line, 1), startColumn = Math.Max(d.Column, 1) },
                                },
                            },
                        },
                    }),
                },
            },
        };
        output.WriteLine(JsonSerializer.Serialize(sarif, Options));
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
