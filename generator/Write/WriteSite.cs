using System.Collections.Immutable;
using System.Text;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Write;

/// <summary>
/// Writes the site into a fresh folder beside the output folder and swaps it in at the end, so a
/// build that fails part-way leaves the previous site as it was. Nothing is written outside it.
/// With a usable <see cref="BuildCache"/> (a rebuild with the same templates, settings, boards and
/// types) it renders only the listing files whose inputs changed and writes only the files whose
/// text changed, each replaced atomically, into the existing site.
/// </summary>
public sealed class WriteSite : IArchiveStage
{
    /// <summary>Marks a folder as one this tool made, so a rebuild may replace it; any other folder is left alone.</summary>
    public const string Marker = ".committee-site";

    public string Name => "Write site";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var output = Path.GetFullPath(context.Options.OutputDirectory);
        OutputFolder.EnsureReplaceable(output, context);
        var published = documents.Where(d => d.HasPage).ToList();
        if (context.Cache is { Usable: true } cache && Directory.Exists(output))
        {
            WriteInPlace(output, published, ListingFiles(published, context), context, cache);
            return documents;
        }
        var listings = ListingFiles(published, context);

        var building = $"{output.TrimEnd(Path.DirectorySeparatorChar)}.building-{Environment.ProcessId}";
        if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
        Directory.CreateDirectory(building);
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<string, UInt128>(StringComparer.Ordinal);
        try
        {
            Parallel.ForEach(published, document =>
            {
                var bytes = Utf8NoBom.GetBytes(document.Html!);
                WriteFile(building, document.Url + "index.html", bytes);
                if (context.Cache is not null) hashes[document.Url + "index.html"] = BuildCache.Hash(bytes);
            });
            Parallel.ForEach(listings, file =>
            {
                var bytes = file.Render();
                WriteFile(building, file.Path, bytes);
                if (context.Cache is not null) hashes[file.Path] = BuildCache.Hash(bytes);
            });
            if (context.Cache is { } keyed)
            {
                foreach (var file in listings) keyed.Listings[file.Path] = file.Key;
            }
            var index = SearchIndex(published, context);
            Parallel.ForEach(index.Files, file =>
            {
                WriteFile(building, file.Path, file.Utf8);
                if (context.Cache is not null) hashes[file.Path] = BuildCache.Hash(file.Utf8);
            });
            CopyAssets(Path.Combine(context.Options.SiteDirectory, "assets"), Path.Combine(building, "assets"));
            FrontEndAssets.Copy(context.Options.SiteDirectory, building, context.Log);
            File.WriteAllText(Path.Combine(building, Marker), "Made by committee build; the next build replaces this folder.\n");
            var all = context.Cache is null ? [] : Directory.EnumerateFiles(building, "*", SearchOption.AllDirectories).Select(f => Relative(building, f)).ToList();
            OutputFolder.Swap(building, output);
            if (context.Cache is { } made)
            {
                // The assets and the marker were copied, not hashed on the way: hash them now, so the record names every file.
                foreach (var path in all.Where(p => !hashes.ContainsKey(p))) hashes[path] = BuildCache.Hash(File.ReadAllBytes(Path.Combine(output, path)));
                made.Written.AddRange(all);
                made.Rendered.AddRange(published.Select(d => d.Url + "index.html").Concat(listings.Select(f => f.Path)));
                made.Save(new Dictionary<string, UInt128>(hashes, StringComparer.Ordinal), SiteFolders.All(output));
                index.Commit();
            }
        }
        catch
        {
            if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
            throw;
        }
        return documents;
    }

    /// <summary>
    /// Every file made from many reports, described but not yet rendered: listing pages, feeds, calendars,
    /// open data and the sitemap. Not the report pages, the assets or the search index.
    /// </summary>
    private static List<ListingFile> ListingFiles(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var listed = new ListedReports(published);
        var pages = SitePages.Files(listed, context);
        return
        [
            .. pages,
            .. Feeds.Files(listed, context),
            .. Calendars.Files(listed, context),
            .. OpenData.Files(listed, context),
            .. Sitemap.Files(listed, [.. pages.Select(p => p.Path)], context),
        ];
    }

    /// <summary>The search index's files, as the <see cref="Search.IndexForSearch"/> stage made them (in full, or only
    /// what changed, <see cref="Search.SearchIndexFiles.Kept"/> naming the files that stay as they are).</summary>
    private static Search.SearchIndexFiles SearchIndex(IReadOnlyList<ReportDocument> published, PipelineContext context) =>
        context.Products.SearchIndex ?? Search.SearchIndexUpdate.Make(published, context);

    /// <summary>
    /// The incremental build: validation has passed, the previous build's record matches the templates,
    /// settings, boards and types, so only the listing files whose inputs changed are rendered and only the
    /// files whose text changed are written, each one atomically (a temporary file in the same folder, then
    /// a rename over the old one). Files of the previous build that this build does not make (a report removed or
    /// moved) are deleted, and so is anything else found in a folder whose time changed since the last build.
    /// </summary>
    private static void WriteInPlace(string output, IReadOnlyList<ReportDocument> published, IReadOnlyList<ListingFile> listings, PipelineContext context, BuildCache cache)
    {
        var before = cache.Previous!.Files;
        cache.Forget();
        // A plain dictionary, filled in one thread but for the few files rendered and written in parallel (under a lock):
        // most of a rebuild's 24,000 entries are carried over from the last build.
        var hashes = new Dictionary<string, UInt128>(before.Count, StringComparer.Ordinal);
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        var rendered = new System.Collections.Concurrent.ConcurrentBag<string>();
        void Put(string path, byte[] bytes)
        {
            var hash = BuildCache.Hash(bytes);
            lock (hashes) hashes[path] = hash;
            if (before.TryGetValue(path, out var old) && old == hash && cache.StillThere(path)) return;
            WriteFileAtomically(output, path, bytes);
            written.Add(path);
        }

        var fresh = new List<ReportDocument>();
        foreach (var document in published)
        {
            if (document.Reused) hashes[document.Url + "index.html"] = before[document.Url + "index.html"];
            else fresh.Add(document);
        }
        Parallel.ForEach(fresh, document =>
        {
            var path = document.Url + "index.html";
            Put(path, Utf8NoBom.GetBytes(document.Html!));
            rendered.Add(path);
        });

        // A listing file with the key it had would render to the text already on disk: leave it.
        var changed = new List<ListingFile>();
        foreach (var file in listings)
        {
            if (cache.UnchangedListing(file.Path, file.Key) is { } unchanged) hashes[file.Path] = unchanged;
            else changed.Add(file);
        }
        Parallel.ForEach(changed, file =>
        {
            Put(file.Path, file.Render());
            rendered.Add(file.Path);
        });
        var index = SearchIndex(published, context);
        Parallel.ForEach(index.Files, file => Put(file.Path, file.Utf8));
        foreach (var path in index.Kept) hashes[path] = before.TryGetValue(path, out var kept) ? kept : BuildCache.Hash(File.ReadAllBytes(Path.Combine(output, path)));

        // Assets: made from the site's sources and the front-end package, which the site key covers, so with the same key
        // they are the last build's, unless someone removed one. Else made in a folder beside the site, then moved over
        // the old ones that differ.
        var assets = before.Keys.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        if (assets.Count > 0 && assets.All(cache.StillThere))
        {
            foreach (var path in assets) hashes[path] = before[path];
        }
        else MakeAssets(output, context, cache, before, hashes, written);
        hashes[Marker] = before.TryGetValue(Marker, out var marker) ? marker : BuildCache.Hash(File.ReadAllBytes(Path.Combine(output, Marker)));

        var removed = DeleteStrays(output, cache.Previous, hashes, written, cache.ChangedFolders);

        // The folders this build wrote in or removed from, and those found changed, are recorded without a time, so the
        // next build looks into them: a file someone adds to the live site in the same clock tick as this build's last
        // write there would leave the folder's time as this build saw it (file times move in ticks of a few ms).
        var folders = new Dictionary<string, long>(cache.Previous.Folders, StringComparer.Ordinal);
        var touched = written.Concat(removed).Select(SiteFolders.Of).Concat(cache.ChangedFolders).SelectMany(SiteFolders.WithParents).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in touched)
        {
            if (Directory.Exists(folder.Length == 0 ? output : Path.Combine(output, folder))) folders[folder] = SiteFolders.Unknown;
            else folders.Remove(folder);
        }

        cache.Written.AddRange(written);
        cache.Rendered.AddRange(rendered);
        cache.Save(hashes, folders);
        index.Commit();
    }

    /// <summary>Makes the assets in a folder beside the site, then moves those that differ over the old ones.</summary>
    private static void MakeAssets(
        string output, PipelineContext context, BuildCache cache, Dictionary<string, UInt128> before,
        Dictionary<string, UInt128> hashes, System.Collections.Concurrent.ConcurrentBag<string> written)
    {
        var staging = $"{output.TrimEnd(Path.DirectorySeparatorChar)}.assets-{Environment.ProcessId}";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            CopyAssets(Path.Combine(context.Options.SiteDirectory, "assets"), Path.Combine(staging, "assets"));
            FrontEndAssets.Copy(context.Options.SiteDirectory, staging, context.Log);
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var relative = Relative(staging, file);
                var bytes = File.ReadAllBytes(file);
                var hash = BuildCache.Hash(bytes);
                hashes[relative] = hash;
                if (before.TryGetValue(relative, out var old) && old == hash && cache.StillThere(relative)) continue;
                var target = Path.Combine(output, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
                written.Add(relative);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Deletes the files the previous build left that this one does not make, and whatever else is in a folder that
    /// changed since (a file someone put there), then the folders left empty. Returns the files deleted.
    /// </summary>
    private static List<string> DeleteStrays(
        string output, BuildCache.Stored before, Dictionary<string, UInt128> made, IEnumerable<string> written, IReadOnlySet<string> changedFolders)
    {
        var strays = before.Files.Keys.Where(path => !made.ContainsKey(path)).ToHashSet(StringComparer.Ordinal);
        // The folders either build made: the last build's, and those this one wrote into.
        var madeNow = written.Select(SiteFolders.Of).SelectMany(SiteFolders.WithParents).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in changedFolders)
        {
            var full = folder.Length == 0 ? output : Path.Combine(output, folder);
            if (!Directory.Exists(full)) continue;
            var prefix = folder.Length == 0 ? "" : folder + "/";
            foreach (var file in Directory.EnumerateFiles(full))
            {
                var relative = string.Concat(prefix, Path.GetFileName(file.AsSpan()));
                if (!made.ContainsKey(relative)) strays.Add(relative);
            }
            // A folder that is not the site's (someone made it) is looked through whole.
            foreach (var sub in Directory.EnumerateDirectories(full))
            {
                var relative = string.Concat(prefix, Path.GetFileName(sub.AsSpan()));
                if (before.Folders.ContainsKey(relative) || madeNow.Contains(relative)) continue;
                foreach (var file in Directory.EnumerateFiles(sub, "*", SearchOption.AllDirectories)) strays.Add(Relative(output, file));
            }
        }
        var removed = new List<string>();
        foreach (var path in strays.Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(output, path);
            if (!File.Exists(file)) continue;
            File.Delete(file);
            removed.Add(path);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
        return removed;
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Replaces one file under the root atomically: a temporary file in the same folder, then a rename over it.</summary>
    public static void WriteFileAtomically(string root, string relativePath, string text) =>
        WriteFileAtomically(root, relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Replaces one file under the root atomically: a temporary file in the same folder, then a rename over it.</summary>
    public static void WriteFileAtomically(string root, string relativePath, byte[] bytes)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refused to write '{relativePath}' outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.tmp-{Environment.ProcessId}";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes one file under the root, refusing any path that would land outside it.</summary>
    public static void WriteFile(string root, string relativePath, string text) => WriteFile(root, relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Writes one file under the root, refusing any path that would land outside it.</summary>
    public static void WriteFile(string root, string relativePath, byte[] bytes)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refused to write '{relativePath}' outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void CopyAssets(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
