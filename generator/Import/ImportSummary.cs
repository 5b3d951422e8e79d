using Committee.Diagnostics.Formatters;

namespace Committee.Import;

/// <summary>
/// Prints what an import did, paper by paper: where each report went, what the cover gave, what the import
/// changed, every line it could not place, and what validation found; then one closing line.
/// </summary>
public static class ImportSummary
{
    public static void Write(IReadOnlyList<ImportResult> results, bool dryRun, TextWriter output, TextWriter error, bool colour, Func<string, string[]?> sourceLines)
    {
        foreach (var result in results)
        {
            if (result.Outcome == ImportOutcome.Failed)
            {
                error.WriteLine($"committee: {result.Problem}");
                continue;
            }
            var target = result.TargetDisplay ?? result.Target;
            if (result.Outcome == ImportOutcome.Skipped)
            {
                output.WriteLine($"{result.Source}: {target}: {result.Problem}");
                continue;
            }
            output.WriteLine($"{result.Source} → {target}{(dryRun ? " (dry run: not written)" : "")}");
            if (result.Summary is not null) output.WriteLine($"  {result.Summary}");
            foreach (var change in result.Changes) output.WriteLine($"  check: {change}");
            if (result.Unplaced.Count > 0)
            {
                output.WriteLine($"  could not place {result.Unplaced.Count} line{(result.Unplaced.Count == 1 ? "" : "s")} of {result.Source}; copy by hand what the report needs:");
                foreach (var line in result.Unplaced) output.WriteLine($"    line {line.Line}: {line.Text}  ({line.Reason})");
            }
            if (dryRun && result.Markdown is not null)
            {
                output.WriteLine($"  it would write:");
                foreach (var line in result.Markdown.TrimEnd('\n').Split('\n')) output.WriteLine($"    | {line}");
            }
            var errors = result.Diagnostics.Count(d => d.IsError);
            var summary = new CheckSummary(1, errors, result.Diagnostics.Count - errors, result.Diagnostics.Count == 0 ? 0 : 1);
            var indented = new IndentedWriter(output, "  ");
            new TextFormatter(colour, sourceLines).Write(result.Diagnostics, summary, indented);
            indented.Flush();
        }

        var imported = results.Where(r => r.Outcome is ImportOutcome.Written or ImportOutcome.WouldWrite).ToList();
        var attention = imported.Count(r => r.NeedsAttention);
        var withErrors = imported.Count(r => r.HasErrors);
        var already = results.Count(r => r.Outcome == ImportOutcome.Skipped);
        var failed = results.Count(r => r.Outcome == ImportOutcome.Failed);
        var verb = dryRun ? "Would import" : "Imported";
        output.WriteLine(
            $"{verb} {imported.Count} of {Papers(results.Count)}: {imported.Count - attention} ready, {attention} needing attention ({withErrors} with errors)" +
            (already > 0 ? $"; {already} already imported" : "") +
            $"; {failed} not imported{(failed > 0 ? " (see the messages above)" : "")}.");
        if (dryRun) output.WriteLine("Dry run: nothing was written.");
        else if (imported.Any(r => r.Diagnostics.Count > 0))
        {
            // A report written outside content/reports (--out) is checked when named, like one inside.
            output.WriteLine($"Fix what is listed, then check again with: committee validate {string.Join(' ', imported.Where(r => r.Diagnostics.Count > 0).Select(r => Quote(r.TargetDisplay ?? r.Target!)))}");
        }
    }

    /// <summary>What happened to each paper, one CSV row each, for tracking a migration of thousands of papers.</summary>
    public static string Csv(IReadOnlyList<ImportResult> results)
    {
        var text = new System.Text.StringBuilder("source,outcome,report,board,date,title,type,errors,warnings,unplaced_lines,checks,reason\n");
        foreach (var r in results)
        {
            var outcome = r.Outcome switch
            {
                ImportOutcome.Failed => "not imported",
                ImportOutcome.Skipped => "already imported",
                _ when r.NeedsAttention => "needs attention",
                _ => "imported",
            };
            var errors = r.Diagnostics.Count(d => d.IsError);
            var reason = r.Problem ?? string.Join("; ", r.Diagnostics.Select(d => $"{d.RuleId} (line {d.Line})").Concat(r.Changes).Take(20));
            string[] cells = [r.Source, outcome, r.TargetDisplay ?? r.Target ?? "", r.Facts?.Board ?? "", r.Facts?.Date ?? "", r.Facts?.Title ?? "", r.Facts?.Type ?? "",
                $"{errors}", $"{r.Diagnostics.Count - errors}", $"{r.Unplaced.Count}", $"{r.Changes.Count}", reason];
            text.Append(string.Join(',', cells.Select(ReadManifest.Cell))).Append('\n');
        }
        return text.ToString();
    }

    private static string Quote(string path) => path.Contains(' ') ? $"\"{path}\"" : path;

    private static string Papers(int n) => n == 1 ? "1 paper" : $"{n} papers";

    /// <summary>Indents whatever the formatter writes, so findings sit under their paper.</summary>
    private sealed class IndentedWriter(TextWriter inner, string indent) : StringWriter
    {
        public override void Flush()
        {
            foreach (var line in ToString().TrimEnd('\n', '\r').Split('\n')) inner.WriteLine(indent + line.TrimEnd('\r'));
            GetStringBuilder().Clear();
        }
    }
}
