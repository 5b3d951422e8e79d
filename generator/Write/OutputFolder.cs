using Committee.Pipeline;

namespace Committee.Write;

/// <summary>The rules for the folder a build replaces.</summary>
public static class OutputFolder
{
    /// <summary>Thrown when the output folder must not be replaced; the command reports it as a usage problem.</summary>
    public sealed class RefusedException(string message) : Exception(message);

    /// <summary>
    /// A build replaces the whole output folder, so it must never be the content, the site sources, the
    /// working folder or a folder holding them, nor a folder of someone else's files.
    /// </summary>
    public static void EnsureReplaceable(string output, PipelineContext context)
    {
        var protectedFolders = new[] { context.Options.ContentDirectory, context.Options.SiteDirectory, context.Options.WorkingDirectory }
            .Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
        var outputWithSlash = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (Path.GetPathRoot(output) == output || protectedFolders.Any(p => p.StartsWith(outputWithSlash, StringComparison.Ordinal)))
        {
            throw new RefusedException($"The output folder '{output}' holds the content, the site sources or the working folder; a build replaces its output folder, so choose a folder of its own, such as _site.");
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, WriteSite.Marker)))
        {
            throw new RefusedException($"The output folder '{output}' already has files that committee did not write. Choose an empty or new folder, or remove it first.");
        }
        if (File.Exists(output))
        {
            throw new RefusedException($"The output '{output}' is a file; it must be a folder.");
        }
    }

    /// <summary>Puts the new site in place of the old one with two renames, then removes the old one.</summary>
    public static void Swap(string building, string output)
    {
        var old = $"{output}.old-{Environment.ProcessId}";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(output)) Directory.Move(output, old);
        Directory.Move(building, output);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
