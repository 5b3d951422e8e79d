using System.Diagnostics;
using System.Text;
using Committee.Search;
using Committee.Tests.Support;

namespace Committee.Tests.Search;

/// <summary>
/// The index folds words as the browser folds a query: the tool runs without ICU, so its folding comes from a table,
/// which must agree with search.js's <c>fold</c> (NFD, combining marks dropped, NFC) character by character.
/// </summary>
public class FoldingTests
{
    [Theory]
    [InlineData("Tŷ Gwyn", "tŷ gwyn", "ty gwyn")]
    [InlineData("Ŵyl", "ŵyl", "wyl")]
    [InlineData("Café’s", "café’s", "cafe's")]
    [InlineData("Ærø Œuvre", "ærø œuvre", "ærø œuvre")]
    public void Accents_go_and_letters_that_are_not_accented_stay(string text, string lower, string folded)
    {
        Assert.Equal(lower, text.ToLowerInvariant());
        Assert.Equal(folded, Folding.Fold(text));
    }

    [SkippableFact]
    public void The_index_folds_every_accented_character_as_the_browser_does()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed, so search.js cannot be run.");
        var characters = new StringBuilder();
        for (var c = '\u00C0'; c <= '\u024F'; c++) characters.Append(c);
        for (var c = '\u1E00'; c <= '\u1EFF'; c++) characters.Append(c);
        for (var c = '\u0386'; c <= '\u03CE'; c++) characters.Append(c);
        for (var c = '\u0400'; c <= '\u045F'; c++) characters.Append(c);
        var text = characters.ToString();
        var module = new Uri(Path.Combine(TestSite.RepoRoot, "site-src", "assets", "search.js")).AbsoluteUri;
        var start = new ProcessStartInfo(NodeSearch.Node!) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("--input-type=module");
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($"import {{ fold }} from '{module}'; let s = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', d => s += d); process.stdin.on('end', () => process.stdout.write(JSON.stringify([...s].map(fold))));");
        using var node = Process.Start(start)!;
        node.StandardInput.Write(text);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "node did not finish");
        var browser = System.Text.Json.JsonSerializer.Deserialize<string[]>(output)!;
        var differ = text.Select((c, i) => (c, Index: Folding.Fold(c.ToString()), Browser: browser[i]))
            .Where(p => p.Index != p.Browser).Select(p => $"{p.c} U+{(int)p.c:X4}: index '{p.Index}', browser '{p.Browser}'").ToList();
        Assert.True(differ.Count == 0, string.Join("\n", differ.Take(20)));
    }
}
