using System.Collections.Immutable;
using System.Text;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Write;

/// <summary>
/// Writes the site into a fresh folder beside the output folder and swaps it in at the end, so a
/// build that fails part-way leaves the previous site as it was. Nothing is written outside it.
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
        var building = $"{output.TrimEnd(Path.DirectorySeparatorChar)}.building-{Environment.ProcessId}";
        if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
        Directory.CreateDirectory(building);
        try
        {
            var published = documents.Where(d => d.Html is not null).ToList();
            Parallel.ForEach(published, document => WriteFile(building, document.Url + "index.html", document.Html!));
            var pages = SitePages.Render(published, context).ToList();
            var files = pages
                .Concat(Feeds.Render(published, context))
                .Concat(Calendars.Render(published, context))
                .Concat(OpenData.Render(published, context))
                .Concat(Search.SearchIndexWriter.Render(published, context))
                .Concat(Sitemap.Render(published, pages.Select(p => p.Path), context));
            foreach (var (path, text) in files) WriteFile(building, path, text);
            CopyAssets(Path.Combine(context.Options.SiteDirectory, "assets"), Path.Combine(building, "assets"));
            FrontEndAssets.Copy(context.Options.SiteDirectory, building, context.Log);
            File.WriteAllText(Path.Combine(building, Marker), "Made by committee build; the next build replaces this folder.\n");
            OutputFolder.Swap(building, output);
        }
        catch
        {
            if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
            throw;
        }
        return documents;
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
