using System.Runtime.CompilerServices;

namespace Committee.Search;

/// <summary>
/// The index's vocabulary for spelling suggestions (search/words/&lt;initial&gt;.json): every word of three letters or
/// more that the papers hold, folded and not stemmed, grouped by its first letter, each with the number of papers that
/// have it. The browser fetches one letter's file only when a word of a query matches nothing, and suggests the
/// nearest words (edit distance 1, or 2 for longer words) that the papers do hold, the commonest first: a misspelt
/// first letter is not corrected, and in exchange a suggestion costs one small file rather than the whole vocabulary.
/// </summary>
public static class Spelling
{
    /// <summary>Where the folding table is, under search/ (<see cref="Folding.Json"/>).</summary>
    public const string FoldPath = "fold.json";

    /// <summary>Where a letter's words are, under search/ (search.js works it out the same way).</summary>
    public static string WordsPath(string initial) => $"words/{SearchIndexWriter.FileName(initial)}.json";

    /// <summary>Each letter's file: <c>{"counts":[papers, …],"words":[word, …]}</c>, words in ordinal order.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static List<(string Initial, string Path, byte[] Utf8)> Files(IReadOnlyList<Contribution> contributions)
    {
        var papers = new int[Terms.WordCount];
        foreach (var contribution in contributions)
        {
            foreach (var word in contribution.Words) papers[word]++;
        }
        var words = new List<string>();
        for (var word = 0; word < papers.Length; word++)
        {
            if (papers[word] > 0 && IsSpelt(Terms.Word(word))) words.Add(Terms.Word(word));
        }
        words.Sort(StringComparer.Ordinal);
        var ids = words.ToDictionary(w => w, Terms.WordId, StringComparer.Ordinal);
        return [.. words.GroupBy(w => SearchIndexWriter.Prefix(w, 1), StringComparer.Ordinal).Select(letter => (letter.Key, WordsPath(letter.Key),
            SearchIndexWriter.Write(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("counts");
                foreach (var word in letter) json.WriteNumberValue(papers[ids[word]]);
                json.WriteEndArray();
                json.WriteStartArray("words");
                foreach (var word in letter) json.WriteStringValue(word);
                json.WriteEndArray();
                json.WriteEndObject();
            })))];
    }

    /// <summary>A word worth suggesting: three letters or more, letters only (not a number, a code or a year).</summary>
    private static bool IsSpelt(string word) => word.Length >= 3 && word.All(char.IsLetter);
}
