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
        var changed = recorded.AsParallel()
            .Where(folder => folder.Value == Unknown || TimeOf(output, folder.Key) != folder.Value)
            .Select(folder => folder.Key);
        return new HashSet<string>(changed, StringComparer.Ordinal);
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
    public static Dictionary<string, long> Times(string output, IEnumerable<string> folders) =>
        folders.AsParallel()
            .Select(folder => (Folder: folder, Time: TimeOf(output, folder)))
            .Where(f => f.Time != Missing)
            .ToDictionary(f => f.Folder, f => f.Time, StringComparer.Ordinal);

    /// <summary>A folder and the folders above it, up to the site's root.</summary>
    public static IEnumerable<string> WithParents(string folder)
    {
        for (; folder.Length > 0; folder = Of(folder)) yield return folder;
        yield return "";
    }

    /// <summary>Recorded for a folder whose time is not to be trusted: it counts as changed at the next build.</summary>
    public const long Unknown = 0;

    private static readonly long Missing = DateTime.FromFileTimeUtc(0).Ticks;

    // Optimised from the start: called once per folder, the whole run through.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static long TimeOf(string output, string folder) =>
        Directory.GetLastWriteTimeUtc(folder.Length == 0 ? output : Path.Combine(output, folder)).Ticks;
}
