using System.Runtime.InteropServices;
using System.Text;

namespace Committee.Write;

/// <summary>
/// Looks up the last-write times of a site's folders on Linux with one system call each, relative to the site's
/// folder opened once: fstatat(2). Directory.GetLastWriteTimeUtc makes the full path (joining, normalising and
/// encoding it), then has the kernel walk it from the root, and at 10,000 reports a rebuild looks at 13,600 folders.
/// Gives the ticks Directory.GetLastWriteTimeUtc gives (the same field, st_mtim, to 100 ns). Null from
/// <see cref="Open"/> where the direct calls are not available: the times are then looked up the ordinary way.
/// </summary>
internal sealed class FolderTimes : IDisposable
{
    private readonly int site;

    private FolderTimes(int site) => this.site = site;

    /// <summary>The site's folder opened for looking up times under it; null off Linux x64 and arm64, or when it fails.</summary>
    public static FolderTimes? Open(string output)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)) return null;
        var name = new byte[Encoding.UTF8.GetByteCount(output) + 1];
        Encoding.UTF8.GetBytes(output, name);
        try
        {
            var folder = Libc.Open(ref name[0], Libc.ReadOnly | Libc.CloseOnExec, 0);
            if (folder < 0) return null;
            // Checks that fstatat is there (glibc before 2.33 has no such symbol) before any folder relies on it.
            if (TimeAt(folder, "") is null)
            {
                Libc.Close(folder);
                return null;
            }
            return new FolderTimes(folder);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The folder's last-write time (UTC ticks), <paramref name="missing"/> when it is not there or cannot be looked at.</summary>
    /// <param name="folder">Relative to the site, forward slashes; "" for the site itself.</param>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public long TimeOf(string folder, long missing) => TimeAt(site, folder) ?? missing;

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static long? TimeAt(int site, string folder)
    {
        Span<byte> name = stackalloc byte[1024];
        var path = folder.Length == 0 ? "." : folder;
        if (Encoding.UTF8.GetMaxByteCount(path.Length) >= name.Length) name = new byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        var length = Encoding.UTF8.GetBytes(path, name);
        name[length] = 0;
        Span<byte> status = stackalloc byte[StatusSize];
        if (Libc.StatAt(site, ref name[0], ref status[0], 0) != 0) return null;
        var seconds = BitConverter.ToInt64(status[ModifiedAt..]);
        var nanoseconds = BitConverter.ToInt64(status[(ModifiedAt + 8)..]);
        return DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / 100;
    }

    public void Dispose() => Libc.Close(site);

    // struct stat: st_mtim (seconds, then nanoseconds) is at byte 88 on both x64 and arm64; the struct is 144 and 128 bytes.
    private const int ModifiedAt = 88;
    private const int StatusSize = 256;
}
