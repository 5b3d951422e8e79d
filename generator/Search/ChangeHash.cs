using System.Runtime.CompilerServices;

namespace Committee.Search;

/// <summary>
/// A 128-bit hash for telling whether something changed since the last build, not for security: 64-bit FNV-1a of the
/// characters beside a second 64-bit hash with another multiplier and a shift. Under a microsecond a paper where
/// SHA-256 took about three (30 ms of a 10,000-paper rebuild). Each step is invertible, so an edit to one character
/// always changes both halves.
/// </summary>
internal struct ChangeHash()
{
    private ulong a = 14695981039346656037UL;
    private ulong b = 0x9E3779B97F4A7C15UL;

    /// <summary>Adds a part and a separator after it, so ("ab", "c") and ("a", "bc") differ.</summary>
    [MethodImpl(Committee.Pipeline.Compile.Early)]
    public void Add(ReadOnlySpan<char> part)
    {
        var (x, y) = (a, b);
        foreach (var c in part)
        {
            x = (x ^ c) * 1099511628211UL;
            y = (y ^ c) * 0xC2B2AE3D27D4EB4FUL;
            y ^= y >> 31;
        }
        a = (x ^ 0x1f) * 1099511628211UL;
        b = (y ^ 0x1f) * 0xC2B2AE3D27D4EB4FUL;
        b ^= b >> 31;
    }

    public override readonly string ToString() => $"{a:x16}{b:x16}";
}
