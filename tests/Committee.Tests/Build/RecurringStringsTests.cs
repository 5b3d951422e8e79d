using System.Text;
using Committee.Pipeline;

namespace Committee.Tests.Build;

/// <summary>The memo's reader of recurring strings gives back what BinaryWriter wrote, each distinct short string once.</summary>
public class RecurringStringsTests
{
    [Fact]
    public void It_reads_what_was_written_and_shares_repeated_strings()
    {
        var longText = string.Concat(Enumerable.Repeat("Tŷ Gwyn and Pen-y-bryn ", 10));
        string[] written = ["finance", "Jo Bloggs", "", "finance", "tŷ-gwyn", longText, "tŷ-gwyn", longText, "Jo Bloggs"];
        var stream = new MemoryStream();
        stream.Write("ahead of the strings"u8);
        var origin = (int)stream.Length;
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var text in written) writer.Write(text);
            writer.Write(42);
        }
        var bytes = stream.ToArray();

        using var reader = new BinaryReader(new MemoryStream(bytes, origin, bytes.Length - origin, writable: false), Encoding.UTF8);
        var recurring = new RecurringStrings(bytes, origin);
        var read = written.Select(_ => recurring.Read(reader)).ToArray();

        Assert.Equal(written, read);
        Assert.Same(read[0], read[3]);
        Assert.Same(read[4], read[6]);
        Assert.Same(read[1], read[8]);
        Assert.Equal(42, reader.ReadInt32());
    }

    [Fact]
    public void A_length_past_the_end_is_refused()
    {
        var bytes = new byte[] { 0x7f, (byte)'a', (byte)'b' };
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        Assert.Throws<EndOfStreamException>(() => new RecurringStrings(bytes, 0).Read(reader));
    }
}
