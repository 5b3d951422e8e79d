using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using YamlDotNet.RepresentationModel;

namespace Committee.Meetings;

/// <summary>
/// A paper's fields about its place on an agenda: its item number (<c>7a</c>), why it was withdrawn or deferred
/// (<c>status_reason</c>), whether it is a late paper (<c>supplementary</c>), the day it was published
/// (<c>published</c>) and its old addresses (<c>aliases</c>).
/// </summary>
public static partial class AgendaFields
{
    public static Report Read(YamlFields fields, Report report)
    {
        ItemNumber? item = null;
        if (fields.Find("item") is { } itemNode)
        {
            item = itemNode is YamlScalarNode { Value: { } text } ? ItemNumber.Parse(text) : null;
            if (item is null) fields.Report(fields.At(Rules.FieldType, itemNode, "item", "an agenda item number from 1 to 999, with a letter for an added item: 7 or 7a"));
        }
        var reason = fields.Text("status_reason", false, FrontMatterFields.Meanings["status_reason"]) ?? "";
        if (report.IsWithdrawnOrDeferred && reason.Length == 0)
        {
            fields.Report(Rules.StatusReasonMissing.At(fields.File, fields.LineOfField("status"), 1, report.Status.ToString().ToLowerInvariant()));
        }
        var supplementary = false;
        if (fields.Find("supplementary") is { } late)
        {
            if (late is YamlScalarNode { Value: { } flag } && bool.TryParse(flag.Trim(), out var value)) supplementary = value;
            else fields.Report(fields.At(Rules.FieldType, late, "supplementary", "true or false"));
        }
        // 'published' itself is read with the other dates (DecodeFrontMatter); its line is kept for the late-publication check.
        var publishedLine = fields.LineOfField("published");
        return report with { Item = item, StatusReason = reason, Supplementary = supplementary, PublishedLine = publishedLine, Aliases = Aliases(fields) };
    }

    private static ImmutableArray<Alias> Aliases(YamlFields fields)
    {
        if (fields.List("aliases", false, "") is not { } list) return [];
        var aliases = ImmutableArray.CreateBuilder<Alias>();
        foreach (var (text, node) in list)
        {
            if (Normalise(text) is { } alias) aliases.Add(new Alias(alias, fields.LineOf(node)));
            else fields.Report(fields.At(Rules.FieldValue, node, "aliases", text, "an old address of the paper on this site, such as /boards/executive-board/2024-09-19/budget/"));
        }
        return aliases.ToImmutable();
    }

    /// <summary>An old address as written (<c>/boards/x/2024-09-19/budget/</c>, with or without the slashes, or the site's
    /// whole address) made relative to the site's root and ending '/'; null when it is not a plain path on this site.</summary>
    public static string? Normalise(string text)
    {
        var path = text.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") path = uri.AbsolutePath;
        path = path.Trim('/');
        if (path.Length is 0 or > 300 || !AliasPath().IsMatch(path)) return null;
        return path.Split('/').Any(s => s is "." or "..") ? null : path + "/";
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+){0,9}$")]
    private static partial Regex AliasPath();
}
