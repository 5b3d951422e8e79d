using System.IO.Hashing;
using System.Text;

namespace Committee.Incremental;

/// <summary>
/// A key made from the bytes of everything an output reads: one hash (XxHash128) for every key of the preview's memo
/// (<see cref="BuildMemo"/>). Two inputs with the same key are taken to be the same input; a file's size or time is
/// never part of a key, only its bytes.
/// </summary>
public sealed class ContentKey
{
    private readonly XxHash128 hash = new();

    public ContentKey Add(ReadOnlySpan<byte> bytes)
    {
        // Each part is preceded by its length, so ("ab", "c") and ("a", "bc") differ.
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, bytes.Length);
        hash.Append(length);
        hash.Append(bytes);
        return this;
    }

    public ContentKey Add(string text) => Add(Encoding.UTF8.GetBytes(text));

    public ContentKey Add(UInt128 key)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], (ulong)(key >> 64));
        BitConverter.TryWriteBytes(bytes[8..], (ulong)key);
        return Add(bytes);
    }

    /// <summary>Adds the whole of a file's bytes, read as a stream (an ordinary file: never a pipe or a device).</summary>
    public ContentKey AddFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        hash.Append(stream);
        return Add(BitConverter.GetBytes(stream.Length));
    }

    public UInt128 Value => hash.GetCurrentHashAsUInt128();
}
