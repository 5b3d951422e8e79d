using System.Globalization;

namespace Committee.Diagnostics;

/// <summary>
/// One kind of finding: a stable id (used in SARIF, GitHub annotations and the README), a default
/// severity, a one-line description and a message template written for democratic services officers.
/// </summary>
public sealed record Rule(string Id, Severity Severity, string Category, string Description, string MessageFormat)
{
    /// <summary>Makes a finding of this rule at a place in a file.</summary>
    public Diagnostic At(string file, int line, int column, params object?[] args) =>
        new(Id, Severity, file, line, column, string.Format(CultureInfo.InvariantCulture, MessageFormat, args));

    /// <summary>Makes a finding about a whole file.</summary>
    public Diagnostic InFile(string file, params object?[] args) => At(file, 0, 0, args);
}

public static class DiagnosticExtensions
{
    public static Diagnostic WithHint(this Diagnostic diagnostic, string? hint) =>
        hint is null ? diagnostic : diagnostic with { Hint = hint };
}
