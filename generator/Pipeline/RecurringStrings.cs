using System.Text;

namespace Committee.Pipeline;

/// <summary>
/// Reads, from a <see cref="BinaryReader"/> over a byte array, strings that recur from report to report (a board, an
/// officer, a ward, a report type, a portfolio, a contact), making each distinct one once and handing back the same
/// string after that. Reading the memo at 10,000 reports made about 60,000 such strings, a few hundred of them different.
/// The bytes are those <see cref="BinaryWriter.Write(string)"/> wrote: a 7-bit encoded length, then UTF-8.
/// </summary>
/// <param name="bytes">The array the reader's stream reads.</param>
/// <param name="origin">Where in <paramref name="bytes"/> the stream's position 0 is.</param>
internal sealed class RecurringStrings(byte[] bytes, int origin)
{
    private readonly Dictionary<string, string> seen = new(StringComparer.Ordinal);

    /// <summary>Longer strings are rarely repeated: they are made as they are.</summary>
    private const int Longest = 128;

    [System.Runtime.CompilerServices.MethodImpl(Compile.Early)]
    public string Read(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        var stream = reader.BaseStream;
        if (length < 0 || length > stream.Length - stream.Position) throw new EndOfStreamException();
        var utf8 = bytes.AsSpan(origin + (int)stream.Position, length);
        stream.Position += length;
        if (length > Longest) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[Longest];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        known = new string(text);
        seen[known] = known;
        return known;
    }

    /// <summary>A string or null, as the memo writes one that may be missing: a flag, then the string.</summary>
    public string? ReadOrNull(BinaryReader reader) => reader.ReadBoolean() ? Read(reader) : null;
}
