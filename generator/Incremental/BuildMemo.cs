using System.Collections.Concurrent;
using System.Text.Json;
using Committee.Pipeline;
using Committee.Read;

namespace Committee.Incremental;

/// <summary>
/// The preview's incremental layer, the only one: what the last build of this <c>committee serve</c> made, kept in
/// memory and found again by a key computed from the bytes of everything it was made from (<see cref="ContentKey"/>):
/// <list type="bullet">
/// <item>each report as checked (<see cref="Pipelines.Check"/>'s per-report pass), keyed by its file's bytes, the bytes
/// of the attachments the checks read, and the site's key (<see cref="SiteKey"/>);</item>
/// <item>each page and listing file, keyed by the JSON of the model it was rendered from and the site's key.</item>
/// </list>
/// Nothing is written to disk and nothing is keyed by a file's time or size, so nothing can go stale: an input that
/// changes changes the key. A build without it (<c>committee build</c>, or the preview with <c>--no-memo</c>) makes the
/// same site byte for byte; the tests build both ways after random edits and compare. Each build keeps only what it
/// used, so the memo never holds more than one site.
/// </summary>
public sealed class BuildMemo
{
    private ConcurrentDictionary<UInt128, ReportDocument> checkedBefore = new(), checkedNow = new();
    private ConcurrentDictionary<UInt128, byte[]> filesBefore = new(), filesNow = new();
    private int found, made;

    /// <summary>The key of every input a report's checks or a page may read besides the report itself: the files of
    /// the site sources (templates, words; not installed packages) and of the content outside the reports and meetings
    /// (settings, boards, report types, wards), and the build's options.</summary>
    public UInt128 SiteKey { get; private set; }

    /// <summary>How many reports and files the last build found in the memo, and how many it made afresh.</summary>
    public (int Found, int Made) LastBuild => (found, made);

    /// <summary>Starts a build: works out the site's key, and keeps the last build's results to be found again.</summary>
    public void Begin(BuildOptions options)
    {
        (checkedBefore, checkedNow) = (checkedNow, new());
        (filesBefore, filesNow) = (filesNow, new());
        (found, made) = (0, 0);
        var key = new ContentKey().Add((options with { OnlyFiles = [] }).ToString()).Add(string.Join('\n', options.OnlyFiles));
        foreach (var (file, root) in SiteFiles(options))
        {
            // A link is keyed by where it leads; an ordinary file (or a link to one inside its folder) by its bytes.
            var kind = SourceFile.Kind(file, root);
            key.Add(file).Add(kind.ToString()).Add(SourceFile.LinkTarget(file));
            if (kind == SourceFile.Entry.File) key.AddFile(file);
        }
        SiteKey = key.Value;
    }

    /// <summary>A report as the per-report pass leaves it: found again when its bytes are unchanged, else checked.</summary>
    public ReportDocument Checked(ReportDocument document, Func<ReportDocument, ReportDocument> check)
    {
        var key = KeyOf(document);
        if (key is { } k && checkedBefore.TryGetValue(k, out var earlier))
        {
            checkedNow[k] = earlier;
            Interlocked.Increment(ref found);
            return earlier;
        }
        var result = check(document);
        Interlocked.Increment(ref made);
        // Kept only when the file did not change while it was checked: else the result might be of other bytes.
        if (key is { } before && KeyOf(document) == before) checkedNow[before] = result;
        return result;
    }

    /// <summary>Makes the bytes of a file of the site.</summary>
    public delegate ReadOnlySpan<byte> Make();

    /// <summary>A page or listing file: found again when its model is unchanged, else made. The bytes are shared
    /// (with the memo, and with the sites of other builds) and must never be changed.</summary>
    public byte[] File(UInt128? key, Make make)
    {
        if (key is not { } k) return make().ToArray();
        if (filesBefore.TryGetValue(k, out var earlier) || filesNow.TryGetValue(k, out earlier))
        {
            filesNow[k] = earlier;
            Interlocked.Increment(ref found);
            return earlier;
        }
        var bytes = make().ToArray();
        Interlocked.Increment(ref made);
        filesNow[k] = bytes;
        return bytes;
    }

    /// <summary>The key of a file rendered with these templates from these models (null for a model not in <see cref="ViewModelJson"/>).</summary>
    public UInt128? KeyOf(string path, params ReadOnlySpan<(string Template, object Model)> rendered) => KeyOf(path, [], rendered);

    /// <summary>The key of a file rendered from these models and these bytes besides (a report's body, which its
    /// model leaves out: hashed as they are, not written out as JSON).</summary>
    public UInt128? KeyOf(string path, ReadOnlySpan<byte> besides, params ReadOnlySpan<(string Template, object Model)> rendered)
    {
        var key = new ContentKey().Add(SiteKey).Add(path).Add(besides);
        var buffer = written ??= new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        var writer = jsonWriter ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Options.Encoder, SkipValidation = true });
        foreach (var (template, model) in rendered)
        {
            if (Json.GetTypeInfo(model.GetType()) is not { } type) return null;
            // Into this thread's buffer, used again for the next model rather than a new array each time.
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, model, type);
            writer.Flush();
            key.Add(template).Add(buffer.WrittenSpan);
        }
        return key.Value;
    }

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? written;

    [ThreadStatic]
    private static Utf8JsonWriter? jsonWriter;

    /// <summary>Escapes only what JSON must (not HTML's characters, as the default does): a key is never shown.</summary>
    internal static readonly System.Text.Encodings.Web.JavaScriptEncoder KeyEncoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly ViewModelJson Json = new(new JsonSerializerOptions
    {
        Encoder = KeyEncoder,
        Converters = { new ViewModelJson.LeftOutConverter(), new ViewModelJson.ItemOnceConverter() },
    });

    private UInt128? KeyOf(ReportDocument document)
    {
        try
        {
            var key = new ContentKey().Add(SiteKey).Add(document.SourcePath).Add(document.DisplayPath);
            key.Add(SourceFile.ReadAtMost(document.SourcePath, ReadReports.MaxBytes, out _));
            foreach (var finding in document.Diagnostics) key.Add(finding.ToString());
            foreach (var file in document.Attachments)
            {
                key.Add(file.ToString());
                if (file.IsReadByChecks) key.AddFile(file.SourcePath);
            }
            return key.Value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null; // the pass says what is wrong with the file; nothing is kept
        }
    }

    /// <summary>The files whose bytes make the site's key, each with the folder it was found in: every file of the site
    /// sources and of the content outside its reports and meetings folders (keyed report by report), hidden folders
    /// (.git) and installed packages.</summary>
    private static IEnumerable<(string File, string Root)> SiteFiles(BuildOptions options)
    {
        var content = Path.GetFullPath(options.ContentDirectory);
        var sources = Path.GetFullPath(options.SiteDirectory);
        string[] skipped = [Path.Combine(content, "reports"), Path.Combine(content, "meetings"), Path.Combine(sources, "node_modules")];
        var files = new List<(string, string)>();
        foreach (var root in new[] { content, sources }.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var folders = new Stack<string>([root]);
            while (folders.TryPop(out var folder))
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }))
                {
                    if (skipped.Contains(entry, StringComparer.Ordinal)) continue;
                    if (Directory.Exists(entry) && new FileInfo(entry).LinkTarget is null)
                    {
                        if (!Path.GetFileName(entry).StartsWith('.')) folders.Push(entry);
                        continue;
                    }
                    files.Add((entry, root));
                }
            }
        }
        return files.OrderBy(f => f.Item1, StringComparer.Ordinal);
    }
}
