using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Committee.Search;

/// <summary>
/// What one paper gives the index, worked out from its text alone: how long each field is, how often each stem
/// occurs in each field, and which written words lead to which stem. It does not depend on any other paper, so
/// the papers are analysed in parallel, each on its own.
/// </summary>
/// <param name="Lengths">Tokens per field, in the order of <see cref="SearchIndexWriter.Fields"/>.</param>
/// <param name="Stems">Each stem of the paper, by its number (<see cref="Terms"/>).</param>
/// <param name="Counts">Each stem's count in each field, stem by stem and field by field, as 7-bit encoded integers
/// (<see cref="BinaryWriter.Write7BitEncodedInt"/>): one array per paper rather than one per stem, since 10,000 papers
/// hold millions of stems, and a byte for most counts rather than four.</param>
public sealed record Contribution(int[] Lengths, int[] Stems, byte[] Counts)
{
    private const int FieldCount = 5;

    /// <summary>One worker's space for analysing papers, one at a time: for each stem and word number, the last paper
    /// that had it (a stamp, so nothing needs clearing between papers) and the stem's place in that paper; and its table
    /// of written forms. Held by the analysis that lends it (<see cref="Analysed"/>), not by a thread, so it goes when
    /// the analysis does.</summary>
    internal sealed class Scratch
    {
        public int Stamp;
        public int[] StemSeen = [];
        public int[] StemPlace = [];
        public int[] WordSeen = [];
        public readonly List<int> Tokens = new(4096);
        public readonly List<int> StemOrder = new(512);
        public readonly List<int> WordOrder = new(512);
        public int[] Counts = new int[512 * FieldCount];
        public byte[] Encoded = new byte[512 * FieldCount];
        public readonly WrittenWords Written = new();

        /// <summary>About how many bytes this space holds.</summary>
        public long Held => 4L * (StemSeen.Length + StemPlace.Length + WordSeen.Length + Counts.Length) + Encoded.Length + Written.Held;
    }

    /// <param name="s">The calling worker's space, one paper at a time.</param>
    /// <param name="words">Each folded word of the paper once, by its number (its stem is <see cref="Terms.StemOf"/> it):
    /// valid until <paramref name="s"/> analyses its next paper. Only the index's word counts need them, so they are not kept.</param>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)] // runs over every paper once: not worth a slow first tier
    internal static Contribution Of(SearchDocument document, Scratch s, out ReadOnlySpan<int> words)
    {
        if (++s.Stamp == int.MaxValue)
        {
            Array.Clear(s.StemSeen);
            Array.Clear(s.WordSeen);
            s.Stamp = 1;
        }
        var stamp = s.Stamp;
        s.StemOrder.Clear();
        s.WordOrder.Clear();
        var lengths = new int[FieldCount];
        for (var field = 0; field < FieldCount; field++)
        {
            s.Tokens.Clear();
            Analyzer.AddWords(field switch { 0 => document.Title, 1 => document.Headings, 2 => document.Summary, 3 => document.Details, _ => document.Body }, s.Tokens, s.Written);
            lengths[field] = s.Tokens.Count;
            // Numbers met for the first time may be past the arrays' ends: grow them to the numbers handed out so far.
            if (s.WordSeen.Length < Terms.WordCount) Array.Resize(ref s.WordSeen, Terms.WordCount * 2);
            if (s.StemSeen.Length < Terms.StemCount)
            {
                Array.Resize(ref s.StemSeen, Terms.StemCount * 2);
                Array.Resize(ref s.StemPlace, Terms.StemCount * 2);
            }
            foreach (var word in CollectionsMarshal.AsSpan(s.Tokens))
            {
                if (s.WordSeen[word] != stamp)
                {
                    s.WordSeen[word] = stamp;
                    s.WordOrder.Add(word);
                }
                var stem = Terms.StemOf(word);
                int place;
                if (s.StemSeen[stem] != stamp)
                {
                    s.StemSeen[stem] = stamp;
                    place = s.StemPlace[stem] = s.StemOrder.Count;
                    s.StemOrder.Add(stem);
                    if (s.Counts.Length < (place + 1) * FieldCount) Array.Resize(ref s.Counts, s.Counts.Length * 2);
                    s.Counts.AsSpan(place * FieldCount, FieldCount).Clear();
                }
                else place = s.StemPlace[stem];
                s.Counts[place * FieldCount + field]++;
            }
        }
        // In the order first met: the index sorts what it writes, so nothing here needs sorting.
        words = CollectionsMarshal.AsSpan(s.WordOrder);
        return new Contribution(lengths, [.. s.StemOrder], Encode(s.Counts.AsSpan(0, s.StemOrder.Count * FieldCount), ref s.Encoded));
    }

    private static byte[] Encode(ReadOnlySpan<int> counts, ref byte[] buffer)
    {
        if (buffer.Length < counts.Length * 5) buffer = new byte[counts.Length * 5];
        var length = 0;
        foreach (var count in counts)
        {
            var value = (uint)count;
            for (; value >= 0x80; value >>= 7) buffer[length++] = (byte)(value | 0x80);
            buffer[length++] = (byte)value;
        }
        return buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// The paper's BM25F term weight for each stem, × <see cref="SearchIndexWriter.Scale"/>: per field,
    /// boost × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length / average length)), summed. The inverse document
    /// frequency is left to the browser (it knows how many papers a stem's postings list), so a change to one paper
    /// changes only the postings of its own words.
    /// </summary>
    public IEnumerable<(int Stem, int Weight)> Weights(double[] averages)
    {
        var weights = new int[Stems.Length];
        WeightsInto(averages, weights);
        for (var i = 0; i < Stems.Length; i++) yield return (Stems[i], weights[i]);
    }

    private static readonly double[] Boosts = [.. SearchIndexWriter.Fields.Select(f => f.Boost)];

    /// <summary>The weight of each stem (<see cref="Weights"/>), in the order of <see cref="Stems"/>.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public void WeightsInto(double[] averages, Span<int> weights)
    {
        Span<double> norms = stackalloc double[FieldCount];
        for (var f = 0; f < FieldCount; f++) norms[f] = SearchIndexWriter.K1 * (1 - SearchIndexWriter.B + SearchIndexWriter.B * Lengths[f] / averages[f]);
        var at = 0;
        for (var i = 0; i < Stems.Length; i++)
        {
            var weight = 0.0;
            for (var f = 0; f < FieldCount; f++)
            {
                var count = 0;
                for (var shift = 0; ; shift += 7)
                {
                    var b = Counts[at++];
                    count |= (b & 0x7F) << shift;
                    if (b < 0x80) break;
                }
                if (count == 0) continue;
                weight += Boosts[f] * count * (SearchIndexWriter.K1 + 1) / (count + norms[f]);
            }
            weights[i] = Math.Max(1, (int)Math.Round(weight * SearchIndexWriter.Scale, MidpointRounding.AwayFromZero));
        }
    }
}
