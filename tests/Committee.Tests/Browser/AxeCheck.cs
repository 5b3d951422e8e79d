using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Committee.Tests.Browser;

/// <summary>axe-core against WCAG 2.2 AA on the page as it is now, failing with every violation and the elements it found.</summary>
public static class AxeCheck
{
    public static async Task AssertNoViolationsAsync(IPage page, string path, int width)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        // A check that passed nothing would prove nothing: axe must have run its rules on the page.
        Assert.True(result.Passes.Length > 10, $"axe reported only {result.Passes.Length} passing rules on {path}; did it run?");
        if (result.Violations.Length == 0) return;
        var report = new StringBuilder($"axe found {result.Violations.Length} WCAG 2.2 AA violation(s) on {path} at {width}px wide:\n");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes) report.AppendLine($"    {node.Target}: {node.Html}");
        }
        Assert.Fail(report.ToString());
    }
}
