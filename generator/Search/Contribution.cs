namespace Committee.Search;

/// <summary>
/// What one paper gives the index, worked out from its text alone: how long each field is, how often each stem
/// occurs in each field, and which written words lead to which stem. It does not depend on any other paper, so
/// a paper that did not change gives the same contribution, and only a changed paper has to be analysed again.
/// </summary>
/// <param name="Lengths">Tokens per field, in the order of <see cref="SearchIndexWriter.Fields"/>.</param>
/// <param name="Stems">Each stem of the paper.</param>
/// <param name="Counts">For stem i, its count in field f at [i × fields + f]: one array per paper rather than one per
/// stem, since 10,000 papers hold millions of stems.</param>
/// <param name="Words">Each folded word of the paper (its stem is <see cref="Analyzer.Stem"/> of it, so it is not kept).</param>
public sealed record Contribution(int[] Lengths, string[] Stems, int[] Counts, string[] Words)
{
    public static Contribution Of(SearchDocument document)
    {
        string[] texts = [document.Title, document.Headings, document.Summary, document.Body];
        var lengths = new int[texts.Length];
        var stems = new Dictionary<string, int[]>(512, StringComparer.Ordinal);
        var words = new HashSet<string>(512, StringComparer.Ordinal);
        for (var field = 0; field < texts.Length; field++)
        {
            var tokens = Analyzer.Tokens(texts[field]);
            lengths[field] = tokens.Count;
            foreach (var token in tokens)
            {
                if (!stems.TryGetValue(token.Stem, out var counts)) stems[token.Stem] = counts = new int[texts.Length];
                counts[field]++;
                words.Add(token.Surface);
            }
        }
        // In the order first met: the index sorts what it writes, so nothing here needs sorting.
        var stemList = new string[stems.Count];
        var countList = new int[stems.Count * texts.Length];
        var i = 0;
        foreach (var (stem, counts) in stems)
        {
            stemList[i] = stem;
            counts.CopyTo(countList, i * texts.Length);
            i++;
        }
        return new Contribution(lengths, stemList, countList, [.. words]);
    }

    /// <summary>
    /// The paper's BM25F term weight for each stem, × <see cref="SearchIndexWriter.Scale"/>: per field,
    /// boost × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length / average length)), summed. The inverse document
    /// frequency is left to the browser (it knows how many papers a stem's postings list), so a change to one paper
    /// changes only the postings of its own words.
    /// </summary>
    public IEnumerable<(string Stem, int Weight)> Weights(double[] averages)
    {
        var fields = SearchIndexWriter.Fields;
        var n = Lengths.Length;
        for (var i = 0; i < Stems.Length; i++)
        {
            var weight = 0.0;
            for (var f = 0; f < n; f++)
            {
                var count = Counts[i * n + f];
                if (count == 0) continue;
                var norm = SearchIndexWriter.K1 * (1 - SearchIndexWriter.B + SearchIndexWriter.B * Lengths[f] / averages[f]);
                weight += fields[f].Boost * count * (SearchIndexWriter.K1 + 1) / (count + norm);
            }
            yield return (Stems[i], Math.Max(1, (int)Math.Round(weight * SearchIndexWriter.Scale, MidpointRounding.AwayFromZero)));
        }
    }
}
