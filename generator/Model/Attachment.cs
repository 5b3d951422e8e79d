using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Committee.Model;

/// <summary>
/// A file in a paper's own folder (<c>content/reports/&lt;board&gt;/&lt;yyyy-mm-dd&gt;-&lt;slug&gt;/appendix-a.pdf</c>,
/// beside <c>&lt;yyyy-mm-dd&gt;-&lt;slug&gt;.md</c>): an appendix or other attachment, published under the paper's address.
/// </summary>
/// <param name="Name">The file's name in the paper's folder, which is also its name under the paper's address.</param>
/// <param name="SourcePath">Absolute path; only ever an ordinary file inside the content folder.</param>
/// <param name="DisplayPath">The path as findings show it.</param>
/// <param name="Length">Its size when it was listed.</param>
public sealed partial record AttachmentFile(string Name, string SourcePath, string DisplayPath, long Length)
{
    /// <summary>The kinds of file a paper may publish, by extension: the key of the words that name each kind for a
    /// reader ("PDF", in <c>words-english.yml</c>).</summary>
    public static readonly FrozenDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "attachment_pdf",
        [".docx"] = "attachment_docx",
        [".xlsx"] = "attachment_xlsx",
        [".csv"] = "attachment_csv",
        [".png"] = "attachment_png",
        [".jpg"] = "attachment_jpeg",
        [".jpeg"] = "attachment_jpeg",
        [".svg"] = "attachment_svg",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key of the words naming its kind ("attachment_pdf"), or null for a type that is not published.</summary>
    public string? Kind => IsLockFile ? null : Kinds.GetValueOrDefault(Path.GetExtension(Name));

    /// <summary>Word's or Excel's lock file ("~$appendix-a.docx"), left while the file is open: it holds the name of
    /// whoever opened it, so it is never published.</summary>
    public bool IsLockFile => Name.StartsWith("~$", StringComparison.Ordinal);

    /// <summary>Its bytes are read by the checks (<see cref="Validate.CheckAttachments"/>), not only its name and size.</summary>
    public bool IsReadByChecks => IsSvg;

    public bool IsSvg => string.Equals(Path.GetExtension(Name), ".svg", StringComparison.OrdinalIgnoreCase);

    // An SVG opened on its own runs its scripts with the site's address: a published one could read or change any
    // page a reader has open there. Drawings never need script, event handlers, embedded HTML or entities.
    [GeneratedRegex(@"<\s*script|<\s*foreignObject|\son[a-z]+\s*=|javascript\s*:|<!ENTITY|<\s*iframe|<\s*embed|<\s*object", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveSvgContent();

    /// <summary>What in an SVG's text could run script, or null when there is nothing.</summary>
    public static string? ActiveContent(ReadOnlySpan<byte> svg)
    {
        var match = ActiveSvgContent().Match(Encoding.UTF8.GetString(svg));
        return match.Success ? match.Value.Trim() : null;
    }

    /// <summary>A title made from the name: "appendix-a.pdf" is "Appendix A".</summary>
    public static string TitleFrom(string name)
    {
        var words = Path.GetFileNameWithoutExtension(name).Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Select((w, i) => w.Length == 1 ? w.ToUpperInvariant() : i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
        return title.Length == 0 ? name : title;
    }

    /// <summary>A size as a reader wants it, as the key of its words and the number: ("size_kb", "240"), ("size_mb", "1.4").</summary>
    public static (string Key, string Number) Size(long bytes) => bytes switch
    {
        < 1024 => ("size_bytes", bytes.ToString(CultureInfo.InvariantCulture)),
        < 1024 * 1024 => ("size_kb", Math.Max(1, (bytes + 512) / 1024).ToString(CultureInfo.InvariantCulture)),
        _ => ("size_mb", (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)),
    };
}

/// <summary>An entry of the paper's <c>attachments:</c> front matter: a title, or exemption, for a file in its folder.</summary>
/// <param name="File">The file's name in the paper's folder.</param>
/// <param name="Line">The front matter line the entry starts on.</param>
public sealed record AttachmentEntry(string File, string? Title, bool IsExempt, int? ExemptParagraph, int Line);
