using System.Collections.Concurrent;
using System.Collections.Frozen;
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
    private FrozenDictionary<string, byte[]>? published;

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

    public void Publish() => published = files.ToFrozenDictionary(StringComparer.Ordinal);

    public void Discard() => files.Clear();

    /// <summary>Files made after the site was published (its search index), in a site of their own, made when first
    /// asked for; null: none.</summary>
    public Lazy<Task<PreviewSite>>? Later { get; set; }

    /// <summary>Which paths <see cref="Later"/> makes: a request for any other file that is not here does not wait.</summary>
    public Func<string, bool> LaterHolds { get; set; } = _ => false;

    /// <summary>A file of the site, waiting for <see cref="Later"/> when it is not among the others; null: no such file.</summary>
    public async Task<byte[]?> FindAsync(string path, CancellationToken cancellation)
    {
        if (Files.TryGetValue(path, out var bytes)) return bytes;
        if (Later is null || !LaterHolds(path)) return null;
        try
        {
            return (await Later.Value.WaitAsync(cancellation)).Files.GetValueOrDefault(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // the search index could not be made: the build's findings say why
        }
    }

    /// <summary>Every file, the later ones included once they are made (for the tests).</summary>
    public IReadOnlyDictionary<string, byte[]> Everything() =>
        Later is null ? Files : Files.Concat(Later.Value.GetAwaiter().GetResult().Files).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// <summary>The files of the published site, by path (forward slashes, relative to the site).</summary>
    public IReadOnlyDictionary<string, byte[]> Files => published ?? throw new InvalidOperationException("The preview's site is not published yet.");

    /// <summary>Whether any file of the site lies under this folder (<c>boards/x/</c>, or "" for the root).</summary>
    public bool IsFolder(string folder) => folder.Length == 0 || Files.ContainsKey(folder + "index.html") || Files.Keys.Any(k => k.StartsWith(folder, StringComparison.Ordinal));
}
