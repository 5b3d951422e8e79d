using Committee.Tests.Support;

namespace Committee.Tests.BadInput;

/// <summary>
/// One paper for each kind of crash a reviewer's fuzzing found (79 papers in all): each once ended validate or build with
/// "This is a bug" (exit 2), or killed the process. Now each is a finding at its line, or is accepted, in validate and in
/// build alike. The papers are the PPB report with one change; paragraph 3.1 is line 22. The last rows took minutes or
/// gigabytes instead.
/// </summary>
public sealed class CrashRegressionTests
{
    private const string Name = "safer-ppb/2024-11-12-performance.md";
    private const string Shown = "content/reports/" + Name;
    private const string Para = "3.1 Most measures are on target.";
    // A hang guard only: the whole suite shares two cores.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public static TheoryData<string, string, string, string?, int> Crashes => new()
    {
        // FormatException: char.IsDigit and \d accept Arabic-Indic digits; int.Parse does not.
        { "Arabic-Indic digits in a paragraph number", "3.2 Two are not", "\u0663.\u0662 Two are not", null, 0 },
        { "Arabic-Indic digits in the period", "period: 2024/25 Q2", "period: \u0662\u0660\u0662\u0663/\u0662\u0664 Q2", "period-format", 7 },
        // OverflowException: a section or paragraph number beyond Int32.
        { "a section number beyond Int32", "## 3.0 Supporting information", "## 99999999999.0 Supporting information", "section-number-sequence", 20 },
        { "a paragraph number beyond Int32", "3.2 Two are not", "3.99999999999 Two are not", null, 0 },
        // ArgumentOutOfRangeException: date arithmetic (quarters, feeds, calendars) past the years DateOnly holds.
        { "a meeting on 0001-01-01", "date: 2024-11-12", "date: 0001-01-01", "date-out-of-range", 4 },
        { "a meeting on 9999-12-31", "date: 2024-11-12", "date: 9999-12-31", "date-out-of-range", 4 },
        { "the period 0000/01 Q1", "period: 2024/25 Q2", "period: 0000/01 Q1", "date-out-of-range", 7 },
        // ArgumentException: emphasis nested past the depth Markdig's HTML renderer allows (validate passed, build crashed).
        { "emphasis nested 200 deep", Para, "3.1 " + Repeat("*a ", 200) + "x" + Repeat(" b*", 200), "nesting-too-deep", 22 },
        // Stack overflow (exit 134, the process killed): 4 MB of nested '**', and nesting by indentation.
        { "4 MB of nested '**'", Para, "3.1 " + Repeat("**", 1_000_000) + "x" + Repeat("**", 1_000_000 - 100), "nesting-too-deep", 22 },
        { "100,000 '[' in a paragraph", Para, "3.1 " + new string('[', 100_000), "nesting-too-deep", 22 },
        { "a quote nested 100,000 deep", Para, Repeat("> ", 100_000) + Para, "nesting-too-deep", 22 },
        // Not crashes but as bad: time that grew with the square of the addresses in a paragraph (170 s to validate,
        // 214 s to build), and memory with a table's columns (1.4 GB); each now a finding within seconds.
        { "a paragraph of 100,000 bare addresses (2.5 MB)", Para, "3.1 " + string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"https://www.site{i}.example")), "too-many-links", 22 },
        { "a table row of 1,000,000 columns", Para, Para + "\n\n| a | b |\n|---|---|\n|" + Repeat("x|", 1_000_000), "table-too-wide", 26 },
    };

    [Theory]
    [MemberData(nameof(Crashes))]
    public void A_paper_that_once_crashed_is_a_finding_or_accepted_in_validate_and_build(string what, string find, string replace, string? ruleId, int line)
    {
        using var site = new TestSite();
        site.WriteReport(Name, Edit(Reports.ValidPpb, find, replace));
        foreach (var command in new[] { "validate", "build" })
        {
            var run = Within(() => site.Run(command), $"{what}: {command}");
            Assert.False(run.ExitCode == 2 || run.Error.Contains("This is a bug"), $"{what}: {command} crashed:\n{run}");
            var output = run.Out + run.Error;
            if (ruleId is null)
            {
                Assert.True(run.ExitCode == 0, $"{what}: {command} should accept the paper:\n{run}");
                Assert.DoesNotContain($"{Shown}:", output);
            }
            else
            {
                Assert.Matches($@"{Shown.Replace(".", @"\.")}:{line}:\d+: (error|warning) {ruleId}", output);
            }
        }
    }

    /// <summary>Runs the work on another thread (a smaller stack than the test's), failing rather than hanging.</summary>
    private static T Within<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Limit), $"{what} was still running after {Limit.TotalMinutes} minutes");
        return task.Result;
    }

    private static string Edit(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not in the report exactly once");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
