using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// Shared steps for the rule tests: change one thing in a valid report, validate it in a fresh mini-site,
/// and look at what was found in that report's file.
/// </summary>
internal static class RuleCheck
{
    public const string PpbName = "safer-ppb/2024-11-12-performance.md";
    public const string OscName = "childrens-osc/2025-02-04-attendance.md";

    /// <summary>The report as diagnostics name it: relative to the site's folder.</summary>
    public static string DisplayPath(string name) => "content/reports/" + name;

    /// <summary>The starting report for a row's "ppb" or "osc".</summary>
    public static (string Text, string Name) Start(string which) => which switch
    {
        "ppb" => (Reports.ValidPpb, PpbName),
        "osc" => (Reports.ValidOsc, OscName),
        _ => throw new ArgumentException($"no starting report '{which}'", nameof(which)),
    };

    /// <summary>Replaces the one occurrence of <paramref name="find"/>; fails the test if it occurs not exactly once.</summary>
    public static string Edit(string text, string find, string replace)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"the starting report does not contain '{find}'");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"the starting report contains '{find}' more than once");
        return string.Concat(text.AsSpan(0, first), replace, text.AsSpan(first + find.Length));
    }

    /// <summary>Validates a site holding just this report and returns the findings in the report's own file.</summary>
    public static List<Diagnostic> Findings(string text, string name = PpbName)
    {
        using var site = new TestSite();
        site.WriteReport(name, text);
        return InFile(site.Validate().Diagnostics, name);
    }

    public static List<Diagnostic> InFile(IEnumerable<Diagnostic> diagnostics, string name) =>
        diagnostics.Where(d => d.File == DisplayPath(name)).ToList();

    /// <summary>Asserts the findings are exactly one finding of the rule, at the line, with the rule's severity.</summary>
    public static Diagnostic AssertOnly(IReadOnlyList<Diagnostic> findings, string ruleId, int line, Severity severity)
    {
        var found = Assert.Single(findings, d => d.RuleId == ruleId);
        Assert.True(findings.Count == 1, $"expected only {ruleId}, found:\n{Describe(findings)}");
        Assert.Equal(line, found.Line);
        Assert.Equal(severity, found.Severity);
        Assert.Equal(severity, Rule(ruleId).Severity);
        return found;
    }

    /// <summary>Asserts there are no findings, showing them if there are.</summary>
    public static void AssertNone(IReadOnlyList<Diagnostic> findings) =>
        Assert.True(findings.Count == 0, $"expected no findings, found:\n{Describe(findings)}");

    public static Rule Rule(string id) => Committee.Diagnostics.Rules.All.Single(r => r.Id == id);

    public static string Describe(IEnumerable<Diagnostic> findings) =>
        string.Join('\n', findings.Select(d => $"  {d.Line}:{d.Column} {d.Severity} {d.RuleId}: {d.Message} [{d.Hint}]"));
}
