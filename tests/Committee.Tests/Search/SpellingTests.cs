using System.Text.Json;
using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>The vocabulary for spelling suggestions (search/words/&lt;letter&gt;.json).</summary>
public class SpellingTests
{
    private static SearchDocument Paper(string body) =>
        new("boards/b/2024-01-01/p/", "Title", "", "", body, "b", "2024-01-01", "2023/24 Q4", "2023/24", ["all"], "t", "Officer", false);

    /// <summary>A five-letter word beginning with s for each number: saaaa, saaab, …</summary>
    private static string Word(int n) => "s" + string.Concat(Enumerable.Range(0, 4).Select(i => (char)('a' + n / (int)Math.Pow(26, 3 - i) % 26)));

    [Fact]
    public void A_letter_keeps_its_commonest_words_within_its_limit_in_order()
    {
        var many = string.Join(" ", Enumerable.Range(0, 8000).Select(Word));
        var analysed = Analysed.Of([Paper(many + " seaside"), Paper("seaside seaside 12345 s2 sh"), Paper("seaside quay")]);
        var files = Spelling.Files(analysed.Papers);
        var s = files.Single(f => f.Initial == "s");
        Assert.Equal("words/s.json", s.Path);
        Assert.True(s.Utf8.Length <= Spelling.LetterLimit + 100, $"{s.Utf8.Length} bytes");
        using var json = JsonDocument.Parse(s.Utf8);
        var words = json.RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToList();
        var counts = json.RootElement.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToList();
        Assert.Equal(3, counts[words.IndexOf("seaside")]); // in all three papers: kept first
        Assert.InRange(words.Count, 1000, 7999); // the rest, in one paper each, only as far as the limit
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
        Assert.DoesNotContain("sh", words); // too short to suggest
        Assert.Equal(["quay"], JsonDocument.Parse(files.Single(f => f.Initial == "q").Utf8).RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
        Assert.DoesNotContain(files, f => f.Initial == "1"); // numbers are not spelt
    }
}
