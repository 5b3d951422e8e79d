namespace Committee.Diagnostics;

/// <summary>How much a finding matters: an error stops a paper being published, a warning does not.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One finding about one file, written for the author who has to fix it. Stages collect these as
/// data and carry on; nothing an author writes becomes an exception.
/// </summary>
/// <param name="RuleId">The rule's stable id from <see cref="Rules"/>, e.g. <c>section-missing</c>.</param>
/// <param name="File">The file's path as the user should see it (relative to the working folder where possible).</param>
/// <param name="Line">1-based line; 0 when the finding is about the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record Diagnostic(
    string RuleId,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    public string Location => Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;
}
