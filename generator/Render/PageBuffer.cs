using System.Text;

namespace Committee.Render;

/// <summary>
/// Where a thread renders a page as UTF-8, to write it at once: one buffer a thread, kept for its next page. Rendering
/// each page to a string and then to a byte array made three copies of it (two bytes a character in the string), all
/// garbage a moment later: the collector ran the more often for it, and each run costs more as the archive's documents
/// fill the heap (figures: docs/performance.md, 'Pages are written as they are rendered').
/// </summary>
internal sealed class PageBuffer
{
    [ThreadStatic]
    private static PageBuffer? current;

    private readonly MemoryStream bytes = new(64 * 1024);

    private PageBuffer() =>
        Writer = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);

    /// <summary>Writes the page; what it wrote is <see cref="Bytes"/>.</summary>
    public StreamWriter Writer { get; }

    /// <summary>This thread's buffer, empty.</summary>
    public static PageBuffer Start()
    {
        var buffer = current ??= new PageBuffer();
        buffer.bytes.SetLength(0);
        return buffer;
    }

    /// <summary>Forgets this thread's buffer after a page failed half-way: the writer may hold part of a character.</summary>
    public static void Drop() => current = null;

    /// <summary>
    /// Writes HTML already made as UTF-8 (a report's body) into a page as it is rendered: straight into the page's bytes
    /// when the writer is a page's own (UTF-8), else as text.
    /// </summary>
    public static void WriteUtf8(TextWriter writer, ReadOnlySpan<byte> utf8, Action<ReadOnlySpan<byte>, Stream>? transform = null)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding } page)
        {
            page.Flush();
            if (transform is null) page.BaseStream.Write(utf8);
            else transform(utf8, page.BaseStream);
            return;
        }
        if (transform is null)
        {
            writer.Write(Encoding.UTF8.GetString(utf8));
            return;
        }
        using var made = new MemoryStream();
        transform(utf8, made);
        writer.Write(Encoding.UTF8.GetString(made.GetBuffer(), 0, (int)made.Length));
    }

    /// <summary>The page written so far, as UTF-8 without a byte order mark; valid until the thread's next <see cref="Start"/>.</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            Writer.Flush();
            return bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        }
    }
}
