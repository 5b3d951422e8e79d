using System.Collections.Concurrent;

namespace Committee.Search;

/// <summary>What analysing the papers gives the index: each paper's contribution, in index order, and for each word
/// number (<see cref="Terms"/>), how many papers have the word (<paramref name="Papers"/>).</summary>
public sealed record Analysed(Contribution[] Contributions, int[] Papers)
{
    /// <summary>The workers' spaces between analyses (<see cref="Contribution.Scratch"/>): the preview analyses its
    /// papers again at each save, and finds their words in the tables it filled the time before.</summary>
    private static readonly ConcurrentBag<Contribution.Scratch> Spare = [];

    /// <summary>Each paper's contribution, in index order, and how many papers have each word (by its number).</summary>
    public static Analysed Of(IReadOnlyList<SearchDocument> documents)
    {
        var contributions = new Contribution[documents.Count];
        var papers = Array.Empty<int>();
        // Each worker counts its papers' words on its own, and the counts are added up as each finishes: a paper's words
        // are needed for nothing else, so none is kept. A worker a core: each learns most of the archive's words in its
        // table, and without a limit the pool, busy with the listing files too, ran ten at a time, each table a copy.
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => (Space: Spare.TryTake(out var spare) ? spare : new Contribution.Scratch(), Counts: Array.Empty<int>()), (i, _, local) =>
        {
            contributions[i] = Contribution.Of(documents[i], local.Space, out var words);
            foreach (var word in words)
            {
                if (word >= local.Counts.Length) Array.Resize(ref local.Counts, Math.Max(Terms.WordCount, word + 1) * 2);
                local.Counts[word]++;
            }
            return local;
        }, local =>
        {
            Spare.Add(local.Space);
            lock (contributions)
            {
                if (local.Counts.Length > papers.Length) Array.Resize(ref papers, local.Counts.Length);
                for (var word = 0; word < local.Counts.Length; word++) papers[word] += local.Counts[word];
            }
        });
        if (papers.Length < Terms.WordCount) Array.Resize(ref papers, Terms.WordCount);
        return new Analysed(contributions, papers);
    }

    /// <summary>Lets go of the workers' spaces and the written forms met so far (<see cref="Analyzer.ForgetWrittenForms"/>),
    /// and, when they held many bytes, has the collector take them back at once. A build analyses its papers once; the
    /// postings and shards it makes next then reuse that memory, where otherwise it sits in the oldest generation until
    /// a full collection happens to come, and a large build peaks markedly higher (docs/performance.md, 'The index's
    /// working space'). The word numbers of <see cref="Terms"/> stay.</summary>
    public static void Forget()
    {
        var held = Analyzer.WrittenFormsHeld() + Spare.Sum(s => s.Held);
        Spare.Clear();
        Analyzer.ForgetWrittenForms();
        if (held >= CollectAbove) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Fewer bytes than this are left to the collector's own pace: a collection costs time in proportion to what
    /// is still live, so it is made only in a large archive (10,000 papers hold about 50 MB here, 1,000 about a tenth).</summary>
    public const long CollectAbove = 32L * 1024 * 1024;
}
