using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Committee.Search;

/// <summary>
/// The index's shards (search/shards/&lt;prefix&gt;.json): words grouped by their first two characters, a group
/// lengthening its prefix (up to <see cref="SearchIndexWriter.MaxPrefix"/>) while its file would pass
/// <see cref="SearchIndexWriter.ShardLimit"/>; each holds its words with their stems and those stems' postings.
/// </summary>
public static class Shards
{
    /// <summary>The shards of the words sharing their first two characters (sorted).</summary>
    /// <param name="words">Word → stem, for at least the words of the group.</param>
    /// <param name="postings">Stem → its postings (<see cref="Postings.Json"/>), for at least the stems of the group.</param>
    public static List<(string Key, List<string> Words)> Plan(string key, List<string> group, IDictionary<string, string> words, IReadOnlyDictionary<string, byte[]> postings)
    {
        var shards = new List<(string, List<string>)>();
        void Add(string key, List<string> group)
        {
            var runes = SearchIndexWriter.Runes(key);
            if (Size(group, words, postings) > SearchIndexWriter.ShardLimit && runes < SearchIndexWriter.MaxPrefix && group.Any(w => SearchIndexWriter.Runes(w) > runes))
            {
                var depth = runes + 1;
                var keep = group.Where(w => SearchIndexWriter.Runes(w) < depth).ToList();
                if (keep.Count > 0) Add(key, keep);
                foreach (var sub in group.Where(w => SearchIndexWriter.Runes(w) >= depth).GroupBy(w => SearchIndexWriter.Prefix(w, depth), StringComparer.Ordinal)) Add(sub.Key, [.. sub]);
                return;
            }
            shards.Add((key, group));
        }
        Add(key, group);
        return shards;
    }

    /// <summary>The bytes a shard's file would take, near enough to decide a split without writing it.</summary>
    private static int Size(List<string> group, IDictionary<string, string> words, IReadOnlyDictionary<string, byte[]> postings)
    {
        var size = 30;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in group)
        {
            var stem = words[word];
            size += Encoding.UTF8.GetByteCount(word) + Encoding.UTF8.GetByteCount(stem) + 6;
            if (stems.Add(stem)) size += Encoding.UTF8.GetByteCount(stem) + 4 + postings[stem].Length;
        }
        return size;
    }

    /// <summary>The files of the planned shards, in plan order.</summary>
    public static (string Path, byte[] Utf8)[] Files(IReadOnlyList<(string Key, List<string> Words)> shards, IDictionary<string, string> words, IReadOnlyDictionary<string, byte[]> postings) =>
        Files(new Planned(shards, words, postings));

    /// <summary>The files of planned shards, in plan order, made on every core.</summary>
    public static (string Path, byte[] Utf8)[] Files(Planned shards)
    {
        var files = new (string, byte[])[shards.Count];
        Parallel.For(0, shards.Count, i => files[i] = shards.File(i));
        return files;
    }

    /// <summary>
    /// Planned shards, each file made when it is asked for: a full build writes each as it makes it
    /// (<see cref="SearchIndexFiles.Shards"/>), so the files, which grow with the archive, are never all held at once.
    /// </summary>
    public sealed class Planned(IReadOnlyList<(string Key, List<string> Words)> shards, IDictionary<string, string> words, IReadOnlyDictionary<string, byte[]> postings)
    {
        public int Count => shards.Count;

        /// <summary>The prefixes, in plan order (the manifest lists them).</summary>
        public IEnumerable<string> Keys => shards.Select(s => s.Key);

        /// <summary>The file of the <paramref name="i"/>th shard: its path under the site and its JSON.</summary>
        public (string Path, byte[] Utf8) File(int i) => (SearchIndexWriter.Folder + SearchIndexWriter.ShardPath(shards[i].Key), Json(shards[i].Words, words, postings));
    }

    /// <summary>A shard: <c>{"postings":{stem:[…],…},"words":{word:stem,…}}</c>, stems in order, words as planned.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    private static byte[] Json(List<string> group, IDictionary<string, string> words, IReadOnlyDictionary<string, byte[]> postings)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SearchIndexWriter.Json.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("postings");
            var stems = new List<string>(group.Count);
            foreach (var word in group) stems.Add(words[word]);
            stems.Sort(StringComparer.Ordinal);
            for (var i = 0; i < stems.Count; i++)
            {
                var stem = stems[i];
                if (i > 0 && stem == stems[i - 1]) continue;
                writer.WritePropertyName(stem);
                writer.WriteRawValue(postings[stem], skipInputValidation: true);
            }
            writer.WriteEndObject();
            writer.WriteStartObject("words");
            foreach (var word in group) writer.WriteString(word, words[word]);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
