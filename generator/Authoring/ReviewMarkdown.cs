using System.Globalization;
using System.Text;
using Committee.Diagnostics;

namespace Committee.Authoring;

/// <summary>
/// The review written in Markdown for a GitHub job summary: a table of the papers, then each paper's changed parts and
/// findings, in the words authors use (paper, board, meeting, section).
/// </summary>
public static class ReviewMarkdown
{
    /// <summary>The Markdown summary for the pull request.</summary>
    public static string ToMarkdown(IReadOnlyList<ReviewedReport> papers, string baseRef, IReadOnlyList<string> otherChanges)
    {
        var md = new StringBuilder();
        md.Append("## Papers in this pull request\n\n");
        if (papers.Count == 0)
        {
            md.Append($"No paper has been added, changed, renamed or removed since `{baseRef}`.\n");
        }
        else
        {
            var counts = Enum.GetValues<ChangeKind>()
                .Select(k => (Kind: k, Count: papers.Count(p => p.Change.Kind == k)))
                .Where(k => k.Count > 0)
                .Select(k => $"{k.Count} {Verb(k.Kind).ToLowerInvariant()}");
            var errors = papers.Count(p => p.HasErrors);
            md.Append($"Compared with `{baseRef}`: {Count(papers.Count, "paper")} ({string.Join(", ", counts)}).");
            md.Append(errors == 0 ? " No paper has errors.\n\n" : $" **{Count(errors, "paper")} {(errors == 1 ? "has" : "have")} errors** to fix before it can be published.\n\n");

            md.Append("| | Paper | Board | Meeting | Checks |\n| --- | --- | --- | --- | --- |\n");
            foreach (var paper in papers)
            {
                var version = paper.Now ?? paper.Before;
                md.Append($"| {Verb(paper.Change.Kind)} | {Cell(Title(paper))}{(version?.Report?.IsExempt == true ? " (exempt)" : "")} | {Cell(version?.Board?.ShortName ?? version?.Report?.BoardId ?? "")} | {Meeting(version) ?? ""} | {ChecksCell(paper)} |\n");
            }
            foreach (var paper in papers) Describe(paper, md);
        }
        if (otherChanges.Count > 0)
        {
            md.Append("\n### Other files changed\n\n");
            md.Append("A board or report type affects every paper that uses it; files in the reports folder that are not Markdown papers are never published.\n\n");
            foreach (var file in otherChanges) md.Append($"- `{file}`\n");
        }
        return md.ToString();
    }

    private static void Describe(ReviewedReport paper, StringBuilder md)
    {
        var version = paper.Now ?? paper.Before;
        md.Append($"\n### {Verb(paper.Change.Kind)}: {Inline(Title(paper))}\n\n");
        if (paper.Change.Kind == ChangeKind.Renamed && paper.Before is not null && paper.Now is not null)
        {
            md.Append($"- Moved from `{paper.Before.DisplayPath}` to `{paper.Now.DisplayPath}`\n");
        }
        else
        {
            md.Append($"- File: `{version?.DisplayPath}`\n");
        }
        if (version?.Board is not null || version?.Report is { BoardId.Length: > 0 })
        {
            md.Append($"- Board: {Inline(version?.Board?.Name ?? version!.Report!.BoardId)}");
            if (Meeting(version) is { } meeting) md.Append($", meeting on {meeting}");
            md.Append('\n');
        }

        if (paper.Change.Kind == ChangeKind.Removed)
        {
            var was = paper.Before?.Report;
            md.Append(was switch
            {
                { IsDraft: true } => "- It was a draft, so it was never published.\n",
                { IsExempt: true } => "- It was exempt: its title will no longer be listed in the public archive.\n",
                not null => "- Its page will be taken off the public archive when this is merged.\n",
                _ => "",
            });
            return;
        }

        if (paper.Now?.Report is { IsExempt: true } exempt)
        {
            var paragraph = exempt.ExemptParagraph is { } n ? $"paragraph {n}" : "a paragraph (not yet given)";
            md.Append($"- 🔒 **Exempt: this paper will not be published.** It is not for publication by virtue of {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972; the public archive will show its title only. Its text appears here because this review is internal to the pull request.\n");
        }
        if (paper.Now?.Report is { IsDraft: true })
        {
            md.Append("- 📝 **Draft: this paper will not be published** until its status is changed to `final`.\n");
        }
        if (AddressChange(paper) is { } moved) md.Append(moved);
        if (paper.Now is { StillToFillIn.Count: > 0 } todo)
        {
            md.Append($"- Still to fill in: {string.Join(", ", todo.StillToFillIn.Select(f => $"`{f}`"))}\n");
        }

        md.Append($"- Checks: {ChecksText(paper)}\n");
        foreach (var finding in paper.Findings)
        {
            var where = finding.Line > 0 ? $"line {finding.Line}" : "the whole file";
            var file = finding.File == paper.Now?.DisplayPath ? "" : $" of `{finding.File}`";
            md.Append($"  - {(finding.IsError ? "❌ error" : "⚠️ warning")}, {where}{file}: {Inline(finding.Message)}");
            if (finding.Hint is not null) md.Append($" ({Inline(finding.Hint)})");
            md.Append($" `{finding.RuleId}`\n");
        }

        if (paper.Attachments.Count > 0)
        {
            var listed = paper.Attachments.Select(a => $"`{a.Name}` ({Verb(a.Kind).ToLowerInvariant()}{(a.IsExempt ? "; exempt, not published" : "")})");
            md.Append($"- Attachments: {string.Join("; ", listed)}\n");
        }
        if ((paper.Change.Kind == ChangeKind.Renamed || paper.Change.Kind == ChangeKind.Changed && paper.Attachments.Count > 0) && paper.Changes.Count == 0 && paper.Before is not null)
        {
            md.Append("- The text is unchanged.\n");
        }
        if (paper.Changes.Count > 0)
        {
            md.Append($"- Sections changed: {string.Join("; ", paper.Changes.Select(c => $"{Inline(c.Name)} ({c.How})"))}\n");
            foreach (var change in paper.Changes)
            {
                md.Append($"\n#### {Inline(change.Name)} ({change.How})\n\n");
                var fence = Fence(change.DiffLines);
                md.Append(fence).Append("diff\n");
                foreach (var line in change.DiffLines) md.Append(line).Append('\n');
                md.Append(fence).Append('\n');
            }
        }
    }

    private static string Verb(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Added",
        ChangeKind.Changed => "Changed",
        ChangeKind.Renamed => "Renamed",
        _ => "Removed",
    };

    private static string Title(ReviewedReport paper) =>
        (paper.Now ?? paper.Before)?.Report?.Title is { Length: > 0 } title ? title : Path.GetFileName(paper.Change.Path);

    private static string? Meeting(ReportVersion? version) =>
        version?.Report?.Date is { } date ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : null;

    private static string ChecksCell(ReviewedReport paper) =>
        paper.Change.Kind == ChangeKind.Removed ? "" : paper.Findings.Count == 0 ? "✅" : paper.HasErrors ? "❌ errors" : "⚠️ warnings";

    private static string ChecksText(ReviewedReport paper)
    {
        var errors = paper.Findings.Count(f => f.IsError);
        var warnings = paper.Findings.Count - errors;
        if (errors + warnings == 0) return "✅ no problems found";
        return $"{(errors > 0 ? "❌" : "⚠️")} {Count(errors, "error")}, {Count(warnings, "warning")}";
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>A code fence longer than any run of backticks in the text, so a paper's own code cannot close it.</summary>
    private static string Fence(IEnumerable<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var ch in line)
            {
                run = ch == '`' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        return new string('`', Math.Max(3, longest + 1));
    }

    /// <summary>Text from a paper shown as Markdown text: its own Markdown and HTML shown, not acted on.</summary>
    private static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!') escaped.Append('\\');
            escaped.Append(ch);
        }
        return escaped.ToString();
    }

    private static string Cell(string text) => Inline(text);

    /// <summary>
    /// What the review says when a paper's address changes (a new date, slug or board): whether its old address will
    /// redirect, or the <c>aliases</c> line that would make it, so links people made to it keep working.
    /// </summary>
    public static string? AddressChange(ReviewedReport paper)
    {
        if (paper.Change.Kind is not (ChangeKind.Renamed or ChangeKind.Changed) || paper.Before?.Url is not { } oldUrl ||
            paper.Now?.Url is not { } newUrl || string.Equals(oldUrl, newUrl, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (paper.Now.Report?.Aliases.Any(a => string.Equals(a.Path, oldUrl, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return $"- Its web address changes from `/{oldUrl}` to `/{newUrl}`; the old address will redirect to the new one (`aliases`).\n";
        }
        return $"- Its web address changes from `/{oldUrl}` to `/{newUrl}`: links to the old address will stop working. " +
            $"To keep them working, add to the paper's front matter:\n\n  ```yaml\n  aliases:\n    - /{oldUrl}\n  ```\n\n";
    }
}
