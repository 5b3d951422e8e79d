using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Validate;
using YamlDotNet.RepresentationModel;

namespace Committee.Read;

/// <summary>
/// Reads the site settings (<c>site-src/site.yml</c>), the boards (<c>content/boards/*.yml</c>) and the
/// report types (<c>content/types/*.yml</c>). A faulty file becomes diagnostics; what could be read is kept.
/// </summary>
public static class ReadSite
{
    public static (Site Site, ImmutableList<Diagnostic> Diagnostics) From(string contentDirectory, string siteDirectory, Func<string, string> display)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = ReadSettings(Path.Combine(siteDirectory, "site.yml"), display, diagnostics);
        var boards = ReadFolder(Path.Combine(contentDirectory, "boards"), "board", display, diagnostics, ReadBoard);
        var types = ReadFolder(Path.Combine(contentDirectory, "types"), "report type", display, diagnostics, ReadType);

        foreach (var board in boards.Values.Where(b => !types.ContainsKey(b.TypeId)))
        {
            diagnostics.Add(Rules.TypeUnknown.InFile(board.SourceFile, board.TypeId)
                .WithHint(Suggest.Hint(board.TypeId, types.Keys)));
        }
        var indicators = ReadFolder(Path.Combine(contentDirectory, Indicators.ReadIndicators.Folder), "indicator", display, diagnostics,
            (id, fields) => Indicators.ReadIndicators.Read(id, fields, boards));
        var site = new Site(settings, boards, types, Path.GetFullPath(contentDirectory), Path.GetFullPath(siteDirectory))
        {
            Indicators = new Indicators.IndicatorCatalogue(indicators),
        };
        return (site, [.. diagnostics]);
    }

    /// <param name="what">What findings call the file, such as "The board file safer-ppb.yml": it is not a paper.</param>
    /// <param name="root">The folder the file must be in (the content or the site sources): a link leading out of it is not read.</param>
    private static YamlFields? Load(string path, string root, string what, Func<string, string> display, List<Diagnostic> diagnostics)
    {
        var shown = display(path);
        var kind = SourceFile.Kind(path, Path.GetFullPath(root));
        if (kind != SourceFile.Entry.File)
        {
            diagnostics.Add(kind == SourceFile.Entry.LinkOutside
                ? Rules.Settings.InFile(shown, $"{what} is a link to '{SourceFile.LinkTarget(path)}', outside {display(root)}; links out of it are never followed. Copy the file in instead.")
                : Rules.Settings.InFile(shown, $"{what} is {SourceFile.Describe(path, kind)}, not an ordinary file, so it is not read."));
            return null;
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Rules.Settings.InFile(shown, $"{what} could not be read: {e.Message}"));
            return null;
        }
        var mapping = YamlText.LoadMapping(text, shown, 1, diagnostics, what);
        return mapping is null ? null : new YamlFields(mapping, shown, 1, diagnostics);
    }

    private static SiteSettings ReadSettings(string path, Func<string, string> display, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(Rules.Settings.InFile(display(path), "The site settings file is missing. Create site-src/site.yml with the council's name, base_url and wards."));
            return SiteSettings.Default;
        }
        var fields = Load(path, Path.GetDirectoryName(path)!, "The site settings (site.yml)", display, diagnostics);
        if (fields is null) return SiteSettings.Default;

        var council = fields.Text("council", true, "the council's name", Rules.SettingRequired) ?? "Council";
        var baseUrl = fields.Text("base_url", true, "the address the site is published at, such as https://papers.example.gov.uk/", Rules.SettingRequired) ?? "https://example.org/";
        if (BaseAddress.Problem(baseUrl, "base_url") is { } problem)
        {
            diagnostics.Add(Rules.Settings.At(fields.File, fields.LineOfField("base_url"), 1, problem));
            baseUrl = SiteSettings.Default.BaseUrl;
        }
        var wards = ImmutableArray.CreateBuilder<Ward>();
        if (fields.Find("wards") is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is YamlMappingNode wardMap)
                {
                    var ward = fields.Nested(wardMap);
                    var id = ward.Text("id", true, "a short lower-case id for the ward", Rules.SettingRequired);
                    var name = ward.Text("name", true, "the ward's name", Rules.SettingRequired);
                    if (id is not null && name is not null)
                    {
                        if (!Slug.IsId(id))
                        {
                            diagnostics.Add(ward.At(Rules.IdFormat, ward.Find("id")!, $"The ward id '{id}' in the site settings", IdLike(id, "castle-hill"))
                                .WithHint("change it here and in the 'wards' of every paper that names it"));
                        }
                        else if (wards.Any(w => w.Id == id)) diagnostics.Add(Rules.Settings.At(fields.File, fields.LineOf(item), 1, $"The ward id '{id}' is listed twice."));
                        else if (id == "all") diagnostics.Add(Rules.Settings.At(fields.File, fields.LineOf(item), 1, "A ward cannot have the id 'all': papers write 'wards: all' for borough-wide."));
                        else wards.Add(new Ward(id, name));
                    }
                }
                else diagnostics.Add(fields.At(Rules.FieldType, item, "wards", "a list of entries with an id and a name"));
            }
        }
        else diagnostics.Add(Rules.SettingRequired.At(fields.File, fields.LineOfField("wards"), 1, "wards", "a list of the council's wards, each with an id and a name"));

        var colour = fields.Text("colour", false, "") ?? "#1d70b8";
        if (!System.Text.RegularExpressions.Regex.IsMatch(colour, "^#[0-9a-fA-F]{6}$"))
        {
            diagnostics.Add(Rules.Settings.At(fields.File, fields.LineOfField("colour"), 1, $"colour '{colour}' must be a hex colour such as #1d70b8"));
            colour = "#1d70b8";
        }
        var fallback = fields.Text("search_fallback_url", false, "");
        if (fallback is not null && Render.Listings.SearchFallback.Of(fallback) is null)
        {
            diagnostics.Add(Rules.Settings.At(fields.File, fields.LineOfField("search_fallback_url"), 1,
                $"search_fallback_url '{fallback}' must be the address of the council's own site search with {{query}} where the search words go, such as https://www.example.gov.uk/search?q={{query}}"));
            fallback = null;
        }
        return new SiteSettings(
            council,
            fields.Text("title", false, "") ?? $"{council} committee papers",
            fields.Text("description", false, "") ?? "",
            baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            fields.Text("language", false, "") ?? "en-GB",
            fields.Integer("financial_year_start", 1, 12, "the month the financial year starts") ?? 4,
            wards.ToImmutable(),
            colour,
            fields.Integer("attachment_limit_mb", 1, 2000, "the largest attachment a paper may publish, in MB") ?? 20,
            ReadPublicInformation.From(fields),
            OwnFavicon(Path.GetDirectoryName(path)!) ?? "favicon.svg",
            fallback);
    }

    /// <summary>The council's own favicon in site-src/assets/, as an address from the site's root, if it supplies one.</summary>
    private static string? OwnFavicon(string siteDirectory) =>
        new[] { "favicon.svg", "favicon.png", "favicon.ico" }.FirstOrDefault(f => File.Exists(Path.Combine(siteDirectory, "assets", f))) is { } own ? "assets/" + own : null;

    /// <summary>An id like this one that is valid, for a message's example.</summary>
    private static string IdLike(string id, string otherwise) => Slug.From(id, otherwise) is var slug && Slug.IsId(slug) ? slug : otherwise;

    /// <param name="kind">"board" or "report type": the file's name (without .yml) is its id.</param>
    private static ImmutableDictionary<string, T> ReadFolder<T>(
        string folder, string kind, Func<string, string> display, List<Diagnostic> diagnostics, Func<string, YamlFields, T?> read)
        where T : class
    {
        if (!Directory.Exists(folder)) return ImmutableDictionary<string, T>.Empty;
        var result = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (kind == "board" && !Slug.IsId(id))
            {
                // A board's id makes its address, boards/<id>/: a file named '...yml' would write over the boards page.
                var like = IdLike(id, "safer-ppb");
                diagnostics.Add(Rules.IdFormat.InFile(display(path), $"The board file name '{Path.GetFileName(path)}'", like)
                    .WithHint($"rename the file to {like}.yml, and change 'board' in its papers to match"));
                continue;
            }
            var fields = Load(path, Path.GetDirectoryName(Path.GetFullPath(folder))!, $"The {kind} file {Path.GetFileName(path)}", display, diagnostics);
            if (fields is null) continue;
            if (read(id, fields) is { } item) result[id] = item;
        }
        return result.ToImmutable();
    }

    private static Board? ReadBoard(string id, YamlFields fields)
    {
        var name = fields.Text("name", true, "the board's full name", Rules.SettingRequired);
        var type = fields.Text("type", true, "the id of the report type its papers use by default (a file in content/types/)", Rules.SettingRequired);
        if (name is null || type is null) return null;
        return new Board(id, name, fields.Text("short_name", false, "") ?? name, type, fields.Text("description", false, "") ?? "", fields.File);
    }

    private static ReportType? ReadType(string id, YamlFields fields)
    {
        var name = fields.Text("name", true, "the report type's name", Rules.SettingRequired);
        var numberingText = fields.Text("numbering", false, "") ?? "none";
        if (!Enum.TryParse<NumberingStyle>(numberingText, ignoreCase: true, out var numbering))
        {
            fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("numbering"), 1, $"numbering '{numberingText}' must be 'sections', 'paragraphs' or 'none'"));
        }
        var sections = ReadSections(fields, "sections", required: true);
        var optional = ReadSections(fields, "optional_sections", required: false);
        var requiredFields = fields.List("required_fields", false, "")?.Select(f => f.Value).ToImmutableArray() ?? [];
        foreach (var field in requiredFields.Where(f => !FrontMatterFields.Known.Contains(f)))
        {
            fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("required_fields"), 1, $"required_fields names '{field}', which is not a front matter field"));
        }
        return name is null ? null : new ReportType(id, name, fields.Text("description", false, "") ?? "", numbering, sections, optional, requiredFields, fields.File);
    }

    private static ImmutableArray<SectionSpec> ReadSections(YamlFields fields, string key, bool required)
    {
        var node = fields.Find(key);
        if (node is null)
        {
            if (required) fields.Report(Rules.SettingRequired.At(fields.File, fields.LineOfField(key), 1, key, "the sections a report of this type must have, in order"));
            return [];
        }
        if (node is not YamlSequenceNode list)
        {
            fields.Report(fields.At(Rules.FieldType, node, key, "a list of sections, each with a title"));
            return [];
        }
        var sections = ImmutableArray.CreateBuilder<SectionSpec>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                fields.Report(fields.At(Rules.FieldType, item, key, "a list of sections, each with a title"));
                continue;
            }
            var section = fields.Nested(map);
            var title = section.Text("title", true, "the section's title", Rules.SettingRequired);
            if (title is null) continue;
            sections.Add(new SectionSpec(
                title,
                section.List("also", false, "")?.Select(a => a.Value).ToImmutableArray() ?? [],
                section.Text("guidance", false, "") ?? "",
                section.List("subsections", false, "")?.Select(a => a.Value).ToImmutableArray() ?? []));
        }
        return sections.ToImmutable();
    }
}
