using System.Runtime.InteropServices;

namespace Committee.Read;

/// <summary>
/// What an entry of the content folder is, before anything reads it: an ordinary file or folder, a symbolic link
/// and where it leads, or something else (a named pipe, a device, a socket) that must never be opened: a pipe would
/// wait for a writer for ever, and a device such as <c>/dev/zero</c> never ends.
/// </summary>
public static class SourceFile
{
    public enum Entry
    {
        /// <summary>An ordinary file, or a link to one inside the content folder.</summary>
        File,
        /// <summary>An ordinary folder (not a link to one).</summary>
        Folder,
        /// <summary>A link to a folder inside the content folder: not followed, so no folder is read twice or in a loop.</summary>
        LinkedFolder,
        /// <summary>A link that leads outside the content folder: never followed.</summary>
        LinkOutside,
        /// <summary>A pipe, device, socket or broken link: never opened.</summary>
        Other,
    }

    public static Entry Kind(string path, string contentFolder)
    {
        FileSystemInfo info = new FileInfo(path);
        var isLink = info.LinkTarget is not null;
        if (isLink)
        {
            FileSystemInfo? target;
            try
            {
                target = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                return Entry.Other; // a loop of links
            }
            if (target is null || !target.Exists && !Directory.Exists(target.FullName)) return Entry.Other;
            if (!Inside(Path.GetFullPath(target.FullName), contentFolder)) return Entry.LinkOutside;
            path = target.FullName;
        }
        return TypeOf(path) switch
        {
            FileType.Regular => Entry.File,
            FileType.Directory => isLink ? Entry.LinkedFolder : Entry.Folder,
            _ => Entry.Other,
        };
    }

    /// <summary>Where a link leads, as it is written in the link.</summary>
    public static string LinkTarget(string path) => new FileInfo(path).LinkTarget ?? "";

    /// <summary>What an entry that is not an ordinary file is, in an author's words.</summary>
    public static string Describe(string path, Entry kind)
    {
        if (kind == Entry.LinkedFolder) return "a link to a folder";
        if (new FileInfo(path).LinkTarget is not null) return "a link to something that is not an ordinary file (or to nothing)";
        return TypeOf(path) switch
        {
            FileType.Pipe => "a named pipe",
            FileType.Device => "a device",
            FileType.Socket => "a socket",
            _ => "not an ordinary file",
        };
    }

    public static bool Inside(string path, string folder)
    {
        var root = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal);
    }

    private enum FileType { Regular, Directory, Pipe, Device, Socket, Unknown }

    /// <summary>The type of what a path leads to (following links), from stat(2) where it can be asked.</summary>
    private static FileType TypeOf(string path)
    {
        if (Mode(path) is { } mode)
        {
            return (mode & 0xF000) switch
            {
                0x8000 => FileType.Regular,
                0x4000 => FileType.Directory,
                0x1000 => FileType.Pipe,
                0x2000 or 0x6000 => FileType.Device,
                0xC000 => FileType.Socket,
                _ => FileType.Unknown,
            };
        }
        // No stat(2) here: .NET tells folders from files, not files from pipes or devices.
        return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Unknown;
    }

    /// <summary>
    /// st_mode from stat(2) on Linux. Where it lies in struct stat differs by architecture (after st_dev, st_ino and,
    /// on x64 only, st_nlink); elsewhere null.
    /// </summary>
    private static uint? Mode(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        int offset;
        switch (RuntimeInformation.ProcessArchitecture)
        {
            case Architecture.X64: offset = 24; break;
            case Architecture.Arm64: offset = 16; break;
            default: return null;
        }
        var name = Write.Libc.PathBytes(path);
        var status = new byte[256];
        try
        {
            if (Write.Libc.StatAt(Write.Libc.CurrentFolder, ref name[0], ref status[0], 0) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return BitConverter.ToUInt32(status, offset);
    }

    /// <summary>
    /// Reads a file's bytes, but never more than <paramref name="limit"/> and one byte, whatever size the file says it
    /// has (it may grow while read): more than the limit means too large. Call only for an ordinary file (<see cref="Kind"/>).
    /// </summary>
    public static byte[] ReadAtMost(string path, long limit, out long length)
    {
        using var file = File.OpenHandle(path);
        length = RandomAccess.GetLength(file);
        var buffer = new byte[Math.Min(length, limit) + 1];
        var read = 0;
        for (int n; read < buffer.Length && (n = RandomAccess.Read(file, buffer.AsSpan(read), read)) > 0;) read += n;
        return read == buffer.Length ? buffer : buffer[..read];
    }
}
