namespace Committee.Diagnostics;

/// <summary>
/// A build's log is often kept where more people can read it than the papers (a CI service's log, a shared
/// terminal): a finding about an exempt paper shows there only what kind of problem it is and where, never the words
/// it would quote from the paper (a section's title, a link, a value). <c>committee validate</c>, the author's own
/// check, shows them in full.
/// </summary>
public static class ExemptFindings
{
    private static readonly Dictionary<string, Rule> ById = Rules.All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The findings, with those in the given exempt papers' files reduced to their rule's description.</summary>
    public static IEnumerable<Diagnostic> Withheld(IEnumerable<Diagnostic> diagnostics, IReadOnlySet<string> exemptFiles) =>
        diagnostics.Select(d => exemptFiles.Contains(d.File)
            ? d with { Message = $"{(ById.TryGetValue(d.RuleId, out var rule) ? rule.Description : "A problem.")} (Details withheld from the build's log: the paper is exempt. Run 'committee validate' to see them.)", Hint = null }
            : d);
}
