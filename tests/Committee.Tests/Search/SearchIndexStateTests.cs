using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>The contributions file: written afresh with its table of terms, appended to with terms as text, read back.</summary>
public sealed class SearchIndexStateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("committee-state-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static SearchDocument Paper(string url, string title, string body) =>
        new(url, title, "1.0 Purpose", "A summary of the paper.", body, "board", "2024-01-01", "2023/24 Q4", "2023/24", ["all"], "report", "Officer", false);

    [Fact]
    public void Contributions_written_afresh_and_appended_read_back_as_they_were()
    {
        var path = Path.Combine(folder, "search.contributions");
        var first = new[]
        {
            Contribution.Of(Paper("a/", "School places", "Planning school places for 2025/26 across the borough.")),
            Contribution.Of(Paper("b/", "Fly-tipping", "Enforcement against fly-tipping in NI 195 hotspots.")),
        };
        var later = Contribution.Of(Paper("c/", "Tŷ Gwyn", "A brand-new zephyrine word appears in the appended paper."));

        var offsets = SearchIndexState.Append(path, first, fresh: true);
        var appended = SearchIndexState.Append(path, [later], fresh: false);
        var read = SearchIndexState.Read(path, [offsets[1], appended[0], offsets[0]]);

        Assert.Equal(new[] { first[1], later, first[0] }.Select(Describe), read.Select(Describe));
        Assert.Contains("zephyrin", Describe(read[1]));
    }

    /// <summary>A contribution as text, its stems and words by name, so two can be compared.</summary>
    private static string Describe(Contribution c) =>
        $"{string.Join(",", c.Lengths)} | {string.Join(",", c.Stems.Select(Committee.Search.Terms.Stem))} | {Convert.ToHexString(c.Counts)} | {string.Join(",", c.Words.Select(Committee.Search.Terms.Word))}";
}
