namespace Committee.Diagnostics.Formatters;

/// <summary>The totals a formatter may print after the findings.</summary>
public sealed record CheckSummary(int ReportsChecked, int Errors, int Warnings, int FilesWithFindings);

/// <summary>Writes findings in one output format. Formatters only read diagnostics; they never decide anything.</summary>
public interface IDiagnosticFormatter
{
    void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output);
}

public static class DiagnosticFormatters
{
    public static readonly IReadOnlyList<string> Names = ["text", "json", "github", "sarif"];

    /// <param name="sourceLines">Reads a file's lines, so the text format can show the line under the message.</param>
    public static IDiagnosticFormatter For(string name, bool colour, Func<string, string[]?>? sourceLines = null) => name switch
    {
        "json" => new JsonFormatter(),
        "github" => new GitHubFormatter(),
        "sarif" => new SarifFormatter(),
        _ => new TextFormatter(colour, sourceLines),
    };
}
