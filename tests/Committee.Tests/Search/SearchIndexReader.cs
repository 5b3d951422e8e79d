using System.Text.Json;
using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>Reads a built search index back from disk (for tests only): the manifest, every shard and every paper's file.</summary>
public sealed class SearchIndexReader
{
    public JsonElement Manifest { get; }
    public List<string> ShardKeys { get; }
    public Dictionary<string, string> Words { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<int>> Postings { get; } = new(StringComparer.Ordinal);
    public List<JsonElement> Documents { get; }
    public string Folder { get; }

    public SearchIndexReader(string siteFolder)
    {
        Folder = Path.Combine(siteFolder, "search");
        Manifest = Read("manifest.json");
        ShardKeys = [.. Manifest.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!)];
        foreach (var key in ShardKeys)
        {
            var shard = Read(SearchIndexWriter.ShardPath(key));
            foreach (var word in shard.GetProperty("words").EnumerateObject())
            {
                Assert.True(Words.TryAdd(word.Name, word.Value.GetString()!), $"The word '{word.Name}' is in two shards.");
            }
            foreach (var posting in shard.GetProperty("postings").EnumerateObject())
            {
                // Stored as [document, weight, document − previous, weight, …]; kept here as [document, weight, …].
                var list = posting.Value.EnumerateArray().Select(v => v.GetInt32()).ToList();
                for (var i = 2; i < list.Count; i += 2) list[i] += list[i - 2];
                Postings[posting.Name] = list;
            }
        }
        var docs = Manifest.GetProperty("docs").GetString()!;
        var perFolder = Manifest.GetProperty("docsPerFolder").GetInt32();
        Documents = [.. Enumerable.Range(0, Manifest.GetProperty("documents").GetInt32()).Select(i => Read($"{docs}{i / perFolder}/{i}.json"))];
    }

    public JsonElement Read(string relative) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, relative))).RootElement.Clone();

    /// <summary>The addresses of the papers holding a word (any form of it), best first by its term weight.</summary>
    public List<string> Find(string word)
    {
        var surface = Analyzer.Surface(word);
        if (!Words.TryGetValue(surface, out var stem)) return [];
        var list = Postings[stem];
        return [.. Enumerable.Range(0, list.Count / 2)
            .Select(i => (Doc: list[2 * i], Score: list[2 * i + 1]))
            .OrderByDescending(p => p.Score)
            .Select(p => Documents[p.Doc].GetProperty("url").GetString()!)];
    }
}
