using System.Runtime.InteropServices;
using Committee.Pipeline;

namespace Committee.Write;

/// <summary>
/// The rules for the folder a build replaces, and how it is replaced: every build writes a fresh folder beside it
/// (<c>_site.building-PID</c>) and swaps it in at the end in one step, so the live site is the old one or the new one
/// whenever the build is killed. Folders left by a killed build are committee's own (they hold the
/// <see cref="WriteSite.Marker"/>) and the next build removes them before it starts: they may hold papers since
/// withdrawn, made draft or exempt.
/// </summary>
public static class OutputFolder
{
    /// <summary>Thrown when the output folder must not be replaced; the command reports it as a usage problem.</summary>
    public sealed class RefusedException(string message) : Exception(message);

    private const string Building = ".building-";
    private const string Old = ".old-";

    /// <summary>
    /// A build replaces the whole output folder, so it must never be the content, the site sources or the working
    /// folder, nor hold them, nor lie inside the content or the site sources (a build would then publish itself, or
    /// copy its own assets into itself without end), nor be a link or a folder of someone else's files.
    /// </summary>
    public static void EnsureReplaceable(string output, PipelineContext context)
    {
        static string WithSlash(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var outputWithSlash = WithSlash(output);
        var sources = new[] { context.Options.ContentDirectory, context.Options.SiteDirectory }.Select(WithSlash).ToList();
        var holds = sources.Append(WithSlash(context.Options.WorkingDirectory));
        if (Path.GetPathRoot(output) == output || holds.Any(p => p.StartsWith(outputWithSlash, StringComparison.Ordinal)))
        {
            throw new RefusedException($"The output folder '{output}' holds the content, the site sources or the working folder; a build replaces its output folder, so choose a folder of its own, such as _site.");
        }
        if (sources.Any(p => outputWithSlash.StartsWith(p, StringComparison.Ordinal)))
        {
            throw new RefusedException($"The output folder '{output}' is inside the content or the site sources; a build would publish its own output. Choose a folder outside them, such as _site.");
        }
        if (new FileInfo(output).LinkTarget is { } target)
        {
            throw new RefusedException($"The output folder '{output}' is a symbolic link (to '{target}'); a build replaces its output folder and never writes through a link. Remove the link, or give its target as the output.");
        }
        if (File.Exists(output))
        {
            throw new RefusedException($"The output '{output}' is a file; it must be a folder.");
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !IsOurs(output))
        {
            throw new RefusedException($"The output folder '{output}' already has files that committee did not write. Choose an empty or new folder, or remove it first.");
        }
    }

    /// <summary>A fresh folder beside the output folder, marked as committee's own before anything else is written.</summary>
    public static string Fresh(string output)
    {
        var building = output + Building + Environment.ProcessId;
        if (Directory.Exists(building)) Remove(building);
        Directory.CreateDirectory(building);
        File.WriteAllText(Path.Combine(building, WriteSite.Marker), "Made by committee build; the next build replaces this folder.\n");
        return building;
    }

    /// <summary>
    /// Removes the folders killed builds left beside the output folder: a half-written new site, or an old site that
    /// was being removed. If a build was killed between the two renames of <see cref="Publish"/>'s fallback, the old
    /// site is put back first, so the output folder holds a whole site again.
    /// </summary>
    public static void RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent)) return;
        var name = Path.GetFileName(output);
        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".*").Order(StringComparer.Ordinal))
        {
            var suffix = Path.GetFileName(folder)[name.Length..];
            var kind = suffix.StartsWith(Building, StringComparison.Ordinal) ? Building : suffix.StartsWith(Old, StringComparison.Ordinal) ? Old : null;
            if (kind is null || !int.TryParse(suffix[kind.Length..], out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            // A build killed between making its fresh folder and marking it leaves the folder empty: nothing of anyone's.
            var empty = kind == Building && !Directory.EnumerateFileSystemEntries(folder).Any();
            if (new FileInfo(folder).LinkTarget is not null || !(IsOurs(folder) || empty)) continue;
            if (kind == Old && !Directory.Exists(output)) Directory.Move(folder, output);
            else Remove(folder);
        }
    }

    /// <summary>
    /// Puts the new site in place of the old one in one step: Linux swaps the two folders with one rename
    /// (renameat2 with RENAME_EXCHANGE), then the old one is removed. Where that is not available, two renames, and a
    /// build killed between them is mended by the next (<see cref="RemoveLeftovers"/>).
    /// </summary>
    public static void Publish(string building, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(building, output);
            return;
        }
        if (Exchange(building, output))
        {
            Remove(building);
            return;
        }
        var old = output + Old + Environment.ProcessId;
        if (Directory.Exists(old)) Remove(old);
        Directory.Move(output, old);
        Directory.Move(building, output);
        Remove(old);
    }

    /// <summary>
    /// Removes a folder of committee's own and everything in it, never following a link (a link is removed itself).
    /// The files are removed from several folders at once: removing a site's tens of thousands of files one after
    /// another was most of the time of a build that replaced a site, on a disk that discards freed blocks as it goes
    /// (figures: docs/performance.md, 'Old sites are removed from many folders at once').
    /// </summary>
    public static void Remove(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 };
        // Every folder, each after the folder holding it.
        var folders = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var next))
        {
            folders.Add(next);
            foreach (var sub in Directory.EnumerateDirectories(next, "*", options))
            {
                if (new DirectoryInfo(sub).LinkTarget is null) pending.Push(sub);
            }
        }
        // The marker goes last, just before its folder: a removal stopped part-way leaves a folder the next build still
        // knows as committee's own, and removes.
        var marker = Path.Combine(folder, WriteSite.Marker);
        Parallel.ForEach(folders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, next =>
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(next, "*", options))
            {
                // A link (to a file or a folder) is removed itself; a real folder is in the list.
                if (entry != marker && (new FileInfo(entry).LinkTarget is not null || !Directory.Exists(entry))) File.Delete(entry);
            }
        });
        for (var i = folders.Count - 1; i > 0; i--) Directory.Delete(folders[i]);
        File.Delete(marker);
        Directory.Delete(folder);
    }

    private static bool IsOurs(string folder) => File.Exists(Path.Combine(folder, WriteSite.Marker));

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            const uint RenameExchange = 2;
            return Libc.RenameAt2(Libc.CurrentFolder, Libc.PathBytes(a), Libc.CurrentFolder, Libc.PathBytes(b), RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

}
