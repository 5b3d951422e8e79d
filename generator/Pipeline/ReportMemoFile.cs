using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Read;
using Committee.Search;
using Microsoft.Win32.SafeHandles;

namespace Committee.Pipeline;

/// <summary>
/// The memo's files, in a compact binary layout read in one pass. <c>reports-….memo</c> holds the entries (key, run
/// start, and per report file its stamp, decoded report, type, findings and where its search text is), checked by a
/// SHA-256 and replaced whole (written to a temporary file, then renamed), so a reader sees the old memo or the new,
/// never half. The search texts, nine-tenths of the bytes, are in <c>reports-….texts</c>, which only grows: a run
/// appends the texts of the reports it checked and leaves the others where they are, so saving after one edit does
/// not rewrite the archive's text. It is rewritten with only the live texts when it holds more dead text than live,
/// and whenever a report that had a text has none now (it became exempt, or went): an exempt report's words must
/// not stay in the cache. <c>validate</c> never reads the texts; a build reads them all and decodes each report's.
/// </summary>
internal static class ReportMemoFile
{
    /// <summary>Raise whenever the layout changes; it is part of the memo's key as well as its header.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "committee report memo\n"u8;

    /// <summary>The texts file starts with its id (16 bytes), which the entries file names, so the two are known to match.</summary>
    private const int TextsHeader = 16;

    /// <summary>Where a report's search text is in the texts file: its headings, then its body, as UTF-8.</summary>
    public readonly record struct TextSlice(long Offset, int HeadingsBytes, int BodyBytes)
    {
        public long End => Offset + HeadingsBytes + BodyBytes;
    }

    /// <summary>What the per-report stages found for one file, as of <paramref name="Stamp"/>.</summary>
    public sealed record Entry(FileStamp Stamp, Report? Report, string? TypeId, bool HasMarkdown, ImmutableList<Diagnostic> Diagnostics, TextSlice? Text);

    /// <summary>A memo as read, holding its texts file open so the texts it names stay readable whatever another run writes.</summary>
    public sealed class Contents(
        string key, long startedTicks, Guid textsId, Dictionary<string, Entry> entries, SafeFileHandle texts, byte[] head, Dictionary<Entry, (int Start, int Length)> written)
        : IDisposable
    {
        /// <summary>The memo's bytes as read, and where each entry was in them: an entry saved again as it was is copied, not written anew.</summary>
        public byte[] Head { get; } = head;

        public Dictionary<Entry, (int Start, int Length)> Written { get; } = written;

        public string Key { get; } = key;

        /// <summary>When the run that wrote it started (UTC ticks): files written shortly before are compared by content.</summary>
        public long StartedTicks { get; } = startedTicks;

        public Guid TextsId { get; } = textsId;

        public Dictionary<string, Entry> Entries { get; } = entries;

        public SafeFileHandle Texts { get; } = texts;

        /// <summary>A recalled report's search text, read from the texts file when asked for; thread-safe (positioned reads).</summary>
        public SearchText? SearchTextOf(Entry entry)
        {
            if (entry.Text is not { } text) return null;
            var bytes = new byte[text.HeadingsBytes + text.BodyBytes];
            for (var at = 0; at < bytes.Length;)
            {
                var read = RandomAccess.Read(Texts, bytes.AsSpan(at), text.Offset + at);
                if (read == 0) throw new EndOfStreamException("The memo's texts file is shorter than its entries say.");
                at += read;
            }
            return SearchText.OfUtf8(bytes[..text.HeadingsBytes], bytes[text.HeadingsBytes..]);
        }

        public void Dispose() => Texts.Dispose();
    }

    /// <summary>The memo at <paramref name="path"/>; null when there is none or it cannot be trusted.</summary>
    public static Contents? Read(string path)
    {
        SafeFileHandle? texts = null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 4 + 32) return null;
            var headLength = BitConverter.ToInt32(bytes, 0);
            if (headLength < Magic.Length || 4L + headLength + 32 != bytes.Length) return null;
            var head = bytes.AsSpan(4, headLength);
            if (!SHA256.HashData(head).AsSpan().SequenceEqual(bytes.AsSpan(4 + headLength, 32))) return null;

            texts = File.OpenHandle(TextsPath(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> id = stackalloc byte[TextsHeader];
            if (RandomAccess.Read(texts, id, 0) != TextsHeader) return Close(texts);
            var contents = ReadHead(bytes, 4, headLength, new Guid(id), texts, RandomAccess.GetLength(texts));
            return contents ?? Close(texts);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Missing, unreadable, cut short or not a memo at all: it only saves time, so a full check replaces it.
            texts?.Dispose();
            return null;
        }
    }

    private static Contents? Close(SafeFileHandle texts)
    {
        texts.Dispose();
        return null;
    }

    // Optimised from the start, as are the methods that write the memo: each runs once per process over every report,
    // before tiered compilation would.
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static Contents? ReadHead(byte[] bytes, int start, int length, Guid textsId, SafeFileHandle texts, long textsLength)
    {
        if (!bytes.AsSpan(start, length).StartsWith(Magic)) return null;
        using var reader = new BinaryReader(new MemoryStream(bytes, start + Magic.Length, length - Magic.Length, writable: false), Encoding.UTF8);
        var recurring = new RecurringStrings(bytes, start + Magic.Length);
        if (reader.ReadInt32() != FormatVersion) return null;
        var key = reader.ReadString();
        var startedTicks = reader.ReadInt64();
        if (new Guid(reader.ReadBytes(16)) != textsId) return null;
        var count = Count(reader);
        var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
        var written = new Dictionary<Entry, (int, int)>(count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < count; i++)
        {
            var entryStart = start + Magic.Length + (int)reader.BaseStream.Position;
            var path = reader.ReadString();
            var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), Text(reader));
            var hasMarkdown = reader.ReadBoolean();
            var typeId = recurring.ReadOrNull(reader);
            var report = reader.ReadBoolean() ? ReadReport(reader, recurring) : null;
            var diagnostics = ReadDiagnostics(reader);
            TextSlice? text = null;
            if (reader.ReadBoolean())
            {
                var slice = new TextSlice(reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
                if (slice.Offset < TextsHeader || slice.HeadingsBytes < 0 || slice.BodyBytes < 0 || slice.End > textsLength) return null;
                text = slice;
            }
            var entry = new Entry(stamp, report, typeId, hasMarkdown, diagnostics, text);
            entries[path] = entry;
            written[entry] = (entryStart, start + Magic.Length + (int)reader.BaseStream.Position - entryStart);
        }
        return reader.BaseStream.Position == reader.BaseStream.Length ? new Contents(key, startedTicks, textsId, entries, texts, bytes, written) : null;
    }

    /// <summary>
    /// Writes the memo: <paramref name="entries"/> in order, each with its fresh search text (appended to the texts
    /// file) or, recalled, its text where <paramref name="previous"/> has it. Throws <see cref="IOException"/> when
    /// another run is saving the same memo at this moment; this run then leaves it to that one.
    /// </summary>
    /// <param name="keep">Return the memo as written, as <see cref="Read"/> would read it back (for <c>serve</c>, whose next
    /// preview then need not read it); else null.</param>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public static Contents? Write(string path, string key, long startedTicks, IReadOnlyList<(string Path, Entry Entry, SearchText? Text)> entries, Contents? previous, bool keep = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // One writer at a time: appends must not interleave, and the texts file must not be rewritten under an append.
        using var writing = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        // Loops rather than queries: this runs once per process, and a query's lambdas would run unoptimised.
        var fresh = new (byte[]? Headings, byte[]? Body)[entries.Count];
        long freshBytes = 0;
        var live = new List<TextSlice>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Text is { } t)
            {
                fresh[i] = (t.HeadingsUtf8, t.BodyUtf8);
                freshBytes += fresh[i].Headings!.Length + fresh[i].Body!.Length;
            }
            else if (entries[i].Entry.Text is { } slice) live.Add(slice);
        }
        var slices = new TextSlice?[entries.Count];

        Guid textsId;
        if (previous is not null && CanAppend(path, previous, entries, live, freshBytes))
        {
            textsId = previous.TextsId;
            using var texts = new FileStream(TextsPath(path), FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            var at = texts.Seek(0, SeekOrigin.End);
            for (var i = 0; i < entries.Count; i++)
            {
                if (fresh[i] is (byte[] headings, byte[] body))
                {
                    texts.Write(headings);
                    texts.Write(body);
                    slices[i] = new TextSlice(at, headings.Length, body.Length);
                    at += headings.Length + body.Length;
                }
                else slices[i] = entries[i].Entry.Text;
            }
        }
        else
        {
            // A new texts file with only the live texts, under a new id: a reader of the old entries file will not mistake it.
            textsId = Guid.NewGuid();
            Replace(TextsPath(path), file =>
            {
                file.Write(textsId.ToByteArray());
                long at = TextsHeader;
                for (var i = 0; i < entries.Count; i++)
                {
                    byte[] headings, body;
                    if (fresh[i] is (byte[] h, byte[] b)) (headings, body) = (h, b);
                    else if (entries[i].Entry.Text is { } old && previous is not null)
                    {
                        var bytes = new byte[old.HeadingsBytes + old.BodyBytes];
                        RandomAccess.Read(previous.Texts, bytes, old.Offset);
                        (headings, body) = (bytes[..old.HeadingsBytes], bytes[old.HeadingsBytes..]);
                    }
                    else continue;
                    file.Write(headings);
                    file.Write(body);
                    slices[i] = new TextSlice(at, headings.Length, body.Length);
                    at += headings.Length + body.Length;
                }
            });
        }

        // Sized at the start (a little above the last memo, or about 600 bytes a report): at 100,000 reports the head is
        // 60 MB, and a stream doubling its way there would leave 60 MB of discarded buffers, all fresh memory.
        var head = new MemoryStream(checked((int)Math.Min(int.MaxValue / 2, Math.Max(previous?.Head.Length ?? 0, entries.Count * 640L) * 9 / 8 + 4096)));
        // What Read would make of the file: each entry (with its text's new place) and where its bytes are in the file.
        var kept = keep ? new Dictionary<string, Entry>(entries.Count, StringComparer.Ordinal) : null;
        var keptAt = keep ? new Dictionary<Entry, (int Start, int Length)>(entries.Count, ReferenceEqualityComparer.Instance) : null;
        using (var writer = new BinaryWriter(head, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(startedTicks);
            writer.Write(textsId.ToByteArray());
            writer.Write(entries.Count);
            (int Start, int Length) run = (0, 0);
            void CopyRun()
            {
                if (run.Length == 0) return;
                writer.Flush();
                head.Write(previous!.Head, run.Start, run.Length);
                run = (0, 0);
            }
            for (var i = 0; i < entries.Count; i++)
            {
                var (file, entry, _) = entries[i];
                // An entry the last run wrote, with its text where it was: the same bytes (most of a rebuild's memo), copied
                // in runs of entries that lie one after another there.
                if (previous is not null && previous.Written.TryGetValue(entry, out var was) && slices[i] == entry.Text && ReferenceEquals(previous.Entries.GetValueOrDefault(file), entry))
                {
                    if (keep)
                    {
                        kept![file] = entry;
                        keptAt![entry] = (4 + (int)head.Length + run.Length, was.Length);
                    }
                    if (run.Length > 0 && run.Start + run.Length == was.Start) run.Length += was.Length;
                    else
                    {
                        CopyRun();
                        run = was;
                        if (keep) keptAt![entry] = (4 + (int)head.Length, was.Length);
                    }
                    continue;
                }
                CopyRun();
                writer.Flush();
                var entryStart = 4 + (int)head.Length;
                writer.Write(file);
                writer.Write(entry.Stamp.Length);
                writer.Write(entry.Stamp.LastWriteTicks);
                Write(writer, entry.Stamp.Hash);
                writer.Write(entry.HasMarkdown);
                Write(writer, entry.TypeId);
                writer.Write(entry.Report is not null);
                if (entry.Report is { } report) WriteReport(writer, report);
                WriteDiagnostics(writer, entry.Diagnostics);
                writer.Write(slices[i] is not null);
                if (slices[i] is { } slice)
                {
                    writer.Write(slice.Offset);
                    writer.Write(slice.HeadingsBytes);
                    writer.Write(slice.BodyBytes);
                }
                if (keep)
                {
                    writer.Flush();
                    var written = entry.Text == slices[i] ? entry : entry with { Text = slices[i] };
                    kept![file] = written;
                    keptAt![written] = (entryStart, 4 + (int)head.Length - entryStart);
                }
            }
            CopyRun();
        }
        var headBytes = head.GetBuffer().AsMemory(0, (int)head.Length);
        var hash = SHA256.HashData(headBytes.Span);
        Replace(path, file =>
        {
            file.Write(BitConverter.GetBytes(headBytes.Length));
            file.Write(headBytes.Span);
            file.Write(hash);
        });
        if (!keep) return null;
        var bytes = new byte[4 + headBytes.Length + hash.Length];
        BitConverter.GetBytes(headBytes.Length).CopyTo(bytes, 0);
        headBytes.Span.CopyTo(bytes.AsSpan(4));
        hash.CopyTo(bytes, 4 + headBytes.Length);
        var textsFile = File.OpenHandle(TextsPath(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new Contents(key, startedTicks, textsId, kept!, textsFile, bytes, keptAt!);
    }

    /// <summary>
    /// Whether this run may append to the texts file the last one wrote: it is still that file, it would not then
    /// hold more dead text than live, and no report has lost its text (an exempt report's words must go now).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static bool CanAppend(string path, Contents previous, IReadOnlyList<(string Path, Entry Entry, SearchText? Text)> entries, List<TextSlice> kept, long freshBytes)
    {
        var withText = new HashSet<string>(entries.Count, StringComparer.Ordinal);
        foreach (var (file, entry, text) in entries)
        {
            if (text is not null || entry.Text is not null) withText.Add(file);
        }
        foreach (var (file, entry) in previous.Entries)
        {
            if (entry.Text is not null && !withText.Contains(file)) return false;
        }
        try
        {
            using var current = File.OpenHandle(TextsPath(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> id = stackalloc byte[TextsHeader];
            if (RandomAccess.Read(current, id, 0) != TextsHeader || new Guid(id) != previous.TextsId) return false;
            var live = freshBytes;
            foreach (var slice in kept) live += slice.HeadingsBytes + slice.BodyBytes;
            return RandomAccess.GetLength(current) + freshBytes - TextsHeader <= 2 * live + (1 << 20);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string TextsPath(string path) => Path.ChangeExtension(path, ".texts");

    /// <summary>Writes a file beside <paramref name="path"/> and renames it over it, so no reader sees it half-written.</summary>
    private static void Replace(string path, Action<FileStream> write)
    {
        var temp = $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16)) write(file);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static void WriteReport(BinaryWriter writer, Report report)
    {
        writer.Write(report.Title);
        writer.Write(report.BoardId);
        writer.Write(report.Date?.DayNumber ?? -1);
        writer.Write(report.Officer);
        var wards = report.Wards.IsDefault ? [] : report.Wards;
        writer.Write(wards.Length);
        foreach (var ward in wards) writer.Write(ward);
        writer.Write(report.AllWards);
        Write(writer, report.TypeId);
        writer.Write(report.Period is not null);
        if (report.Period is { } period)
        {
            writer.Write(period.StartYear);
            writer.Write(period.Quarter);
        }
        Write(writer, report.Portfolio);
        Write(writer, report.Contact);
        Write(writer, report.Summary);
        Write(writer, report.Slug);
        Write(writer, report.Item);
        writer.Write((byte)report.Status);
        writer.Write((byte)report.Access);
        Write(writer, report.ExemptParagraph);
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static Report ReadReport(BinaryReader reader, RecurringStrings recurring)
    {
        var title = reader.ReadString();
        var boardId = recurring.Read(reader);
        var day = reader.ReadInt32();
        var officer = recurring.Read(reader);
        var wards = new string[Count(reader)];
        for (var i = 0; i < wards.Length; i++) wards[i] = recurring.Read(reader);
        return new Report
        {
            Title = title,
            BoardId = boardId,
            Date = day < 0 ? null : DateOnly.FromDayNumber(day),
            Officer = officer,
            Wards = ImmutableArray.Create(wards),
            AllWards = reader.ReadBoolean(),
            TypeId = recurring.ReadOrNull(reader),
            Period = reader.ReadBoolean() ? new FinancialPeriod(reader.ReadInt32(), reader.ReadInt32()) : null,
            Portfolio = recurring.ReadOrNull(reader),
            Contact = recurring.ReadOrNull(reader),
            Summary = Text(reader),
            Slug = Text(reader),
            Item = Number(reader),
            Status = Enum<ReportStatus>(reader.ReadByte()),
            Access = Enum<ReportAccess>(reader.ReadByte()),
            ExemptParagraph = Number(reader),
        };
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static void WriteDiagnostics(BinaryWriter writer, ImmutableList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.RuleId);
            writer.Write((byte)d.Severity);
            writer.Write(d.File);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write(d.Message);
            Write(writer, d.Hint);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static ImmutableList<Diagnostic> ReadDiagnostics(BinaryReader reader)
    {
        var count = Count(reader);
        if (count == 0) return [];
        var diagnostics = new Diagnostic[count];
        for (var i = 0; i < count; i++)
        {
            diagnostics[i] = new Diagnostic(
                reader.ReadString(), Enum<Severity>(reader.ReadByte()), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), Text(reader));
        }
        return [.. diagnostics];
    }

    private static void Write(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static void Write(BinaryWriter writer, int? number)
    {
        writer.Write(number is not null);
        if (number is { } value) writer.Write(value);
    }

    private static string? Text(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static int? Number(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;

    /// <summary>A count read back, refused when it is more than the bytes left could hold (a damaged or foreign file).</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("The memo is damaged.");
        return count;
    }

    private static T Enum<T>(byte value) where T : struct, Enum
    {
        var result = (T)(object)(int)value;
        return System.Enum.IsDefined(result) ? result : throw new InvalidDataException("The memo is damaged.");
    }
}
