using System.Text;
using Committee.Write;

namespace Committee.Tests.Write;

/// <summary>The keys of inputs use MurmurHash3's x64 128-bit function: its published test vectors, and every length of tail.</summary>
public class KeyHashTests
{
    private static string Hex(UInt128 hash)
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
        return Convert.ToHexString(bytes);
    }

    [Theory]
    [InlineData("", "00000000000000000000000000000000")]
    [InlineData("hello", "029BBD41B3A7D8CB191DAE486A901E5B")]
    [InlineData("The quick brown fox jumps over the lazy dog", "6C1B07BC7BBC4BE347939AC4A93C437A")]
    [InlineData("The quick brown fox jumps over the lazy cog", "9A2685FF70A98C653E5C8EA6EAE3FE43")]
    public void It_gives_the_reference_values(string text, string expected) =>
        Assert.Equal(expected, Hex(KeyHash.Of(Encoding.ASCII.GetBytes(text))));

    [Fact]
    public void Every_byte_of_every_length_counts()
    {
        var seen = new HashSet<UInt128>();
        for (var length = 0; length <= 48; length++)
        {
            var data = new byte[length];
            Assert.True(seen.Add(KeyHash.Of(data)), $"{length} zero bytes hash like a shorter run of them.");
            for (var at = 0; at < length; at++)
            {
                data[at] = 1;
                Assert.True(seen.Add(KeyHash.Of(data)), $"Changing byte {at} of {length} made a hash already seen.");
                data[at] = 0;
            }
        }
    }
}
