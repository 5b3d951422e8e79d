using System.Text;
using Committee.Pipeline;

namespace Committee.Render;

/// <summary>
/// Makes <c>reports.json</c> and <c>reports.csv</c> from each public report's row, taking the rows of reports unchanged
/// since the last build from the files that build wrote. An index beside the build's record in <c>.committee/cache/</c>
/// says where each row is in them, by the report's full fingerprint (<see cref="ListedReports.Full"/>, which covers every
/// field a row shows) under the build's site key (the settings, boards and the tool, which make the rest of a row).
/// At 10,000 reports making every row took 100-200 ms of a one-edit rebuild; copying them takes a few.
/// </summary>
/// <remarks>
/// The index is trusted only when the build's record is (<see cref="Write.BuildCache.Usable"/>: the last build finished
/// and nothing since changed the folder) and the two files have the lengths it names.
/// </remarks>
internal static class OpenDataRows
{
    /// <summary>How the rows are framed in a file: what comes before the first, between two, and after the last.</summary>
    public sealed record Frame(byte[] Start, byte[] Between, byte[] End, byte[] Empty);

    private const int FormatVersion = 1;

    private sealed record Index(Dictionary<UInt128, (int Json, int JsonLength, int Csv, int CsvLength)> Rows, int JsonLength, int CsvLength);

    /// <summary>A row of a file: made in this build (<see cref="Made"/>), or kept where the last build's file has it.</summary>
    private readonly record struct Row(byte[]? Made, long At, int Length);

    /// <param name="make">Makes a report's JSON and CSV rows, for a report whose rows cannot be copied.</param>
    // This and the methods it calls are optimised from the start: each runs once per build over every public report.
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    public static (byte[] Json, byte[] Csv) Files(
        List<ReportDocument> reports, ListedReports listed, Write.BuildCache? cache, Frame json, Frame csv, Func<ReportDocument, (byte[] Json, byte[] Csv)> make)
    {
        var path = cache is null ? null : Path.Combine(Path.GetDirectoryName(cache.Path)!, Path.GetFileNameWithoutExtension(cache.Path) + ".rows");
        var index = path is not null && cache is { Usable: true } ? Previous(path, cache) : null;
        try
        {
            return Files(reports, listed, cache, path, index, json, csv, make);
        }
        catch (Exception e) when (index is not null && e is IOException or UnauthorizedAccessException)
        {
            // The last build's files changed while this one read them: every row is made.
            return Files(reports, listed, cache, path, null, json, csv, make);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static (byte[] Json, byte[] Csv) Files(
        List<ReportDocument> reports, ListedReports listed, Write.BuildCache? cache, string? path, Index? index, Frame json, Frame csv,
        Func<ReportDocument, (byte[] Json, byte[] Csv)> make)
    {
        var jsonRows = new Row[reports.Count];
        var csvRows = new Row[reports.Count];
        var fingerprints = new UInt128[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            fingerprints[i] = listed.FullOf(reports[i]);
            if (index is not null && index.Rows.TryGetValue(fingerprints[i], out var at))
            {
                jsonRows[i] = new Row(null, at.Json, at.JsonLength);
                csvRows[i] = new Row(null, at.Csv, at.CsvLength);
            }
            else
            {
                var (jsonRow, csvRow) = make(reports[i]);
                jsonRows[i] = new Row(jsonRow, 0, jsonRow.Length);
                csvRows[i] = new Row(csvRow, 0, csvRow.Length);
            }
        }

        var (jsonFile, jsonAt) = Join(jsonRows, json, cache?.Output, "reports.json");
        var (csvFile, csvAt) = Join(csvRows, csv, cache?.Output, "reports.csv");
        if (path is not null) Save(path, cache!.SiteKey, fingerprints, jsonRows, jsonAt, csvRows, csvAt, jsonFile.Length, csvFile.Length);
        return (jsonFile, csvFile);
    }

    /// <summary>
    /// The rows framed into a file, and where each row starts in it. Kept rows are read from the last build's file
    /// straight into their place, a run of them (with the separators between, which are the same) in one read: at
    /// 10,000 reports the two files are 13 MB, read whole into memory and then copied before.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static (byte[] File, int[] At) Join(Row[] rows, Frame frame, string? output, string name)
    {
        var at = new int[rows.Length];
        if (rows.Length == 0) return (frame.Empty, at);
        long total = frame.Start.Length + (long)(rows.Length - 1) * frame.Between.Length + frame.End.Length;
        foreach (var row in rows) total += row.Length;
        var file = new byte[total];
        frame.Start.CopyTo(file, 0);
        var position = frame.Start.Length;
        for (var i = 0; i < rows.Length; i++)
        {
            if (i > 0) position += frame.Between.Length;
            at[i] = position;
            position += rows[i].Length;
        }
        frame.End.CopyTo(file, position);

        Microsoft.Win32.SafeHandles.SafeFileHandle? last = null;
        try
        {
            for (var i = 0; i < rows.Length;)
            {
                if (i > 0) frame.Between.CopyTo(file, at[i] - frame.Between.Length);
                if (rows[i].Made is { } made)
                {
                    made.CopyTo(file, at[i]);
                    i++;
                    continue;
                }
                // The longest run of kept rows that stand next to each other in the last file too.
                var end = i + 1;
                while (end < rows.Length && rows[end].Made is null
                       && rows[end].At == rows[end - 1].At + rows[end - 1].Length + frame.Between.Length) end++;
                last ??= File.OpenHandle(Path.Combine(output!, name));
                var run = file.AsSpan(at[i], at[end - 1] + rows[end - 1].Length - at[i]);
                if (RandomAccess.Read(last, run, rows[i].At) != run.Length) throw new IOException($"{name} is shorter than the last build left it.");
                i = end;
            }
        }
        finally
        {
            last?.Dispose();
        }
        return (file, at);
    }

    /// <summary>The last build's index, when it and the files it describes can be trusted; else null, and every row is made.</summary>
    private static Index? Previous(string path, Write.BuildCache cache)
    {
        try
        {
            if (!File.Exists(path) || Read(path, cache.SiteKey) is not { } index) return null;
            var json = Path.Combine(cache.Output, "reports.json");
            var csv = Path.Combine(cache.Output, "reports.csv");
            if (!cache.StillThere("reports.json") || !cache.StillThere("reports.csv")) return null;
            if (new FileInfo(json).Length != index.JsonLength || new FileInfo(csv).Length != index.CsvLength) return null;
            return index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static Index? Read(string path, string siteKey)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadInt32() != FormatVersion || reader.ReadString() != siteKey) return null;
        var (jsonLength, csvLength, count) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        if (count < 0 || count > reader.BaseStream.Length / 32) return null;
        var rows = new Dictionary<UInt128, (int, int, int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var fingerprint = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var (json, jsonRow, csv, csvRow) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            if (json < 0 || jsonRow < 0 || (long)json + jsonRow > jsonLength || csv < 0 || csvRow < 0 || (long)csv + csvRow > csvLength) return null;
            rows[fingerprint] = (json, jsonRow, csv, csvRow);
        }
        return reader.BaseStream.Position == reader.BaseStream.Length ? new Index(rows, jsonLength, csvLength) : null;
    }

    [System.Runtime.CompilerServices.MethodImpl(Committee.Pipeline.Compile.Early)]
    private static void Save(
        string path, string siteKey, UInt128[] fingerprints, Row[] json, int[] jsonAt, Row[] csv, int[] csvAt, int jsonLength, int csvLength)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.tmp-{Environment.ProcessId}";
            using (var writer = new BinaryWriter(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(siteKey);
                writer.Write(jsonLength);
                writer.Write(csvLength);
                writer.Write(fingerprints.Length);
                for (var i = 0; i < fingerprints.Length; i++)
                {
                    writer.Write((ulong)(fingerprints[i] >> 64));
                    writer.Write((ulong)fingerprints[i]);
                    writer.Write(jsonAt[i]);
                    writer.Write(json[i].Length);
                    writer.Write(csvAt[i]);
                    writer.Write(csv[i].Length);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The index only saves time: without it the next build makes every row. An old one must not outlive this build.
            try { File.Delete(path); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
        }
    }
}
