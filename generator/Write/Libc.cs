using System.Runtime.InteropServices;

namespace Committee.Write;

/// <summary>
/// The few Linux system calls committee makes directly, where .NET's own way costs several calls for one
/// (<see cref="NewFile"/>, <see cref="Read.SourceFile"/>, <see cref="OutputFolder"/>). Their callers fall back to the ordinary API where these are not
/// available (<see cref="DllNotFoundException"/>, <see cref="EntryPointNotFoundException"/>) or one fails.
/// </summary>
internal static class Libc
{
    // Linux's flags for open(2), the same on x64 and arm64 (O_DIRECTORY is not: a folder opens read-only without it).
    public const int ReadOnly = 0x0;
    public const int WriteOnly = 0x1;
    public const int Create = 0x40;
    public const int Truncate = 0x200;
    public const int CloseOnExec = 0x80000;

    /// <summary>AT_FDCWD: a path relative to the working folder, for the *at calls.</summary>
    public const int CurrentFolder = -100;

    /// <summary>A path as the calls take it: UTF-8, ending in a NUL byte.</summary>
    public static byte[] PathBytes(string path)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for these few blittable calls.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    public static extern int Open(ref byte path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    public static extern nint Write(int file, ref readonly byte bytes, nint count);

    [DllImport("libc", EntryPoint = "close")]
    public static extern int Close(int file);

    [DllImport("libc", EntryPoint = "fstatat")]
    public static extern int StatAt(int folder, ref byte path, ref byte status, int flags);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    public static extern int RenameAt2(int oldFolder, byte[] oldPath, int newFolder, byte[] newPath, uint flags);
#pragma warning restore SYSLIB1054
}
