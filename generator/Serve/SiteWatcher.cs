using System.Threading.Channels;

namespace Committee.Serve;

/// <summary>
/// Watches the content and site sources for saved files and says when to rebuild: once the files have
/// been quiet for <see cref="Quiet"/>, so an editor that writes a file in several steps, or a
/// <c>git checkout</c> that changes fifty, causes one rebuild rather than many.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string[] ignored;

    /// <param name="folders">The folders to watch, with everything under them.</param>
    /// <param name="ignore">Folders under them whose changes do not count: the preview being written, installed packages.</param>
    public SiteWatcher(IEnumerable<string> folders, IEnumerable<string> ignore)
    {
        ignored = [.. ignore.Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)];
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
            // Too many changes at once for the watcher to list: rebuild anyway, everything is rebuilt.
            watcher.Error += (_, _) => changes.Writer.TryWrite(folder);
            watchers.Add(watcher);
        }
    }

    /// <summary>Starts watching. Throws IOException when the system will not watch more folders (Linux's inotify limits).</summary>
    public void Start()
    {
        foreach (var watcher in watchers) watcher.EnableRaisingEvents = true;
    }

    private void Changed(string path)
    {
        var full = Path.GetFullPath(path);
        if (ignored.Any(i => (full + Path.DirectorySeparatorChar).StartsWith(i, StringComparison.Ordinal))) return;
        if (full.Split(Path.DirectorySeparatorChar).Contains("node_modules")) return;
        changes.Writer.TryWrite(full);
    }

    /// <summary>Waits for a change, then until no more changes come for <see cref="Quiet"/>; returns the paths that changed.</summary>
    public async Task<IReadOnlyCollection<string>> NextChangesAsync(CancellationToken cancellation)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(cancellation) };
        bool more;
        do
        {
            await Task.Delay(Quiet, cancellation);
            more = false;
            while (changes.Reader.TryRead(out var path))
            {
                changed.Add(path);
                more = true;
            }
        }
        while (more);
        return changed;
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
        changes.Writer.TryComplete();
    }
}
