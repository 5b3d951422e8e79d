using System.Text.Json;
using System.Text.Json.Nodes;

namespace Committee.Diagnostics.Formatters;

/// <summary>Machine-readable findings: one object with the totals and a list of findings.</summary>
/// <remarks>Built as a JSON tree rather than serialised from objects, so the tool needs no reflection (it ships
/// compiled ahead of time).</remarks>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output)
    {
        var document = new JsonObject
        {
            ["reportsChecked"] = summary.ReportsChecked,
            ["errors"] = summary.Errors,
            ["warnings"] = summary.Warnings,
            ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["rule"] = d.RuleId,
                ["severity"] = d.IsError ? "error" : "warning",
                ["file"] = d.File,
                ["line"] = d.Line,
                ["column"] = d.Column,
                ["message"] = d.Message,
                ["hint"] = d.Hint,
            })]),
        };
        output.WriteLine(document.ToJsonString(Options));
    }
}
