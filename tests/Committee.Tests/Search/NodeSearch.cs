using System.Diagnostics;
using System.Text.Json;
using Committee.Tests.Support;

namespace Committee.Tests.Search;

/// <summary>
/// Runs the browser's own search module (site-src/assets/search.js) under Node against a built site's index,
/// reading the index files from disk instead of fetching them.
/// </summary>
public static class NodeSearch
{
    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "node")).FirstOrDefault(File.Exists);

    private const string Harness = """
        import { readFile } from "node:fs/promises";
        import { fileURLToPath, pathToFileURL } from "node:url";
        import * as search from "./search.mjs";
        const [, , siteDir, queries] = process.argv;
        const base = pathToFileURL(siteDir + "/search/");
        const index = search.openIndex(base, async (url) => JSON.parse(await readFile(fileURLToPath(url), "utf8")));
        const out = [];
        for (const params of JSON.parse(queries)) {
          const result = await search.search(index, params);
          const docs = await Promise.all(result.hits.map((h) => index.doc(h.id)));
          out.push({
            urls: docs.map((d) => d.url),
            counts: result.counts,
            marks: [...result.marks.keys()].sort(),
            excerpt: docs.length > 0 ? search.excerpt(search.excerptText(docs[0]), result.marks) : [],
            suggestion: result.suggestion,
          });
        }
        console.log(JSON.stringify(out));
        """;

    /// <param name="Suggestion">The query as "Did you mean …?" would spell it, or null.</param>
    public sealed record Result(List<string> Urls, Dictionary<string, Dictionary<string, int>> Counts, List<string> Marks, List<Piece> Excerpt, string? Suggestion);

    public sealed record Piece(string Text, bool Mark);

    /// <summary>Runs each query (an object of search parameters: q, board, year, …) and returns the results in order.</summary>
    public static List<Result> Run(string siteFolder, params object[] queries)
    {
        var folder = Path.Combine(Path.GetTempPath(), "committee-node-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(TestSite.RepoRoot, "site-src", "assets", "search.js"), Path.Combine(folder, "search.mjs"));
            File.WriteAllText(Path.Combine(folder, "harness.mjs"), Harness);
            var start = new ProcessStartInfo(Node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            start.ArgumentList.Add("harness.mjs");
            start.ArgumentList.Add(siteFolder);
            start.ArgumentList.Add(JsonSerializer.Serialize(queries));
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "node did not finish in a minute.");
            Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}:\n{error.Result}\n{output}");
            return JsonSerializer.Deserialize<List<Result>>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
