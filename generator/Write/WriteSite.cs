using System.Collections.Immutable;
using System.Text;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Write;

/// <summary>
/// Writes the site into a fresh folder beside the output folder and swaps it in at the end, so a
/// build that fails part-way leaves the previous site as it was. Nothing is written outside it.
/// With a usable <see cref="BuildCache"/> (a rebuild with the same templates, settings, boards and
/// types) it writes only the files that changed, each replaced atomically, into the existing site.
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
        var published = documents.Where(d => d.Html is not null).ToList();
        if (context.Cache is { Usable: true } cache && Directory.Exists(output))
        {
            WriteInPlace(output, published, context, cache);
            return documents;
        }

        var building = $"{output.TrimEnd(Path.DirectorySeparatorChar)}.building-{Environment.ProcessId}";
        if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
        Directory.CreateDirectory(building);
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            Parallel.ForEach(published, document =>
            {
                WriteFile(building, document.Url + "index.html", document.Html!);
                if (context.Cache is not null) hashes[document.Url + "index.html"] = BuildCache.Hash(document.Html!);
            });
            foreach (var (path, text) in ListingFiles(published, context))
            {
                WriteFile(building, path, text);
                if (context.Cache is not null) hashes[path] = BuildCache.Hash(text);
            }
            CopyAssets(Path.Combine(context.Options.SiteDirectory, "assets"), Path.Combine(building, "assets"));
            FrontEndAssets.Copy(context.Options.SiteDirectory, building, context.Log);
            File.WriteAllText(Path.Combine(building, Marker), "Made by committee build; the next build replaces this folder.\n");
            var all = context.Cache is null ? [] : Directory.EnumerateFiles(building, "*", SearchOption.AllDirectories).Select(f => Relative(building, f)).ToList();
            OutputFolder.Swap(building, output);
            if (context.Cache is { } made)
            {
                made.Written.AddRange(all);
                made.Save(new Dictionary<string, string>(hashes, StringComparer.Ordinal));
            }
        }
        catch
        {
            if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
            throw;
        }
        return documents;
    }

    /// <summary>Every file but the report pages and the assets: listing pages, feeds, calendars, open data, search, sitemap.</summary>
    private static IEnumerable<(string Path, string Text)> ListingFiles(IReadOnlyList<ReportDocument> published, PipelineContext context)
    {
        var pages = SitePages.Render(published, context).ToList();
        return pages
            .Concat(Feeds.Render(published, context))
            .Concat(Calendars.Render(published, context))
            .Concat(OpenData.Render(published, context))
            .Concat(Search.SearchIndexWriter.Render(published, context))
            .Concat(Sitemap.Render(published, pages.Select(p => p.Path), context));
    }

    /// <summary>
    /// The incremental build: validation has passed, the previous build's record matches the templates,
    /// settings, boards and types, so only the files whose text changed are written, each one atomically
    /// (a temporary file in the same folder, then a rename over the old one); files of this tool's
    /// previous build that this build does not make (a report removed or moved) are deleted.
    /// </summary>
    private static void WriteInPlace(string output, IReadOnlyList<ReportDocument> published, PipelineContext context, BuildCache cache)
    {
        var before = cache.Previous!.Files;
        cache.Forget();
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        void Put(string path, string text)
        {
            var hash = BuildCache.Hash(text);
            hashes[path] = hash;
            if (before.TryGetValue(path, out var old) && old == hash && File.Exists(Path.Combine(output, path))) return;
            WriteFileAtomically(output, path, text);
            written.Add(path);
        }

        Parallel.ForEach(published, document =>
        {
            var path = document.Url + "index.html";
            if (document.Reused && before.TryGetValue(path, out var old)) hashes[path] = old;
            else Put(path, document.Html!);
        });
        foreach (var (path, text) in ListingFiles(published, context)) Put(path, text);

        // Assets: made in a folder beside the site, then moved over the old ones that differ.
        var keep = new HashSet<string>(hashes.Keys, StringComparer.Ordinal) { Marker };
        var staging = $"{output.TrimEnd(Path.DirectorySeparatorChar)}.assets-{Environment.ProcessId}";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            CopyAssets(Path.Combine(context.Options.SiteDirectory, "assets"), Path.Combine(staging, "assets"));
            FrontEndAssets.Copy(context.Options.SiteDirectory, staging, context.Log);
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var relative = Relative(staging, file);
                keep.Add(relative);
                var target = Path.Combine(output, relative);
                if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(file))) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
                written.Add(relative);
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList())
        {
            if (keep.Contains(Relative(output, file))) continue;
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
        cache.Written.AddRange(written);
        cache.Save(new Dictionary<string, string>(hashes, StringComparer.Ordinal));
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Replaces one file under the root atomically: a temporary file in the same folder, then a rename over it.</summary>
    public static void WriteFileAtomically(string root, string relativePath, string text)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refused to write '{relativePath}' outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.tmp-{Environment.ProcessId}";
        File.WriteAllText(temp, text, Utf8NoBom);
        File.Move(temp, path, overwrite: true);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes one file under the root, refusing any path that would land outside it.</summary>
    public static void WriteFile(string root, string relativePath, string text)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refused to write '{relativePath}' outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
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
