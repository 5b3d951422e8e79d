namespace Committee.Search;

/// <summary>What analysing the papers gives the index: each paper's contribution, in index order, and for each word
/// number (<see cref="Terms"/>), how many papers have the word (<paramref name="Papers"/>).</summary>
public sealed record Analysed(Contribution[] Contributions, int[] Papers)
{
    /// <summary>Each paper's contribution, in index order, and how many papers have each word (by its number).</summary>
    public static Analysed Of(IReadOnlyList<SearchDocument> documents)
    {
        var contributions = new Contribution[documents.Count];
        var papers = Array.Empty<int>();
        // Each thread counts its papers' words on its own, and the counts are added up as each finishes: a paper's words
        // are needed for nothing else, so none is kept.
        Parallel.For(0, documents.Count, () => Array.Empty<int>(), (i, _, counts) =>
        {
            contributions[i] = Contribution.Of(documents[i], out var words);
            foreach (var word in words)
            {
                if (word >= counts.Length) Array.Resize(ref counts, Math.Max(Terms.WordCount, word + 1) * 2);
                counts[word]++;
            }
            return counts;
        }, counts =>
        {
            lock (contributions)
            {
                if (counts.Length > papers.Length) Array.Resize(ref papers, counts.Length);
                for (var word = 0; word < counts.Length; word++) papers[word] += counts[word];
            }
        });
        if (papers.Length < Terms.WordCount) Array.Resize(ref papers, Terms.WordCount);
        return new Analysed(contributions, papers);
    }
}
