namespace Committee.Write;

/// <summary>
/// The folders of a built site and their last-write times, which change whenever a file or folder in them is added,
/// removed or renamed: the build's record keeps them so that a rebuild need not list the whole site to find what
/// someone else changed in it (see <see cref="BuildCache.ChangedFolders"/>). Paths are relative to the site, with
/// forward slashes; the site's root is "".
/// </summary>
public static class SiteFolders
{
    /// <summary>The folder holding a file of the site.</summary>
    public static string Of(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The recorded folders whose time is not the recorded one now, or that are gone.</summary>
    public static HashSet<string> Changed(string output, Dictionary<string, long> recorded)
    {
        var folders = recorded.Keys.ToArray();
        var now = TimesNow(output, folders);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < folders.Length; i++)
        {
            var then = recorded[folders[i]];
            if (then == Unknown || now[i] != then) changed.Add(folders[i]);
        }
        return changed;
    }

    /// <summary>The recorded folders whose time was not to be trusted (<see cref="Unknown"/>): those the build that recorded them wrote in.</summary>
    public static HashSet<string> Untrusted(Dictionary<string, long> recorded)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, time) in recorded)
        {
            if (time == Unknown) changed.Add(folder);
        }
        return changed;
    }

    /// <summary>Every folder of the site and its time, found by walking it: for a full build.</summary>
    public static Dictionary<string, long> All(string output)
    {
        var folders = Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Prepend("");
        return Times(output, folders);
    }

    /// <summary>The times of these folders now; a folder that is not there is left out.</summary>
    public static Dictionary<string, long> Times(string output, IEnumerable<string> folders)
    {
        var all = folders.ToArray();
        var now = TimesNow(output, all);
        var times = new Dictionary<string, long>(all.Length, StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            if (now[i] != Missing) times[all[i]] = now[i];
        }
        return times;
    }

    /// <summary>
    /// The folders' times, looked up on both cores. A plain loop over an array rather than a parallel query: each
    /// query operator over key-value pairs is more code to compile at every run, about 100 methods of a rebuild's.
    /// On Linux each is one system call relative to the site's folder (<see cref="FolderTimes"/>).
    /// </summary>
    private static long[] TimesNow(string output, string[] folders)
    {
        var times = new long[folders.Length];
        using var site = Directory.Exists(output) ? FolderTimes.Open(output) : null;
        if (site is not null) Parallel.For(0, folders.Length, i => times[i] = site.TimeOf(folders[i], Missing));
        else Parallel.For(0, folders.Length, i => times[i] = TimeOf(output, folders[i]));
        return times;
    }

    /// <summary>A folder and the folders above it, up to the site's root.</summary>
    public static IEnumerable<string> WithParents(string folder)
    {
        for (; folder.Length > 0; folder = Of(folder)) yield return folder;
        yield return "";
    }

    /// <summary>Recorded for a folder whose time is not to be trusted: it counts as changed at the next build.</summary>
    public const long Unknown = 0;

    internal static readonly long Missing = DateTime.FromFileTimeUtc(0).Ticks;

    // Optimised from the start: called once per folder, the whole run through.
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    internal static long TimeOf(string output, string folder) =>
        Directory.GetLastWriteTimeUtc(folder.Length == 0 ? output : Path.Combine(output, folder)).Ticks;
}
