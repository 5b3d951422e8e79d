using System.Collections.Immutable;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Write;

/// <summary>
/// Finishes the site <see cref="OpenSite"/> opened, where the report pages, listing files and search index already are
/// (<see cref="RenderPages"/> writes each page as it renders it, then <see cref="WriteListings"/> and
/// <see cref="WriteSearchIndex"/>): the assets, the marker and the build's record. A full build wrote into a
/// fresh folder beside the output folder, swapped in at the end, so a build that fails part-way leaves the previous
/// site as it was. Nothing is written outside it. With a usable <see cref="BuildCache"/> (a rebuild with the same
/// templates, settings, boards and types) it renders only the listing files whose inputs changed and writes only the
/// files whose text changed, each replaced atomically, into the existing site.
/// </summary>
public sealed class WriteSite : IArchiveStage
{
    /// <summary>Marks a folder as one this tool made, so a rebuild may replace it; any other folder is left alone.</summary>
    public const string Marker = ".committee-site";

    public string Name => "Write site";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var site = context.Products.OpenedSite(context);
        var published = documents.Where(d => d.HasPage).ToList();
        // Pages rendered where no site was open yet (the stage run on its own) are written now.
        Parallel.ForEach(published.Where(d => d.Html is not null), document => site.WriteRendered(document.Url + "index.html", SiteWriter.Utf8(document.Html!)));
        if (site.InPlace) WriteInPlace(site, published, context, site.Cache!);
        else WriteFresh(site, published, context);
        context.Products.Site = null;
        return documents;
    }

    /// <summary>The full build: the assets and the marker join the rest in the fresh folder, which is swapped in for the old site.</summary>
    private static void WriteFresh(SiteWriter site, IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var index = SearchIndex(published, context);
        CopyAssets(Path.Combine(context.Options.SiteDirectory, "assets"), Path.Combine(site.Folder, "assets"));
        FrontEndAssets.Copy(context.Options.SiteDirectory, site.Folder, context.Log);
        File.WriteAllText(Path.Combine(site.Folder, Marker), "Made by committee build; the next build replaces this folder.\n");
        if (context.Cache is not { } made)
        {
            OutputFolder.Swap(site.Folder, site.Output);
            return;
        }
        // The assets and the marker were copied, not hashed on the way: hash them now, so the record names every file.
        var assets = Path.Combine(site.Folder, "assets");
        var copied = (Directory.Exists(assets) ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Select(f => Relative(site.Folder, f)) : [])
            .Append(Marker).ToList();
        foreach (var path in copied)
        {
            site.Record(path, BuildCache.Hash(File.ReadAllBytes(Path.Combine(site.Folder, path))));
            site.Wrote(path);
        }
        OutputFolder.Swap(site.Folder, site.Output);
        var hashes = site.Hashes;
        made.Written.AddRange(site.Written);
        made.Rendered.AddRange(site.Rendered);
        // Every folder of the site, from the paths of its files: it was all made here, so it need not be walked.
        var folders = hashes.Keys.Select(SiteFolders.Of).Distinct(StringComparer.Ordinal).SelectMany(SiteFolders.WithParents).ToHashSet(StringComparer.Ordinal);
        made.Save(hashes, SiteFolders.Times(site.Output, folders));
        index.Commit();
    }

    /// <summary>The search index's files, as the <see cref="Search.IndexForSearch"/> stage made them (in full, or only
    /// what changed, <see cref="Search.SearchIndexFiles.Kept"/> naming the files that stay as they are).</summary>
    internal static Search.SearchIndexFiles SearchIndex(IReadOnlyList<ReportDocument> published, PipelineContext context) =>
        context.Products.SearchIndex ??= Search.SearchIndexUpdate.Make(published, context);

    /// <summary>
    /// The incremental build: validation has passed, the previous build's record matches the templates,
    /// settings, boards and types, so only the listing files whose inputs changed are rendered and only the
    /// files whose text changed are written, each one atomically (a temporary file in the same folder, then
    /// a rename over the old one). Files of the previous build that this build does not make (a report removed or
    /// moved) are deleted, and so is anything else found in a folder whose time changed since the last build.
    /// </summary>
    private static void WriteInPlace(SiteWriter site, IReadOnlyList<ReportDocument> published, PipelineContext context, BuildCache cache)
    {
        var output = site.Output;
        var before = cache.Previous!.Files;
        // The changed report pages and listing files are written already (RenderPages, WriteListings), each one only if
        // its text changed.
        foreach (var document in published)
        {
            if (document.Reused) site.Record(document.Url + "index.html", before[document.Url + "index.html"]);
        }
        var index = SearchIndex(published, context);
        foreach (var path in index.Kept) site.Record(path, before.TryGetValue(path, out var kept) ? kept : BuildCache.Hash(File.ReadAllBytes(Path.Combine(output, path))));

        // Assets: made from the site's sources and the front-end package, which the site key covers, so with the same key
        // they are the last build's, unless someone removed one. Else made in a folder beside the site, then moved over
        // the old ones that differ.
        var assets = before.Keys.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        if (assets.Count > 0 && assets.All(cache.StillThere))
        {
            foreach (var path in assets) site.Record(path, before[path]);
        }
        else MakeAssets(site, context, cache, before);
        site.Record(Marker, before.TryGetValue(Marker, out var marker) ? marker : BuildCache.Hash(File.ReadAllBytes(Path.Combine(output, Marker))));

        var hashes = site.Hashes;
        var written = site.Written;
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
        cache.Rendered.AddRange(site.Rendered);
        cache.Save(hashes, folders);
        index.Commit();
    }

    /// <summary>Makes the assets in a folder beside the site, then moves those that differ over the old ones.</summary>
    private static void MakeAssets(SiteWriter site, PipelineContext context, BuildCache cache, Dictionary<string, UInt128> before)
    {
        var output = site.Output;
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
                site.Record(relative, hash);
                if (before.TryGetValue(relative, out var old) && old == hash && cache.StillThere(relative)) continue;
                var target = Path.Combine(output, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
                site.Wrote(relative);
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
    public static void WriteFileAtomically(string root, string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Inside(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.tmp-{Environment.ProcessId}";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The full path of a file of the site, refusing any path that would land outside it.</summary>
    public static string Inside(string root, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refused to write '{relativePath}' outside the output folder.");
        }
        return path;
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
