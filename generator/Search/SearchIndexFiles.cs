namespace Committee.Search;

/// <summary>
/// The search index's files as this build makes them: the small ones whole (path under the site, JSON as UTF-8), and
/// the papers' files and the shards described, to be made as they are written.
/// </summary>
/// <param name="Papers">The papers, in index order, whose files (<c>docs/&lt;n ÷ 1000&gt;/&lt;n&gt;.json</c>,
/// <see cref="SearchIndexWriter.DocumentFile"/>) are not in <paramref name="Files"/> but made as they are written: they
/// hold each paper's whole text, which need not all be in memory at once.</param>
/// <param name="Shards">The shards, likewise made as they are written.</param>
public sealed record SearchIndexFiles(IReadOnlyList<(string Path, byte[] Utf8)> Files, IReadOnlyList<SearchDocument> Papers, Shards.Planned Shards)
{
    /// <summary>The index of these published reports.</summary>
    public static SearchIndexFiles Of(IReadOnlyList<Pipeline.ReportDocument> published, Pipeline.PipelineContext context)
    {
        var documents = SearchIndexWriter.Documents(published, context.Options.IncludeDrafts, context.Site);
        // The minutes of held meetings are searched with the papers, at their meetings' pages.
        if (!context.Meetings.IsEmpty)
        {
            documents.AddRange(Meetings.MinutesForSearch.Documents(context));
            documents.Sort(SearchIndexWriter.IndexOrder);
        }
        var analysed = Analysed.Of(documents);
        // A build analyses once; the preview keeps what it learnt of the words for its next save.
        if (!context.Options.Preview) Analysed.Forget();
        var (files, shards) = SearchIndexWriter.RenderPlanned(documents, analysed, context.Site);
        return new(files, documents, shards);
    }
}
