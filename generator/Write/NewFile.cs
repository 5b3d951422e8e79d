using System.Runtime.InteropServices;

namespace Committee.Write;

/// <summary>
/// Writes a new file of the site with three system calls on Linux: open (creating or truncating it), write, close.
/// File.WriteAllBytes makes eight for each file (it also takes and releases an advisory lock, checks the file
/// system, truncates, seeks and checks the handle), and a full build writes tens of thousands of files. Each system
/// call costs something whatever the file's size, and five fewer per file add up (figures: docs/performance.md,
/// 'Three system calls a file'). Where the direct calls are not available, or one fails, the file is written the
/// ordinary way, which also reports what went wrong.
/// </summary>
internal static class NewFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        if (!OperatingSystem.IsLinux() || !TryWrite(path, bytes)) File.WriteAllBytes(path, bytes);
    }

    private static bool TryWrite(string path, ReadOnlySpan<byte> bytes)
    {
        var name = Libc.PathBytes(path);
        int file;
        try
        {
            file = Libc.Open(ref name[0], Libc.WriteOnly | Libc.Create | Libc.Truncate | Libc.CloseOnExec, 438 /* 0666, less the umask */);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        if (file < 0) return false;
        try
        {
            for (var done = 0; done < bytes.Length;)
            {
                var wrote = Libc.Write(file, ref MemoryMarshal.GetReference(bytes[done..]), bytes.Length - done);
                if (wrote <= 0) return false;
                done += (int)wrote;
            }
            return true;
        }
        finally
        {
            Libc.Close(file);
        }
    }
}
