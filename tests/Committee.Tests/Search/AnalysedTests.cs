using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>
/// A build lets go of what analysing its papers learnt of their written words (<see cref="Analysed.Forget"/>); the
/// preview keeps it. Either way, analysing the same papers again gives the same contributions and counts (other tests
/// analyse at the same time, and are not disturbed by a forgetting either).
/// </summary>
public class AnalysedTests
{
    private static SearchDocument Paper(string title, string body) =>
        new("boards/b/2024-01-01/p/", title, "", "Summary of the " + title, body, "b", "2024-01-01", "2023/24 Q4", "2023/24", ["all"], "t", "Officer", false);

    private static readonly SearchDocument[] Papers =
    [
        Paper("Fly-tipping enforcement", "The council's Fly-Tipping team issued 40 fixed penalty notices in 2023/24; NI 195 improved."),
        Paper("Café licensing", "Cafés on the High Street: 12 licences renewed, the CAFÉ quarter's footfall rose."),
        Paper("Budget monitoring", "Revenue outturn, capital programme and reserves; the Section 151 officer's view."),
    ];

    private static string Describe(Analysed analysed) => string.Join("\n", analysed.Contributions.Select(c =>
        string.Join(",", c.Lengths) + "|" + string.Join(",", c.Stems.Select(Committee.Search.Terms.Stem)) + "|" + Convert.ToHexString(c.Counts)))
        + "\n" + string.Join(",", Enumerable.Range(0, analysed.Papers.Length).Where(w => analysed.Papers[w] > 0).Select(w => Committee.Search.Terms.Word(w) + "=" + analysed.Papers[w]).Order(StringComparer.Ordinal));

    [Fact]
    public void Analysing_again_after_forgetting_the_written_words_gives_the_same_index()
    {
        var first = Describe(Analysed.Of(Papers));
        var again = Describe(Analysed.Of(Papers)); // the tables filled the first time, as the preview's next save finds them
        Analysed.Forget();
        var afterForgetting = Describe(Analysed.Of(Papers));
        Assert.Equal(first, again);
        Assert.Equal(first, afterForgetting);
        Assert.Contains("tipping", first);
        Assert.Contains("ni-195", first);
    }
}
