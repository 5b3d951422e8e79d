using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// What the last <c>committee build</c> into an output folder wrote: a hash of everything every page depends
/// on (templates, settings, boards, types, options, the tool itself), a hash of each report page's inputs,
/// a key of each listing file's inputs (<see cref="Render.ListingFile.Key"/>) and a hash of each file written. Kept in
/// <c>.committee/cache/</c> under the working folder, never in the site. With it, the next build re-renders
/// only the reports and listing files whose inputs changed and rewrites only the files whose text changed.
/// Any change to the shared inputs makes the cache unusable: a full build.
/// </summary>
public sealed class BuildCache
{
    /// <param name="Listings">The key of each listing file's inputs, by path; null in a record from before listings were keyed.</param>
    /// <param name="Rendered">The report pages and listing files the build rendered (not the search index, which every build makes whole).</param>
    public sealed record Stored(
        string SiteKey, Dictionary<string, string> Reports, Dictionary<string, string> Files, List<string> Written,
        Dictionary<string, string>? Listings = null, List<string>? Rendered = null);

    public string Path { get; }
    public string SiteKey { get; }
    public string Output { get; }

    /// <summary>The previous build's record, when it was made with the same site key and its output is still there.</summary>
    public Stored? Previous { get; }

    /// <summary>Report page inputs of this build, by page path (filled in by the render stage).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Reports { get; } = new(StringComparer.Ordinal);

    /// <summary>Listing file keys of this build, by path (filled in by the write stage).</summary>
    public Dictionary<string, string> Listings { get; } = new(StringComparer.Ordinal);

    /// <summary>The files this build wrote (output-relative, forward slashes); the counting tests read them.</summary>
    public List<string> Written { get; } = [];

    /// <summary>The report pages and listing files this build rendered, whether or not their text changed; the counting tests read them.</summary>
    public List<string> Rendered { get; } = [];

    private BuildCache(string path, string siteKey, string output, Stored? previous)
    {
        Path = path;
        SiteKey = siteKey;
        Output = output;
        Previous = previous;
    }

    public bool Usable => Previous is not null;

    public static BuildCache Load(PipelineContext context)
    {
        var output = System.IO.Path.GetFullPath(context.Options.OutputDirectory);
        var path = System.IO.Path.Combine(context.Options.WorkingDirectory, ".committee", "cache", $"build-{Hash(output)[..16]}.json");
        var siteKey = SiteKeyOf(context);
        Stored? previous = null;
        try
        {
            if (File.Exists(path) && File.Exists(System.IO.Path.Combine(output, WriteSite.Marker)))
            {
                var stored = JsonSerializer.Deserialize(File.ReadAllText(path), BuildCacheJson.Default.Stored);
                if (stored is not null && stored.SiteKey == siteKey) previous = stored;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            previous = null;
        }
        return new BuildCache(path, siteKey, output, previous);
    }

    /// <summary>The key of one report page's inputs: its text, address, quarter, neighbours and last change.</summary>
    public static string ReportKey(ReportDocument document) => Hash(string.Join('\u001f',
        document.SourcePath, document.Stamp?.Hash, document.Url, document.Quarter?.ToString(), document.LastChanged?.ToString("O"),
        document.Previous?.Title, document.Previous?.Url, document.Next?.Title, document.Next?.Url, document.Report?.IsDraft));

    /// <summary>True when the previous build wrote this report's page from the same inputs and it is still there.</summary>
    public bool Unchanged(ReportDocument document, string key)
    {
        var page = document.Url + "index.html";
        Reports[page] = key;
        // The page on disk is the one the last build wrote from the same inputs: it is neither rendered nor read again.
        return Previous is not null && Previous.Reports.TryGetValue(page, out var before) && before == key
            && Previous.Files.ContainsKey(page) && File.Exists(System.IO.Path.Combine(Output, page));
    }

    /// <summary>
    /// The hash the previous build recorded for a listing file, when the key of its inputs is the same as then and
    /// the file is still there (it would render to the same text); else null, and the file must be rendered.
    /// </summary>
    public string? UnchangedListing(string path, string key)
    {
        Listings[path] = key;
        if (Previous?.Listings is not { } keys || !keys.TryGetValue(path, out var before) || before != key) return null;
        if (!Previous.Files.TryGetValue(path, out var hash) || !File.Exists(System.IO.Path.Combine(Output, path))) return null;
        return hash;
    }

    /// <summary>Forgets the record before an in-place build starts, so a build that stops part-way is followed by a full one.</summary>
    public void Forget()
    {
        if (File.Exists(Path)) File.Delete(Path);
    }

    public void Save(Dictionary<string, string> files)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var stored = new Stored(SiteKey, new Dictionary<string, string>(Reports, StringComparer.Ordinal), files, [.. Written.Order(StringComparer.Ordinal)],
            Listings, [.. Rendered.Order(StringComparer.Ordinal)]);
        var temp = Path + $".tmp-{Environment.ProcessId}";
        File.WriteAllText(temp, JsonSerializer.Serialize(stored, BuildCacheJson.Default.Stored));
        File.Move(temp, Path, overwrite: true);
    }

    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>Everything every page depends on: the tool, the options, the site sources (not node_modules), boards and types.</summary>
    private static string SiteKeyOf(PipelineContext context)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\u001f"));
        Add(typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add($"{context.Options.IncludeDrafts}|{context.Options.BaseUrl}|{context.Options.Preview}|{context.Site.Settings.BaseUrl}");
        foreach (var folder in new[]
        {
            context.Options.SiteDirectory,
            System.IO.Path.Combine(context.Options.ContentDirectory, "boards"),
            System.IO.Path.Combine(context.Options.ContentDirectory, "types"),
        })
        {
            if (!Directory.Exists(folder)) { Add("missing " + folder); continue; }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}node_modules{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                Add(file);
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(BuildCache.Stored))]
internal sealed partial class BuildCacheJson : System.Text.Json.Serialization.JsonSerializerContext;
