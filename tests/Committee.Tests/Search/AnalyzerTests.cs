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
}
