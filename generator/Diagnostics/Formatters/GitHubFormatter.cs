namespace Committee.Diagnostics.Formatters;

/// <summary>GitHub Actions workflow commands, so each finding shows on its line of the pull request.</summary>
public sealed class GitHubFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            var properties = new List<string> { $"file={Property(d.File)}" };
            if (d.Line > 0) properties.Add($"line={d.Line}");
            if (d.Column > 0) properties.Add($"col={d.Column}");
            properties.Add($"title={Property(d.RuleId)}");
            var message = d.Hint is null ? d.Message : $"{d.Message}\nHint: {d.Hint}";
            output.WriteLine($"::{(d.IsError ? "error" : "warning")} {string.Join(',', properties)}::{Data(message)}");
        }
        output.WriteLine($"Checked {summary.ReportsChecked} reports: {summary.Errors} errors, {summary.Warnings} warnings.");
    }

    // The escaping GitHub's runner expects for workflow command data and properties.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
