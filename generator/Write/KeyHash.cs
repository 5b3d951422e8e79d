using System.Buffers.Binary;
using System.Numerics;

namespace Committee.Write;

/// <summary>
/// The hash of a key of inputs (a report's fingerprint, a page's or a listing file's key): MurmurHash3's x64 128-bit
/// function, seed 0, as its bytes read little-endian. Not for file contents, which <see cref="BuildCache.Hash(ReadOnlySpan{byte})"/>
/// hashes with SHA-256: keys are short, made 30,000 times or more in every build, and need to tell apart the inputs of
/// one archive, not to stand against someone forging a collision. On a 300-byte key it takes a tenth of SHA-256's time
/// here (most of which is setting up the call for a few blocks).
/// </summary>
public static class KeyHash
{
    private const ulong C1 = 0x87c37b91114253d5;
    private const ulong C2 = 0x4cf5ad432745937f;

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public static UInt128 Of(ReadOnlySpan<byte> data)
    {
        ulong h1 = 0, h2 = 0;
        var blocks = data.Length / 16;
        for (var i = 0; i < blocks; i++)
        {
            var k1 = BinaryPrimitives.ReadUInt64LittleEndian(data[(i * 16)..]);
            var k2 = BinaryPrimitives.ReadUInt64LittleEndian(data[(i * 16 + 8)..]);
            h1 ^= Mix1(k1);
            h1 = BitOperations.RotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= Mix2(k2);
            h2 = BitOperations.RotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }

        var tail = data[(blocks * 16)..];
        if (tail.Length > 8)
        {
            ulong k2 = 0;
            for (var i = tail.Length - 1; i >= 8; i--) k2 = (k2 << 8) | tail[i];
            h2 ^= Mix2(k2);
        }
        if (tail.Length > 0)
        {
            ulong k1 = 0;
            for (var i = Math.Min(tail.Length, 8) - 1; i >= 0; i--) k1 = (k1 << 8) | tail[i];
            h1 ^= Mix1(k1);
        }

        h1 ^= (ulong)data.Length;
        h2 ^= (ulong)data.Length;
        h1 += h2;
        h2 += h1;
        h1 = Final(h1);
        h2 = Final(h2);
        h1 += h2;
        h2 += h1;
        return new UInt128(h2, h1);
    }

    /// <summary>The hash of a text's UTF-16 code units (no encoding step: keys are only compared with keys made the same way).</summary>
    public static UInt128 Of(string text) => Of(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));

    private static ulong Mix1(ulong k) => BitOperations.RotateLeft(k * C1, 31) * C2;

    private static ulong Mix2(ulong k) => BitOperations.RotateLeft(k * C2, 33) * C1;

    private static ulong Final(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccd;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53;
        k ^= k >> 33;
        return k;
    }
}
