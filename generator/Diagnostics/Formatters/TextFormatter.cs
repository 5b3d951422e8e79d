namespace Committee.Diagnostics.Formatters;

/// <summary>
/// The default format, for people: <c>file:line:column: error rule-id: message</c>, the line it is about,
/// and a hint. Colour only when writing to a terminal.
/// </summary>
public sealed class TextFormatter(bool colour, Func<string, string[]?>? sourceLines) : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            var severity = d.IsError ? "error" : "warning";
            if (colour)
            {
                // Plain ANSI: red errors, yellow warnings, dim rule ids; only ever sent to a terminal.
                var tint = d.IsError ? "\e[31m" : "\e[33m";
                output.WriteLine($"\e[1m{d.Location}\e[0m: {tint}{severity}\e[0m \e[2m{d.RuleId}\e[0m: {d.Message}");
            }
            else
            {
                output.WriteLine($"{d.Location}: {severity} {d.RuleId}: {d.Message}");
            }
            if (d.Line > 0 && sourceLines?.Invoke(d.File) is { } lines && d.Line <= lines.Length)
            {
                var line = lines[d.Line - 1].TrimEnd('\r');
                if (line.Length > 120) line = line[..120] + "…";
                output.WriteLine($"    {d.Line,4} | {line}");
            }
            if (d.Hint is not null) output.WriteLine($"         hint: {d.Hint}");
        }
        var files = summary.FilesWithFindings == 1 ? "1 file" : $"{summary.FilesWithFindings} files";
        var reports = summary.ReportsChecked == 1 ? "1 report" : $"{summary.ReportsChecked} reports";
        output.WriteLine(summary.Errors + summary.Warnings == 0
            ? $"Checked {reports}: no problems found."
            : $"Checked {reports}: {Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")} in {files}.");
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
