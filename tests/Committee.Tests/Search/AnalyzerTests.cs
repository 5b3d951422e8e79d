using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>How the index reads text: tokens, folding, stop words and English stems.</summary>
public sealed class AnalyzerTests
{
    [Theory]
    [InlineData("schools", "school")]
    [InlineData("school", "school")]
    [InlineData("places", "place")]
    [InlineData("placing", "place")]
    [InlineData("flooding", "flood")]
    [InlineData("Council's", "council")]
    [InlineData("enforcement", "enforc")]
    public void English_words_are_stemmed(string word, string stem) => Assert.Equal([stem], Analyzer.Stems(word));

    [Fact]
    public void Accents_are_folded_and_case_lowered()
    {
        Assert.Equal(["ty", "gwyn"], Analyzer.Tokens("Tŷ Gwyn").Select(t => t.Surface));
        Assert.Equal("ffordd y wennol", Analyzer.Fold("Ffordd Ŷ Wênnol").Replace('ŷ', 'y'));
        Assert.Equal(["cafe"], Analyzer.Tokens("Café").Select(t => t.Surface));
        Assert.Equal(["ysbyty", "gwynedd"], Analyzer.Tokens("YSBYTŶ Gŵynedd").Select(t => t.Surface));
    }

    [Fact]
    public void Financial_years_stay_one_token()
    {
        Assert.Equal(["perform", "2011/12", "q2"], Analyzer.Stems("Performance in 2011/12 Q2"));
        Assert.Equal(["2011", "2012"], Analyzer.Stems("2011/2012"));
    }

    [Fact]
    public void Indicator_codes_are_tokens_as_well_as_their_parts()
    {
        Assert.Contains("ni-117", Analyzer.Stems("Indicator NI 117 improved"));
        Assert.Contains("cyp-05", Analyzer.Stems("measure CYP-05"));
        Assert.Contains("117", Analyzer.Stems("Indicator NI 117 improved"));
        Assert.DoesNotContain("year-6", Analyzer.Stems("pupils in Year 6"));
    }

    [Fact]
    public void Stop_words_are_dropped()
    {
        Assert.Equal(["report", "board"], Analyzer.Stems("The report to the Board"));
        Assert.Empty(Analyzer.Stems("and of the it is"));
    }

    [Fact]
    public void Words_are_split_on_punctuation_and_keep_their_place_in_the_text()
    {
        var tokens = Analyzer.Tokens("Fly-tipping: enforcement.");
        Assert.Equal(["fly", "tipping", "enforcement"], tokens.Select(t => t.Surface));
        Assert.Equal("tipping", "Fly-tipping: enforcement."[tokens[1].Start..(tokens[1].Start + tokens[1].Length)]);
    }

    /// <summary>The hand-written word scanner against the token pattern it stands for (and search.js uses), over every
    /// demo paper and the awkward cases.</summary>
    [Fact]
    public void The_word_scanner_finds_exactly_what_the_token_pattern_finds()
    {
        var pattern = new System.Text.RegularExpressions.Regex(Analyzer.TokenPattern);
        var texts = Directory.EnumerateFiles(Path.Combine(Support.TestSite.RepoRoot, "content", "reports"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Concat([
                "2011/12 2011/123 x2011/12 12011/12 2011/1 2011/12/13 '2011/12'", "council's don’t rock'n'roll it's' 'quoted' o'", "Tŷ Gwyn, Ŵ café naïve", "",
                "NI 117 CYP-05 a1b2 ١٢٣٤/٥٦ x", "end'", "’s", "ⅫⅣ ½ ²", "e\u0301cole", "😀 emoji😀word",
            ]);
        foreach (var text in texts)
        {
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var found = new List<(int, int)>();
            for (var at = 0; Analyzer.NextWord(text, ref at, out var start);) found.Add((start, at - start));
            Assert.Equal(expected, found);
        }
    }
}
