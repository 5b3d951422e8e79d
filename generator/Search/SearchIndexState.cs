using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Committee.Search;

/// <summary>One paper as the last index saw it: its address, a hash of everything it gave the index, its field
/// lengths, and where its <see cref="Contribution"/> is in the contributions file.</summary>
public sealed record IndexedPaper(string Url, string Hash, int[] Lengths, long Offset);

/// <summary>
/// What the last search index was made from, kept beside the build cache in <c>.committee/cache/</c> (never in the
/// site), so the next build can change only what one edited paper touches:
/// <list type="bullet">
/// <item><c>search-*.bin</c>: the site key it belongs to, a hash of the manifest it wrote (so it is trusted only while
/// the site on disk is the one it describes), the field averages, each paper (<see cref="IndexedPaper"/>), and each word
/// of the vocabulary with its stem and the number of papers that have it;</item>
/// <item><c>search-*.contributions</c>: each paper's <see cref="Contribution"/>, appended as papers change and written
/// afresh by a full index.</item>
/// </list>
/// A missing, stale or unreadable state is no state: the next index is made in full.
/// </summary>
public sealed class SearchIndexState
{
    private const int FormatVersion = 6;

    public required string SiteKey { get; init; }
    public required string ManifestHash { get; init; }

    /// <summary><see cref="SearchIndexWriter.FiltersHash"/> of the papers the last index was made from.</summary>
    public required string FiltersHash { get; init; }
    public required double[] Averages { get; init; }
    public required List<IndexedPaper> Papers { get; init; }

    /// <summary>Word → (stem, number of papers with the word).</summary>
    public required Dictionary<string, (string Stem, int Papers)> Words { get; init; }

    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>A hash of what a paper gives the index (<see cref="ChangeHash"/>): its row (address, board, date, …),
    /// title, summary and text. Where the hash of its file is known it stands for the title, summary and text, which
    /// are read from the file alone (the state is kept per build of committee, so the same file gives the same words);
    /// the rest may also depend on the site and the other reports, so it is hashed as it is.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Early)]
    public static string HashOf(SearchDocument d)
    {
        var hash = new ChangeHash();
        hash.Add(d.Url);
        hash.Add(d.BoardId);
        hash.Add(d.Date);
        hash.Add(d.Quarter);
        hash.Add(d.Year);
        hash.Add(string.Join(",", d.Wards));
        hash.Add(d.TypeId);
        hash.Add(d.Officer);
        hash.Add(d.Draft ? "draft" : "");
        if (d.SourceHash is { } source)
        {
            hash.Add("file");
            hash.Add(source);
        }
        else
        {
            hash.Add(d.Title);
            hash.Add(d.Summary);
            hash.Add(d.Headings);
            hash.Add(d.Body);
        }
        return hash.ToString();
    }

    public static (string State, string Contributions) Paths(string cacheFolder, string outputKey) =>
        (Path.Combine(cacheFolder, $"search-{outputKey}.bin"), Path.Combine(cacheFolder, $"search-{outputKey}.contributions"));

    [MethodImpl(Committee.Pipeline.Compile.Early)]
    public static SearchIndexState? Load(string path, string siteKey)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion) return null;
            var key = reader.ReadString();
            if (key != siteKey) return null;
            var manifest = reader.ReadString();
            var filters = reader.ReadString();
            var averages = new double[reader.ReadInt32()];
            for (var i = 0; i < averages.Length; i++) averages[i] = reader.ReadDouble();
            var papers = new List<IndexedPaper>(reader.ReadInt32());
            for (var i = papers.Capacity; i > 0; i--)
            {
                var url = reader.ReadString();
                var hash = reader.ReadString();
                var lengths = new int[reader.ReadInt32()];
                for (var f = 0; f < lengths.Length; f++) lengths[f] = reader.ReadInt32();
                papers.Add(new IndexedPaper(url, hash, lengths, reader.ReadInt64()));
            }
            var stems = new string[reader.ReadInt32()];
            for (var i = 0; i < stems.Length; i++) stems[i] = reader.ReadString();
            var count = reader.ReadInt32();
            var words = new Dictionary<string, (string, int)>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) words[reader.ReadString()] = (stems[reader.ReadInt32()], reader.ReadInt32());
            return new SearchIndexState { SiteKey = key, ManifestHash = manifest, FiltersHash = filters, Averages = averages, Papers = papers, Words = words };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or IndexOutOfRangeException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Saves atomically: a temporary file, then a rename over the old one.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Early)]
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.tmp-{Environment.ProcessId}";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(FormatVersion);
            writer.Write(SiteKey);
            writer.Write(ManifestHash);
            writer.Write(FiltersHash);
            writer.Write(Averages.Length);
            foreach (var a in Averages) writer.Write(a);
            writer.Write(Papers.Count);
            foreach (var paper in Papers)
            {
                writer.Write(paper.Url);
                writer.Write(paper.Hash);
                writer.Write(paper.Lengths.Length);
                foreach (var l in paper.Lengths) writer.Write(l);
                writer.Write(paper.Offset);
            }
            var stems = Words.Values.Select(w => w.Stem).Distinct(StringComparer.Ordinal).ToList();
            var stemIds = stems.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
            writer.Write(stems.Count);
            foreach (var stem in stems) writer.Write(stem);
            writer.Write(Words.Count);
            foreach (var (word, (stem, papers)) in Words)
            {
                writer.Write(word);
                writer.Write(stemIds[stem]);
                writer.Write(papers);
            }
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Writes contributions at the end of the contributions file (or into a new one), returning where each starts. A new
    /// file begins with a table of the stems and words its contributions use, and they name them by their place in it
    /// (10,000 papers name some three million, and writing each as text took 200-380 ms of a full build); a contribution
    /// appended later writes its own as text, so the table never changes.
    /// </summary>
    [MethodImpl(Committee.Pipeline.Compile.Early)]
    public static long[] Append(string path, IReadOnlyList<Contribution> contributions, bool fresh)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        // A term's place in the table + 1; 0: written as text.
        var stemCodes = new int[fresh ? Terms.StemCount : 0];
        var wordCodes = new int[fresh ? Terms.WordCount : 0];
        if (fresh)
        {
            var table = new List<string>();
            foreach (var c in contributions)
            {
                foreach (var stem in c.Stems)
                {
                    if (stemCodes[stem] != 0) continue;
                    table.Add(Terms.Stem(stem));
                    stemCodes[stem] = table.Count;
                }
                foreach (var word in c.Words)
                {
                    if (wordCodes[word] != 0) continue;
                    table.Add(Terms.Word(word));
                    wordCodes[word] = table.Count;
                }
            }
            writer.Write(ContributionsHeader);
            writer.Write(table.Count);
            foreach (var term in table) writer.Write(term);
        }
        writer.Flush();
        var offsets = new long[contributions.Count];
        var record = new List<byte>(64 * 1024);
        for (var i = 0; i < contributions.Count; i++)
        {
            offsets[i] = stream.Position;
            var c = contributions[i];
            // The record built in memory, then written at once: three million small writes through the writer cost more.
            record.Clear();
            Int(record, c.Lengths.Length);
            foreach (var l in c.Lengths) Int(record, l);
            Int(record, c.Stems.Length);
            foreach (var stem in c.Stems) Term(record, stem < stemCodes.Length ? stemCodes[stem] : 0, Terms.Stem(stem));
            Int(record, c.Counts.Length);
            record.AddRange(c.Counts);
            Int(record, c.Words.Length);
            foreach (var word in c.Words) Term(record, word < wordCodes.Length ? wordCodes[word] : 0, Terms.Word(word));
            stream.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(record));
        }
        return offsets;
    }

    /// <summary>As <see cref="BinaryWriter.Write(int)"/> writes it: four bytes, little-endian.</summary>
    private static void Int(List<byte> record, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        record.AddRange(bytes);
    }

    /// <summary>A term as <see cref="Read"/> reads it: its code, 7-bit encoded (<see cref="BinaryWriter.Write7BitEncodedInt"/>),
    /// and when the code is 0 its text as <see cref="BinaryWriter.Write(string)"/> writes it (7-bit length, UTF-8).</summary>
    private static void Term(List<byte> record, int code, string text)
    {
        Seven(record, code);
        if (code != 0) return;
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> utf8 = most <= 512 ? stackalloc byte[512] : new byte[most];
        var length = Encoding.UTF8.GetBytes(text, utf8);
        Seven(record, length);
        record.AddRange(utf8[..length]);
    }

    private static void Seven(List<byte> record, int value)
    {
        var v = (uint)value;
        for (; v >= 0x80; v >>= 7) record.Add((byte)(v | 0x80));
        record.Add((byte)v);
    }

    private const int ContributionsHeader = 0x53435431; // "SCT1"

    /// <summary>Reads the contributions at the given places of the contributions file.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Early)]
    public static Contribution[] Read(string path, IReadOnlyList<long> offsets)
    {
        if (offsets.Count == 0) return [];
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        if (reader.ReadInt32() != ContributionsHeader) throw new EndOfStreamException("Not a contributions file.");
        var table = new string[reader.ReadInt32()];
        for (var t = 0; t < table.Length; t++) table[t] = reader.ReadString();
        // A table entry's number as a stem or as a word, worked out when first needed.
        var stemIds = new int[table.Length];
        var wordIds = new int[table.Length];
        Array.Fill(stemIds, -1);
        Array.Fill(wordIds, -1);
        var result = new Contribution[offsets.Count];
        for (var i = 0; i < offsets.Count; i++)
        {
            reader.BaseStream.Position = offsets[i];
            var lengths = new int[reader.ReadInt32()];
            for (var f = 0; f < lengths.Length; f++) lengths[f] = reader.ReadInt32();
            var stems = new int[reader.ReadInt32()];
            for (var s = 0; s < stems.Length; s++)
            {
                var code = reader.Read7BitEncodedInt();
                stems[s] = code == 0 ? Terms.StemId(reader.ReadString())
                    : stemIds[code - 1] is >= 0 and var known ? known : stemIds[code - 1] = Terms.StemId(table[code - 1]);
            }
            var counts = reader.ReadBytes(reader.ReadInt32());
            if (counts.Length < stems.Length * lengths.Length) throw new EndOfStreamException();
            var words = new int[reader.ReadInt32()];
            for (var w = 0; w < words.Length; w++)
            {
                var code = reader.Read7BitEncodedInt();
                words[w] = code == 0 ? Terms.WordId(reader.ReadString())
                    : wordIds[code - 1] is >= 0 and var known ? known : wordIds[code - 1] = Terms.WordId(table[code - 1]);
            }
            result[i] = new Contribution(lengths, stems, counts, words);
        }
        return result;
    }
}
