using System.Text.Json;

namespace Committee.Diagnostics.Formatters;

/// <summary>Machine-readable findings: one object with the totals and a list of findings.</summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output)
    {
        var document = new
        {
            reportsChecked = summary.ReportsChecked,
            errors = summary.Errors,
            warnings = summary.Warnings,
            diagnostics = diagnostics.Select(d => new
            {
                rule = d.RuleId,
                severity = d.IsError ? "error" : "warning",
                file = d.File,
                line = d.Line,
                column = d.Column,
                message = d.Message,
                hint = d.Hint,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }
}
