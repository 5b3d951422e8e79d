using System.Security.Cryptography;

namespace Committee.Read;

/// <summary>
/// What a report file was when it was read: its size and last-write time (a stat, as Git's index keeps) and a
/// hash of its bytes. The memo of validated reports recalls a report whose stamp is unchanged without reading
/// it; the build cache keys a page on the hash instead of the text, so a recalled report needs no text.
/// </summary>
/// <param name="LastWriteTicks">The last-write time in UTC ticks.</param>
/// <param name="Hash">SHA-256 of the file's bytes (upper-case hex); null when the file was too large to read.</param>
public sealed record FileStamp(long Length, long LastWriteTicks, string? Hash)
{
    /// <summary>The size and time of a file as it is now, with no hash; taken before its bytes are read, so a change after that shows next time.</summary>
    public static FileStamp Of(FileInfo info) => new(info.Length, info.LastWriteTimeUtc.Ticks, null);

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>Same size and last-write time: by the rule Git's index uses, the same bytes.</summary>
    public bool SameStat(FileStamp other) => Length == other.Length && LastWriteTicks == other.LastWriteTicks;
}
