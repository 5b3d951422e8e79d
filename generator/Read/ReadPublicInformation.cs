using System.Collections.Immutable;
using System.Globalization;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using YamlDotNet.RepresentationModel;

namespace Committee.Read;

/// <summary>
/// Reads what <c>site.yml</c> tells the public about the site (<see cref="PublicInformation"/>): <c>contact</c>
/// (email, phone, url), <c>accessibility</c> (tested, issues), <c>privacy_url</c>, <c>repository_url</c> and
/// <c>history_url</c>. Every one is optional; a value that cannot be used is a finding and is left out.
/// </summary>
internal static class ReadPublicInformation
{
    public static PublicInformation From(YamlFields fields)
    {
        var contact = Section(fields, "contact");
        var accessibility = Section(fields, "accessibility");
        var repository = Address(fields, "repository_url");
        var history = Address(fields, "history_url");
        if (history.Length > 0 && !history.Contains("{path}", StringComparison.Ordinal))
        {
            fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("history_url"), 1,
                "history_url must say where the paper's path goes, as {path}: for example https://gitlab.com/council/papers/-/commits/main/{path}"));
            history = "";
        }
        // GitHub's form, which Gitea and Forgejo also answer; history_url gives any other forge's.
        if (history.Length == 0 && repository.Length > 0) history = repository.TrimEnd('/') + "/commits/HEAD/{path}";
        return new PublicInformation(
            contact?.Text("email", false, "") ?? "",
            contact?.Text("phone", false, "") ?? "",
            contact is null ? "" : Address(contact, "url"),
            accessibility is null ? null : Date(accessibility, "tested"),
            accessibility?.List("issues", false, "")?.Select(i => i.Value).Where(i => i.Length > 0).ToImmutableArray() ?? [],
            Address(fields, "privacy_url"),
            repository,
            history);
    }

    private static YamlFields? Section(YamlFields fields, string key)
    {
        var node = fields.Find(key);
        if (node is YamlMappingNode map) return fields.Nested(map);
        if (node is not null) fields.Report(fields.At(Rules.FieldType, node, key, "a group of settings, each on its own indented line"));
        return null;
    }

    /// <summary>A web address (http or https), or "" when not given or not one.</summary>
    private static string Address(YamlFields fields, string key)
    {
        var text = fields.Text(key, false, "");
        if (text is null) return "";
        if (Uri.TryCreate(text.Replace("{path}", "p", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0) return text;
        fields.Report(Rules.Settings.At(fields.File, fields.LineOfField(key), 1, $"{key} '{text}' must be a web address starting https://"));
        return "";
    }

    private static DateOnly? Date(YamlFields fields, string key)
    {
        var text = fields.Text(key, false, "");
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        fields.Report(Rules.Settings.At(fields.File, fields.LineOfField(key), 1, $"{key} '{text}' must be a date written yyyy-mm-dd"));
        return null;
    }
}
