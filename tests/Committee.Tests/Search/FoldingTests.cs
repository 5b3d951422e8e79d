using System.Diagnostics;
using System.Text;
using Committee.Search;
using Committee.Tests.Support;

namespace Committee.Tests.Search;

/// <summary>
/// One normalisation for the index and the browser: both fold with the one table (fold.txt, which the index writes for
/// the browser as search/fold.json), so a word typed in the box is folded exactly as the papers' words were.
/// </summary>
public class FoldingTests
{
    [Theory]
    [InlineData("Tŷ Gwyn", "ty gwyn")] // Welsh: circumflex on y and w
    [InlineData("Ŵyl Fawr", "wyl fawr")]
    [InlineData("Llanfair Caereinion â’r", "llanfair caereinion a'r")]
    [InlineData("YSBYTŶ GŴYNEDD", "ysbyty gwynedd")]
    [InlineData("Ó Súilleabháin", "o suilleabhain")] // Irish: síneadh fada
    [InlineData("Seán Mac Giolla Phádraig", "sean mac giolla phadraig")]
    [InlineData("O’Brien", "o'brien")] // a curly apostrophe is a plain one
    [InlineData("O‘Brien Oʼneill", "o'brien o'neill")]
    [InlineData("Françoise Hélène Lefèvre", "francoise helene lefevre")] // French
    [InlineData("Œuvre Ærø", "œuvre ærø")] // letters, not accented letters: they stay
    [InlineData("ﬁnance ＣＣＴＶ ²", "finance cctv 2")] // compatibility forms: a ligature, full-width letters, a superscript
    [InlineData("e\u0301cole", "ecole")] // a combining accent written separately
    public void Words_fold_to_plain_lower_case(string text, string folded) => Assert.Equal(folded, Folding.Fold(text));

    [Fact]
    public void Names_with_accents_and_apostrophes_are_found_however_they_are_typed()
    {
        Assert.Equal(Analyzer.Tokens("Tŷ Gwyn").Select(t => t.Surface), Analyzer.Tokens("ty gwyn").Select(t => t.Surface));
        Assert.Equal(["obrien"], Analyzer.Tokens("O’Brien").Select(t => t.Surface));
        Assert.Equal(["obrien"], Analyzer.Tokens("O'Brien").Select(t => t.Surface));
        Assert.Equal(["fly", "tipping"], Analyzer.Tokens("fly‐tipping").Select(t => t.Surface)); // U+2010 HYPHEN, as a hyphen-minus
    }

    /// <summary>Every character of the Basic Multilingual Plane, folded by search.js with the table the index writes, as
    /// the index folds it.</summary>
    [SkippableFact]
    public void The_browser_folds_every_character_as_the_index_does()
    {
        Skip.If(NodeSearch.Node is null, "Node.js is not installed, so search.js cannot be run.");
        var characters = new StringBuilder();
        for (var c = 1; c <= 0xFFFF; c++)
        {
            if (c is < 0xD800 or > 0xDFFF) characters.Append((char)c);
        }
        var text = characters.ToString();
        var folder = Path.Combine(Path.GetTempPath(), "committee-fold-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "fold.json"), Folding.Json());
            File.WriteAllText(Path.Combine(folder, "in.txt"), text, new UTF8Encoding(false));
            var module = new Uri(Path.Combine(TestSite.RepoRoot, "site-src", "assets", "search.js")).AbsoluteUri;
            var start = new ProcessStartInfo(NodeSearch.Node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8, WorkingDirectory = folder };
            start.ArgumentList.Add("--input-type=module");
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add($$"""
                import { readFileSync } from "node:fs";
                import { fold, useFolding } from '{{module}}';
                useFolding(JSON.parse(readFileSync("fold.json", "utf8")));
                const text = readFileSync("in.txt", "utf8");
                const out = [];
                for (let i = 0; i < text.length; i++) out.push(fold(text[i]));
                process.stdout.write(JSON.stringify(out));
                """);
            using var node = Process.Start(start)!;
            var error = node.StandardError.ReadToEndAsync();
            var output = node.StandardOutput.ReadToEnd();
            Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "node did not finish");
            Assert.True(node.ExitCode == 0, error.Result);
            var browser = System.Text.Json.JsonSerializer.Deserialize<string[]>(output)!;
            Assert.Equal(text.Length, browser.Length);
            var differ = text.Select((c, i) => (c, Index: Folding.Fold(c.ToString()), Browser: browser[i]))
                .Where(p => p.Index != p.Browser).Select(p => $"U+{(int)p.c:X4}: index '{p.Index}', browser '{p.Browser}'").ToList();
            Assert.True(differ.Count == 0, $"{differ.Count} characters fold differently:\n" + string.Join("\n", differ.Take(20)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
