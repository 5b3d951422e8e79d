using System.Text;

namespace Committee.Import;

/// <summary>
/// Writes an imported report at &lt;board&gt;/&lt;date&gt;-&lt;slug&gt;.md, never over an existing file. A different paper
/// with the same board, date and title gets the next free name (-2, -3 …); the same paper imported again
/// (its report already there, even after light edits) is counted as already imported and not written twice.
/// </summary>
public static class WriteImportedReport
{
    /// <summary>The share of a new report's lines an existing one must have for the two to be the same paper.</summary>
    private const double SamePaper = 0.8;

    public static ImportResult Write(ImportResult result, string folder, string name, bool dryRun, IDictionary<string, string> planned)
    {
        var markdown = result.Markdown!;
        for (var n = 1; ; n++)
        {
            var target = Path.Combine(folder, n == 1 ? $"{name}.md" : $"{name}-{n}.md");
            var existing = planned.TryGetValue(target, out var written) ? written : File.Exists(target) ? ReadExisting(target) : null;
            if (existing is not null)
            {
                if (Same(existing, markdown))
                {
                    return result with { Target = target, Outcome = ImportOutcome.Skipped, Problem = "already imported: its report is there, so nothing was written. Delete the report to import the paper again." };
                }
                continue;
            }
            var placed = result with
            {
                Target = target,
                Changes = n == 1 ? result.Changes : [.. result.Changes, $"another paper's report has the same name (the same board, date and title, or a long title shortened alike), so this one was written as {Path.GetFileName(target)}; check the two are different papers"],
            };
            planned[target] = markdown;
            if (dryRun) return placed;
            try
            {
                Directory.CreateDirectory(folder);
                // CreateNew: never overwrite, even if another import wrote the file a moment ago.
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(markdown);
                return placed;
            }
            catch (IOException) when (File.Exists(target))
            {
                planned[target] = ReadExisting(target) ?? "";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return result with { Target = target, Outcome = ImportOutcome.Failed, Problem = $"{result.Source}: the report could not be written: {e.Message}" };
            }
        }
    }

    private static string? ReadExisting(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>The same paper: the same title, and most of the new report's lines in the existing one (an officer may have corrected a few).</summary>
    private static bool Same(string existing, string markdown)
    {
        if (existing == markdown) return true;
        // Titles too long for the file name can share it; a paper with another title is another paper.
        static string Title(string text)
        {
            var at = text.IndexOf("\ntitle:", StringComparison.Ordinal);
            return at < 0 ? "" : text[(at + 1)..Math.Max(at + 1, text.IndexOf('\n', at + 1))];
        }
        if (Title(existing) != Title(markdown)) return false;
        var old = existing.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var lines = markdown.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count > 0 && lines.Count(old.Contains) >= SamePaper * lines.Count;
    }
}
