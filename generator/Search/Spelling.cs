using System.Runtime.CompilerServices;
using System.Text;

namespace Committee.Search;

/// <summary>
/// The index's vocabulary for spelling suggestions (search/words/&lt;initial&gt;.json): every word of three letters or
/// more that the papers hold, folded and not stemmed, grouped by its first letter, each with the number of papers that
/// have it; in a large archive, only a letter's commonest words (<see cref="LetterLimit"/>). The browser fetches one
/// letter's file only when a word of a query matches nothing, and suggests the nearest words (edit distance 1, or 2 for
/// longer words) that the papers hold, the commonest first: a misspelt first letter is not corrected, and in exchange a
/// suggestion costs one small file rather than the whole vocabulary.
/// </summary>
public static class Spelling
{
    /// <summary>Where the folding table is, under search/ (<see cref="Folding.Json"/>).</summary>
    public const string FoldPath = "fold.json";

    /// <summary>Where a letter's words are, under search/ (search.js works it out the same way).</summary>
    public static string WordsPath(string initial) => $"words/{SearchIndexWriter.FileName(initial)}.json";

    /// <summary>Each letter's file: <c>{"counts":[papers, …],"words":[word, …]}</c>, words in ordinal order.</summary>
    /// <param name="papers">For each word number (<see cref="Terms"/>), how many papers have it.</param>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static List<(string Initial, string Path, byte[] Utf8)> Files(int[] papers)
    {
        // By first letter, as word numbers: an archive of 10,000 papers holds a quarter of a million words, most of
        // them in one paper, so only the words kept are ever sorted by their text.
        var letters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var word = 0; word < papers.Length; word++)
        {
            if (papers[word] == 0 || !IsSpelt(Terms.Word(word))) continue;
            var initial = SearchIndexWriter.Prefix(Terms.Word(word), 1);
            if (!letters.TryGetValue(initial, out var list)) letters[initial] = list = [];
            list.Add(word);
        }
        return [.. letters.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, WordsPath(l.Key), File(Commonest(l.Value, papers))))];
    }

    /// <summary>A letter's file holds at most this many bytes of words: past it, the words in fewest papers are left out.</summary>
    public const int LetterLimit = 48_000;

    /// <summary>The words of a letter, as many as fit in <see cref="LetterLimit"/>, those in most papers first (a name
    /// or a slip found in one paper of 10,000 is seldom the word a reader meant), in ordinal order.</summary>
    private static List<(string Word, int Papers)> Commonest(List<int> letter, int[] papers)
    {
        // Bytes as the file writes them, near enough: the word, its quotes and comma, and its count.
        static int Size(string word, int count) => Encoding.UTF8.GetByteCount(word) + 4 + (count < 10 ? 1 : count < 100 ? 2 : count < 1000 ? 3 : 5);
        if (letter.Sum(w => Size(Terms.Word(w), papers[w])) > LetterLimit)
        {
            letter.Sort((a, b) => papers[b] != papers[a] ? papers[b].CompareTo(papers[a]) : string.CompareOrdinal(Terms.Word(a), Terms.Word(b)));
            var bytes = 0;
            var fit = 0;
            while (fit < letter.Count && (bytes += Size(Terms.Word(letter[fit]), papers[letter[fit]])) <= LetterLimit) fit++;
            letter = letter[..fit];
        }
        var kept = letter.Select(w => (Word: Terms.Word(w), Papers: papers[w])).ToList();
        kept.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        return kept;
    }

    private static byte[] File(List<(string Word, int Papers)> words) => SearchIndexWriter.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("counts");
        foreach (var (_, papers) in words) json.WriteNumberValue(papers);
        json.WriteEndArray();
        json.WriteStartArray("words");
        foreach (var (word, _) in words) json.WriteStringValue(word);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>A word worth suggesting: three letters or more, letters only (not a number, a code or a year).</summary>
    private static bool IsSpelt(string word) => word.Length >= 3 && word.All(char.IsLetter);
}
