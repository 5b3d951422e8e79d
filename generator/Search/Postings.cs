using System.Buffers;
using System.Runtime.CompilerServices;

namespace Committee.Search;

/// <summary>
/// The postings of the index: for each stem, the papers that have it and its weight in each, as the shards store them
/// (<c>[document, weight, document − previous document, weight, …]</c>, JSON as UTF-8).
/// </summary>
public static class Postings
{
    /// <summary>Every stem's postings from the papers' contributions (in index order, so each list comes out sorted).
    /// Counted first, then filled, so each list is one array of its exact size.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static Dictionary<string, byte[]> Of(IReadOnlyList<Contribution> contributions, double[] averages)
    {
        var stems = Terms.StemCount;
        var papers = new int[stems];
        foreach (var contribution in contributions)
        {
            foreach (var stem in contribution.Stems) papers[stem]++;
        }
        var lists = new int[stems][];
        for (var stem = 0; stem < stems; stem++)
        {
            if (papers[stem] > 0) lists[stem] = new int[papers[stem] * 2];
        }
        // Each paper's weights at once (they need only its own counts), then each into its stems' lists in paper order.
        var weights = new int[contributions.Count][];
        Parallel.For(0, contributions.Count, doc =>
        {
            weights[doc] = new int[contributions[doc].Stems.Length];
            contributions[doc].WeightsInto(averages, weights[doc]);
        });
        var filled = new int[stems];
        for (var doc = 0; doc < contributions.Count; doc++)
        {
            var paperStems = contributions[doc].Stems;
            var paperWeights = weights[doc];
            for (var i = 0; i < paperStems.Length; i++)
            {
                var stem = paperStems[i];
                var at = filled[stem];
                lists[stem][at] = doc;
                lists[stem][at + 1] = paperWeights[i];
                filled[stem] = at + 2;
            }
            weights[doc] = null!;
        }
        var json = new byte[stems][];
        Parallel.For(0, stems, stem =>
        {
            if (lists[stem] is { } list) json[stem] = Json(list);
        });
        var postings = new Dictionary<string, byte[]>(stems, StringComparer.Ordinal);
        for (var stem = 0; stem < stems; stem++)
        {
            if (json[stem] is { } bytes) postings[Terms.Stem(stem)] = bytes;
        }
        return postings;
    }

    /// <summary>A postings list [document, weight, …] (documents ascending) as the shards store it: each document as
    /// the difference from the one before.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static byte[] Json(ReadOnlySpan<int> list)
    {
        // At most 11 bytes a number and its comma: the worst case, so the digits never need checking for room.
        var buffer = ArrayPool<byte>.Shared.Rent(list.Length * 12 + 2);
        try
        {
            var length = 0;
            buffer[length++] = (byte)'[';
            var previous = 0;
            for (var i = 0; i < list.Length; i += 2)
            {
                if (i > 0) buffer[length++] = (byte)',';
                (list[i] - previous).TryFormat(buffer.AsSpan(length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
                length += written;
                buffer[length++] = (byte)',';
                list[i + 1].TryFormat(buffer.AsSpan(length), out written, default, System.Globalization.CultureInfo.InvariantCulture);
                length += written;
                previous = list[i];
            }
            buffer[length++] = (byte)']';
            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A postings list as <see cref="Json"/> wrote it, back to [document, weight, …] with whole document numbers.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static int[] Parse(ReadOnlySpan<byte> json)
    {
        var list = new int[json.Count((byte)',') + 1];
        var count = 0;
        var value = 0;
        var digits = false;
        foreach (var b in json[1..])
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                value = value * 10 + (b - '0');
                digits = true;
                continue;
            }
            if (!digits) break;
            list[count] = count >= 2 && count % 2 == 0 ? list[count - 2] + value : value;
            count++;
            value = 0;
            digits = false;
        }
        return list[..count];
    }
}
