using System.Text;
using System.Text.Json;
using Committee.Pipeline;

namespace Committee.Search;

/// <summary>
/// Makes this build's search index: in full when there is no usable record of the last one, else by changing only
/// what the changed papers touch. When the same papers are in the same order and the field averages (two significant
/// figures) hold, a changed paper changes only: its own file, the postings of the stems whose weight for it changed
/// (in every shard holding a word with that stem), the words no paper has any more or that are new, and the small
/// filter files. Each affected two-letter group of shards is read back, patched and planned again exactly as a full
/// index plans it, so the bytes are the same as a full index of the same content. Anything else (a paper added,
/// removed or moved, averages that moved) makes the index in full, reusing the last contributions of unchanged papers.
/// </summary>
public static class SearchIndexUpdate
{
    public static SearchIndexFiles Make(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var documents = SearchIndexWriter.Documents(published, context.Options.IncludeDrafts);
        var hashes = new string[documents.Count];
        Parallel.For(0, documents.Count, i => hashes[i] = SearchIndexState.HashOf(documents[i]));
        if (context.Cache is not { } cache) return SearchIndexFiles.Full(SearchIndexWriter.RenderPlanned(documents, SearchIndexWriter.Analyse(documents), context.Site), () => { }, documents.Count, documents);

        var folder = Path.GetDirectoryName(cache.Path)!;
        var (statePath, contributionsPath) = SearchIndexState.Paths(folder, Path.GetFileNameWithoutExtension(cache.Path));
        var state = cache.Usable ? LoadState(cache, statePath) : null;
        var manifestPath = Path.Combine(cache.Output, SearchIndexWriter.Folder, "manifest.json");
        if (state is not null && (!File.Exists(manifestPath) || SearchIndexState.HashOf(File.ReadAllText(manifestPath)) != state.ManifestHash)) state = null;

        if (state is not null && SamePapers(state, documents) && TryPatch(documents, hashes, state, statePath, contributionsPath, cache, context) is { } patched)
        {
            return patched;
        }
        return Full(documents, hashes, state, statePath, contributionsPath, cache, context);
    }

    /// <summary>The last index's state: as the last build in this process saved it, while its file is unchanged; else read.</summary>
    private static SearchIndexState? LoadState(Write.BuildCache cache, string statePath)
    {
        if (cache.KeptSearchState is { } kept && Write.BuildCache.FileStampOf(statePath) is { } now && now.SameStat(kept.File))
        {
            cache.SearchStateFromMemory = true;
            return kept.State.SiteKey == cache.SiteKey ? kept.State : null;
        }
        return SearchIndexState.Load(statePath, cache.SiteKey);
    }

    /// <summary>Saves the state, and keeps it on the cache for a next build in this process (<c>serve</c>).</summary>
    private static void Save(SearchIndexState state, string statePath, Write.BuildCache cache)
    {
        cache.KeptSearchState = null;
        state.Save(statePath);
        if (Write.BuildCache.FileStampOf(statePath) is { } file) cache.KeptSearchState = (state, file);
    }

    private static bool SamePapers(SearchIndexState state, List<SearchDocument> documents)
    {
        if (state.Papers.Count != documents.Count) return false;
        for (var i = 0; i < documents.Count; i++)
        {
            if (!string.Equals(state.Papers[i].Url, documents[i].Url, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The whole index, analysing only the papers the last index does not have as they are now.</summary>
    private static SearchIndexFiles Full(List<SearchDocument> documents, string[] hashes, SearchIndexState? state, string statePath, string contributionsPath, Write.BuildCache cache, PipelineContext context)
    {
        var known = state?.Papers.ToDictionary(p => p.Url, StringComparer.Ordinal) ?? [];
        var reuse = Enumerable.Range(0, documents.Count).Where(i => known.TryGetValue(documents[i].Url, out var p) && p.Hash == hashes[i]).ToList();
        var contributions = new Contribution[documents.Count];
        try
        {
            var read = SearchIndexState.Read(contributionsPath, [.. reuse.Select(i => known[documents[i].Url].Offset)]);
            for (var k = 0; k < reuse.Count; k++) contributions[reuse[k]] = read[k];
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or ArgumentException)
        {
            reuse = [];
        }
        var analysed = Enumerable.Range(0, documents.Count).Where(i => contributions[i] is null).ToList();
        Parallel.For(0, analysed.Count, k => contributions[analysed[k]] = Contribution.Of(documents[analysed[k]]));

        var index = SearchIndexWriter.RenderPlanned(documents, contributions, context.Site);
        var files = index.Files;
        void Commit()
        {
            var offsets = SearchIndexState.Append(contributionsPath, contributions, fresh: true);
            var papers = new int[Terms.WordCount];
            foreach (var c in contributions)
            {
                foreach (var word in c.Words) papers[word]++;
            }
            var words = new Dictionary<string, (string Stem, int Papers)>(StringComparer.Ordinal);
            for (var word = 0; word < papers.Length; word++)
            {
                if (papers[word] > 0) words[Terms.Word(word)] = (Terms.Stem(Terms.StemOf(word)), papers[word]);
            }
            var next = new SearchIndexState
            {
                SiteKey = cache.SiteKey,
                ManifestHash = SearchIndexState.HashOf(Encoding.UTF8.GetString(files.Single(f => f.Path == SearchIndexWriter.Folder + "manifest.json").Utf8)),
                FiltersHash = SearchIndexWriter.FiltersHash(documents),
                Averages = SearchIndexWriter.Averages(contributions.Select(c => c.Lengths).ToList()),
                Papers = [.. documents.Select((d, i) => new IndexedPaper(d.Url, hashes[i], contributions[i].Lengths, offsets[i]))],
                Words = words,
            };
            Save(next, statePath, cache);
        }
        return SearchIndexFiles.Full(index, () => cache.Later(Commit), analysed.Count, documents);
    }

    private static SearchIndexFiles? TryPatch(List<SearchDocument> documents, string[] hashes, SearchIndexState state, string statePath, string contributionsPath, Write.BuildCache cache, PipelineContext context)
    {
        var output = cache.Output;
        var changed = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (!string.Equals(state.Papers[i].Hash, hashes[i], StringComparison.Ordinal)) changed.Add(i);
        }
        var fresh = changed.Select(i => Contribution.Of(documents[i])).ToList();
        Contribution[] old;
        try
        {
            old = SearchIndexState.Read(contributionsPath, [.. changed.Select(i => state.Papers[i].Offset)]);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        // The averages must hold, or every weight in the index changes.
        var lengths = state.Papers.Select(p => p.Lengths).ToArray();
        for (var k = 0; k < changed.Count; k++) lengths[changed[k]] = fresh[k].Lengths;
        var averages = SearchIndexWriter.Averages(lengths);
        if (!averages.SequenceEqual(state.Averages)) return null;

        // What changed: per stem, the papers whose weight changed (0: the paper no longer has it); the words' paper counts.
        var stemChanges = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var words = new Dictionary<string, (string Stem, int Papers)>(state.Words, StringComparer.Ordinal);
        var touchedWords = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < changed.Count; k++)
        {
            var doc = changed[k];
            var before = old[k].Weights(averages).ToDictionary(w => w.Stem, w => w.Weight);
            var after = fresh[k].Weights(averages).ToDictionary(w => w.Stem, w => w.Weight);
            foreach (var stem in before.Keys.Union(after.Keys))
            {
                var weight = after.GetValueOrDefault(stem);
                if (before.GetValueOrDefault(stem) == weight) continue;
                (stemChanges.TryGetValue(Terms.Stem(stem), out var c) ? c : stemChanges[Terms.Stem(stem)] = [])[doc] = weight;
            }
            var oldWords = old[k].Words.ToDictionary(Terms.Word, w => Terms.Stem(Terms.StemOf(w)), StringComparer.Ordinal);
            var newWords = fresh[k].Words.ToDictionary(Terms.Word, w => Terms.Stem(Terms.StemOf(w)), StringComparer.Ordinal);
            foreach (var word in oldWords.Keys.Where(w => !newWords.ContainsKey(w)))
            {
                var (stem, papers) = words[word];
                if (papers > 1) words[word] = (stem, papers - 1);
                else words.Remove(word);
                touchedWords.Add(word);
            }
            foreach (var (word, stem) in newWords.Where(w => !oldWords.ContainsKey(w.Key)))
            {
                words[word] = (stem, words.TryGetValue(word, out var w) ? w.Papers + 1 : 1);
                touchedWords.Add(word);
            }
        }

        // The groups of shards to read back and write again: every group holding a word of a changed stem, and the
        // groups of words that came or went.
        var wordsOfStem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, (stem, _)) in state.Words.Concat(words.Where(w => !state.Words.ContainsKey(w.Key))))
        {
            if (stemChanges.ContainsKey(stem)) (wordsOfStem.TryGetValue(stem, out var l) ? l : wordsOfStem[stem] = []).Add(word);
        }
        var groups = new HashSet<string>(wordsOfStem.Values.SelectMany(l => l).Concat(touchedWords).Select(w => SearchIndexWriter.Prefix(w, 2)), StringComparer.Ordinal);

        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, SearchIndexWriter.Folder, "manifest.json"))).RootElement;
        var keys = manifest.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!).ToList();
        var oldKeys = keys.Where(k => groups.Contains(SearchIndexWriter.Prefix(k, 2))).ToList();

        // The postings of every stem the groups hold, as the last index wrote them: kept as their JSON text, and
        // decoded only for the stems whose weights changed.
        var read = new List<(string Stem, byte[] Postings)>[oldKeys.Count];
        try
        {
            Parallel.For(0, oldKeys.Count, k => read[k] = Shards.ReadPostings(File.ReadAllBytes(Path.Combine(output, SearchIndexWriter.Folder, SearchIndexWriter.ShardPath(oldKeys[k])))));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException or JsonException))
        {
            return null; // a shard gone or changed since the last build: make the index in full
        }
        var postings = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var shard in read)
        {
            // The same stem in two shards has the same list: the first read serves.
            foreach (var (stem, list) in shard) postings.TryAdd(stem, list);
        }
        HashSet<string>? knownStems = null;
        var merged = new (string Stem, int[] List, List<(int Doc, int Weight)> Changes)[stemChanges.Count];
        var m = 0;
        foreach (var (stem, change) in stemChanges)
        {
            int[] list;
            if (postings.TryGetValue(stem, out var json)) list = Postings.Parse(json);
            else
            {
                // A stem no unchanged paper has: its list is only the changed papers'. If some word of it is in a
                // group not read back, the last index had it after all, and this patch cannot see all of it.
                knownStems ??= [.. state.Words.Values.Select(w => w.Stem)];
                if (knownStems.Contains(stem)) return null;
                list = [];
            }
            merged[m++] = (stem, list, [.. change.Select(c => (c.Key, c.Value)).OrderBy(c => c.Key)]);
        }
        var lists = new byte[merged.Length][];
        Parallel.For(0, merged.Length, k => lists[k] = Postings.Json(Postings.Merge(merged[k].List, merged[k].Changes)));
        for (var k = 0; k < merged.Length; k++) postings[merged[k].Stem] = lists[k];

        // Plan and write the groups as a full index would.
        var groupWords = words.Keys.Where(w => groups.Contains(SearchIndexWriter.Prefix(w, 2))).Order(StringComparer.Ordinal).ToList();
        var wordStems = new Dictionary<string, string>(groupWords.Count, StringComparer.Ordinal);
        foreach (var word in groupWords) wordStems[word] = words[word].Stem;
        if (wordStems.Values.Any(stem => !postings.ContainsKey(stem))) return null;
        var plan = groupWords.GroupBy(w => SearchIndexWriter.Prefix(w, 2), StringComparer.Ordinal)
            .SelectMany(g => Shards.Plan(g.Key, [.. g], wordStems, postings)).ToList();

        var files = new List<(string Path, byte[] Utf8)>();
        files.AddRange(Shards.Files(plan, wordStems, postings));
        foreach (var doc in changed) files.Add(SearchIndexWriter.DocumentFile(doc, documents[doc]));
        // The filters' files and the manifest stay as they are unless what they are made of changed.
        var filtersHash = SearchIndexWriter.FiltersHash(documents);
        if (filtersHash != state.FiltersHash) files.AddRange(SearchIndexWriter.FilterFiles(documents, SearchIndexWriter.FacetsOf(documents, context.Site)));
        var oldKeySet = new HashSet<string>(oldKeys, StringComparer.Ordinal);
        var newKeys = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            if (!oldKeySet.Contains(key)) newKeys.Add(key);
        }
        foreach (var (key, _) in plan) newKeys.Add(key);
        var manifestText = SearchIndexWriter.Manifest(documents.Count, averages, newKeys);
        var manifestHash = SearchIndexState.HashOf(manifestText);
        if (manifestHash != state.ManifestHash) files.Add((SearchIndexWriter.Folder + "manifest.json", Encoding.UTF8.GetBytes(manifestText)));

        // Every other file of the last index stays: the shards of the groups not read back, the other papers' files.
        var written = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var (path, _) in files) written.Add(path);
        var kept = new List<string>(keys.Count + documents.Count + 3);
        foreach (var key in keys)
        {
            if (!oldKeySet.Contains(key)) kept.Add(SearchIndexWriter.Folder + SearchIndexWriter.ShardPath(key));
        }
        for (var i = 0; i < documents.Count; i++)
        {
            var path = SearchIndexWriter.Folder + SearchIndexWriter.DocumentPath(i);
            if (!written.Contains(path)) kept.Add(path);
        }
        foreach (var name in new[] { "facets.json", "columns.json", "manifest.json" })
        {
            if (!written.Contains(SearchIndexWriter.Folder + name)) kept.Add(SearchIndexWriter.Folder + name);
        }

        void Commit()
        {
            var offsets = SearchIndexState.Append(contributionsPath, fresh, fresh: false);
            var papers = state.Papers.ToList();
            for (var k = 0; k < changed.Count; k++) papers[changed[k]] = new IndexedPaper(documents[changed[k]].Url, hashes[changed[k]], fresh[k].Lengths, offsets[k]);
            Save(new SearchIndexState { SiteKey = state.SiteKey, ManifestHash = manifestHash, FiltersHash = filtersHash, Averages = averages, Papers = papers, Words = words },
                statePath, cache);
        }
        return new SearchIndexFiles(files, kept, () => cache.Later(Commit), changed.Count, true);
    }
}
