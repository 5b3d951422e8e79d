using System.Text;
using Committee.Render;
using CsCheck;

namespace Committee.Tests.Build;

/// <summary>A public paper's body is kept compressed for its meeting's agenda pack, and comes back byte for byte.</summary>
public sealed class ReportBodyTests
{
    [Fact]
    public void A_packed_body_unpacks_to_the_same_bytes()
    {
        Gen.String[Gen.Char.AlphaNumeric, 0, 400].Array[0, 60].Select(parts => string.Join("<p>é – £ “x” </p>\n", parts))
            .Sample(html =>
            {
                var body = new ReportBody(html, []);
                var packed = body.Packed();
                Assert.Equal(Encoding.UTF8.GetBytes(html), packed.Utf8.ToArray());
                Assert.Equal(html, packed.Html);
                Assert.Same(packed, packed.Packed());
            }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void A_long_repetitive_body_is_held_in_fewer_bytes()
    {
        var html = string.Concat(Enumerable.Repeat("<p>The council's performance this quarter was on target.</p>\n", 500));
        var packed = new ReportBody(html, []).Packed();
        Assert.True(packed.Size < Encoding.UTF8.GetByteCount(html) / 4, $"{packed.Size} bytes");
        Assert.Equal(html, packed.Html);
    }
}
