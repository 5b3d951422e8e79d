namespace Committee.Search;

/// <summary>
/// What one build does to the search index: the files to write (path under the site, JSON as UTF-8), the files of the
/// last index that stay as they are, and what to record once the site is written (<see cref="Commit"/>), so the
/// next build can change only what its edits touch.
/// </summary>
/// <param name="Analysed">How many papers were analysed afresh (the rest came from the last index).</param>
/// <param name="Incremental">True when the last index was patched rather than made again.</param>
/// <param name="Papers">The papers of a full index, in index order, whose files (<c>docs/&lt;n ÷ 1000&gt;/&lt;n&gt;.json</c>,
/// <see cref="SearchIndexWriter.DocumentFile"/>) are not in <paramref name="Files"/> but made as they are written: they
/// hold each paper's whole text, 350 MB at 100,000 reports, which need not all be in memory at once.</param>
/// <param name="Shards">The shards of a full index, likewise made as they are written (150 MB at 100,000 reports).</param>
public sealed record SearchIndexFiles(
    IReadOnlyList<(string Path, byte[] Utf8)> Files,
    IReadOnlyList<string> Kept,
    Action Commit,
    int Analysed,
    bool Incremental,
    IReadOnlyList<SearchDocument>? Papers = null,
    Shards.Planned? Shards = null)
{
    public static SearchIndexFiles Full((List<(string Path, byte[] Utf8)> Files, Shards.Planned Shards) index, Action commit, int analysed, IReadOnlyList<SearchDocument> papers) =>
        new(index.Files, [], commit, analysed, false, papers, index.Shards);
}
