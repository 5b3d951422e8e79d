using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Validate;

/// <summary>Checks across the whole archive: two reports at one address, and boards with no reports.</summary>
public sealed class CheckArchive : IArchiveStage
{
    public string Name => "Check archive";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var firstAt = new Dictionary<string, ReportDocument>(StringComparer.OrdinalIgnoreCase);
        var result = documents.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var document = result[i];
            if (document.Url is not { } url) continue;
            if (url.EndsWith("/" + Render.Listings.PackPages.Folder, StringComparison.Ordinal))
            {
                // The meeting's agenda pack is published at <meeting>/pack/.
                result[i] = document.With(Rules.UrlCollision.At(document.DisplayPath, 1, 1, url, "the meeting's agenda pack")
                    .WithHint("give the paper a different 'slug' in its front matter, or rename its file"));
            }
            else if (firstAt.TryGetValue(url, out var first))
            {
                result[i] = document.With(Rules.UrlCollision.At(document.DisplayPath, 1, 1, url, first.DisplayPath)
                    .WithHint("give one of them a different 'slug' in its front matter, or rename its file"));
            }
            else firstAt[url] = document;
        }
        return result.ToImmutable();
    }

    /// <summary>Boards no report names; reported against the board's file.</summary>
    public static IEnumerable<Diagnostic> BoardsWithoutReports(IEnumerable<ReportDocument> documents, PipelineContext context)
    {
        var used = documents.Select(d => d.Report?.BoardId).ToHashSet(StringComparer.Ordinal);
        return context.Site.Boards.Values
            .Where(b => !used.Contains(b.Id))
            .OrderBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => Rules.BoardWithoutReports.InFile(b.SourceFile, b.Name));
    }
}
