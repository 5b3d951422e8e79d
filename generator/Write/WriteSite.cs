using System.Collections.Immutable;
using Committee.Pipeline;
using Committee.Read;

namespace Committee.Write;

/// <summary>
/// Finishes the site <see cref="OpenSite"/> opened, where the report pages, listing files and search index already are
/// (<see cref="Render.RenderPages"/> hands over each page as it renders it, then <see cref="Render.RenderListings"/> and
/// <see cref="Search.IndexForSearch"/>): the assets, then the fresh folder is put in place of the old site in one step
/// (<see cref="OutputFolder.Publish"/>). A build that fails part-way leaves the previous site as it was. Nothing is
/// written outside the fresh folder.
/// </summary>
public sealed class WriteSite : IArchiveStage
{
    /// <summary>Marks a folder as one this tool made, so a rebuild may replace it; any other folder is left alone.</summary>
    public const string Marker = ".committee-site";

    public string Name => "Write site";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        // A page that could not be made (a fault in the templates) stops the build: the site goes out whole or not at all.
        if (!context.Options.Preview && documents.Any(d => d.HasErrors && d.IsPublished(context.Options.IncludeDrafts)))
        {
            context.Products.Abandon();
            return documents;
        }
        if (context.Products.Outputs is not { } site) throw new InvalidOperationException("The site was not opened (the Open the site stage comes first).");
        AddAssets(context.Options.SiteDirectory, site, context.Log);
        FrontEndAssets.Add(context.Options.SiteDirectory, site, context.Log);
        site.Publish();
        (context.Products.Outputs, context.Products.Discard) = (null, null);
        context.Products.Published = true;
        return documents;
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

    /// <summary>
    /// Adds <c>site-src/assets/</c> to the site: ordinary files only, never hidden ones (a <c>.git</c> folder, an
    /// editor's backup, a cache) and never through a link that leads out of the site sources, which could publish any
    /// file on the machine. What is left out is said in the log.
    /// </summary>
    private static void AddAssets(string siteSources, ISiteOutputs site, TextWriter log)
    {
        var sources = Path.GetFullPath(siteSources);
        var from = Path.Combine(sources, "assets");
        if (!Directory.Exists(from) || SourceFile.Kind(from, sources) != SourceFile.Entry.Folder) return;
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 };
        var folders = new Stack<string>([from]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options))
            {
                var name = Path.GetFileName(entry);
                var kind = SourceFile.Kind(entry, sources);
                if (name.StartsWith('.') || kind is not (SourceFile.Entry.File or SourceFile.Entry.Folder))
                {
                    log.WriteLine($"Left out of the site: {Path.GetRelativePath(sources, entry)} (hidden, a link out of the site sources, or not an ordinary file).");
                    continue;
                }
                if (kind == SourceFile.Entry.Folder)
                {
                    folders.Push(entry);
                    continue;
                }
                site.Add("assets/" + Path.GetRelativePath(from, entry).Replace('\\', '/'), File.ReadAllBytes(entry));
            }
        }
    }
}
