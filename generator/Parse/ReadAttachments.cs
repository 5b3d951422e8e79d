using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Reads a paper's <c>attachments:</c> front matter: a list of entries, each with a <c>file</c> (its name in the
/// paper's folder), a <c>title</c>, and for an appendix that must not be published, <c>access: exempt</c> with its
/// <c>exempt_paragraph</c>. Whether each file exists is checked with the folder (<see cref="Validate.CheckAttachments"/>).
/// </summary>
public static class ReadAttachments
{
    private static readonly string[] Fields = ["file", "title", "access", "exempt_paragraph"];

    private const string Shape = "a list of entries, each with a file and a title";

    public static ImmutableArray<AttachmentEntry> From(YamlFields fields)
    {
        if (fields.Find("attachments") is not { } node) return [];
        if (node is YamlScalarNode { Value: var blank } && string.IsNullOrWhiteSpace(blank)) return [];
        if (node is not YamlSequenceNode list)
        {
            fields.Report(fields.At(Rules.FieldType, node, "attachments", Shape));
            return [];
        }
        var entries = ImmutableArray.CreateBuilder<AttachmentEntry>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                fields.Report(fields.At(Rules.FieldType, item, "attachments", Shape));
                continue;
            }
            var entry = fields.Nested(mapping);
            foreach (var (key, keyNode, _) in entry.Entries.Where(e => !Fields.Contains(e.Key)))
            {
                fields.Report(fields.At(Rules.FieldUnknown, keyNode, key).WithHint($"an attachment's fields are: {string.Join(", ", Fields)}"));
            }
            const string FileMeaning = "the attachment's file name in the paper's folder";
            // A missing 'file' is said at the entry's own line, not the front matter's first.
            if (!entry.Has("file")) fields.Report(Rules.FieldRequired.At(fields.File, fields.LineOf(mapping), fields.ColumnOf(mapping), "file", FileMeaning));
            var file = entry.Has("file") ? entry.Text("file", true, FileMeaning) : null;
            var title = entry.Text("title", false, "");
            var access = entry.Text("access", false, "");
            var exempt = access is not null && !string.Equals(access, "public", StringComparison.OrdinalIgnoreCase);
            if (access is not null && exempt && !string.Equals(access, "exempt", StringComparison.OrdinalIgnoreCase))
            {
                // Read as exempt all the same: an appendix whose access is in doubt is not published.
                fields.Report(fields.At(Rules.FieldValue, entry.Find("access")!, "access", access, "'public' or 'exempt'"));
            }
            var paragraph = entry.Integer("exempt_paragraph", 1, 7, FrontMatterFields.Meanings["exempt_paragraph"]);
            if (entry.Has("exempt_paragraph")) exempt = true;
            if (exempt && !entry.Has("exempt_paragraph"))
            {
                fields.Report(Rules.ExemptParagraphMissing.At(fields.File, fields.LineOf(mapping), 1));
            }
            if (file is null) continue;
            if (file.Contains('/') || file.Contains('\\') || file is "." or "..")
            {
                fields.Report(fields.At(Rules.FieldValue, entry.Find("file")!, "file", file, "the name of a file in the paper's folder, such as 'appendix-a.pdf'"));
                continue;
            }
            entries.Add(new AttachmentEntry(file, title, exempt, paragraph, fields.LineOf(mapping)));
        }
        return entries.ToImmutable();
    }
}
