using System.Collections.Concurrent;
using Committee.Pipeline;

namespace Committee.Serve;

/// <summary>
/// The preview's site, kept in memory rather than written to disk, as Hugo's server keeps its own: a preview is
/// rebuilt at every save, and writing tens of thousands of files each time would take longer than making them. Once
/// published it is frozen, so the server reads one whole build while the next is made.
/// </summary>
public sealed class PreviewSite : ISiteOutputs
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]>? published;

    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        if (published is not null) throw new InvalidOperationException("The preview's site was already published.");
        files[path] = bytes.ToArray();
    }

    public void Add(string path, byte[] bytes)
    {
        if (published is not null) throw new InvalidOperationException("The preview's site was already published.");
        files[path] = bytes;
    }

    public int Count => files.Count;

    // A plain dictionary, never changed once made: freezing one of tens of thousands of pages took longer than it saved.
    public void Publish() => published = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);

    public void Discard() => files.Clear();

    private readonly List<(Func<string, bool> Holds, Lazy<Task<PreviewSite>> Site)> later = [];

    /// <summary>
    /// Adds files made only when first asked for (the search index; the feeds and open data; agenda packs), in a site of
    /// their own: <paramref name="holds"/> says which paths <paramref name="work"/> makes, so that a request for any
    /// other file does not wait for it.
    /// </summary>
    public void Later(Func<string, bool> holds, Action<ISiteOutputs> work) => later.Add((holds, new(() => Task.Run(() =>
    {
        var site = new PreviewSite();
        work(site);
        site.Publish();
        return site;
    }))));

    /// <summary>A file of the site, made first when it is one made on demand; null: no such file.</summary>
    public async Task<byte[]?> FindAsync(string path, CancellationToken cancellation)
    {
        if (Files.TryGetValue(path, out var bytes)) return bytes;
        foreach (var (holds, site) in later.Where(l => l.Holds(path)))
        {
            try
            {
                return (await site.Value.WaitAsync(cancellation)).Files.GetValueOrDefault(path);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null; // the files could not be made: the build's findings say why
            }
        }
        return null;
    }

    /// <summary>Every file, those made on demand included (for the tests).</summary>
    public IReadOnlyDictionary<string, byte[]> Everything() =>
        Files.Concat(later.SelectMany(l => l.Site.Value.GetAwaiter().GetResult().Files)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// <summary>The files of the published site, by path (forward slashes, relative to the site).</summary>
    public IReadOnlyDictionary<string, byte[]> Files => published ?? throw new InvalidOperationException("The preview's site is not published yet.");

    /// <summary>Whether any file of the site lies under this folder (<c>boards/x/</c>, or "" for the root).</summary>
    public bool IsFolder(string folder) => folder.Length == 0 || Files.ContainsKey(folder + "index.html")
        || later.Any(l => l.Holds(folder + "index.html")) || Files.Keys.Any(k => k.StartsWith(folder, StringComparison.Ordinal));
}
