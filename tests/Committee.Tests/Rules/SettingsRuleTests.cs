using Committee.Diagnostics;
using Committee.Read;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The rules about the settings (<c>site-src/site.yml</c>), the boards and the report types: each row changes one
/// thing in the mini-site's real files and expects one finding in that file, at that line.
/// </summary>
public class SettingsRuleTests
{
    private const string SiteYml = "site-src/site.yml";
    private const string SaferBoard = "content/boards/safer-ppb.yml";

    /// <summary>Replaces the one occurrence of a text in one of the mini-site's files.</summary>
    private static void Edit(TestSite site, string file, string find, string replace) =>
        site.Write(file, RuleCheck.Edit(File.ReadAllText(Path.Combine(site.Root, file)), find, replace));

    private static List<Diagnostic> FindingsIn(TestSite site, string file) =>
        site.Validate().Diagnostics.Where(d => d.File == file && d.RuleId != "board-without-reports").ToList();

    [Theory]
    // Ids make addresses (wards/<id>/, boards/<id>/): '..' or a slash would write over other pages, spaces and quotes break links.
    [InlineData("..")]
    [InlineData("../boards")]
    [InlineData("x y\\\"<z>?#%")]
    [InlineData("Abbey")]
    [InlineData("abbey/")]
    [InlineData("-abbey")]
    [InlineData("abbey--north")]
    [InlineData("ábbey")]
    public void A_ward_id_that_is_not_lower_case_words_and_hyphens_is_id_format(string id)
    {
        using var site = new TestSite();
        Edit(site, SiteYml, "  - id: abbey\n", $"  - id: \"{id}\"\n");

        var found = RuleCheck.AssertOnly(FindingsIn(site, SiteYml), "id-format", 13, Severity.Error);
        Assert.StartsWith($"The ward id '{id.Replace("\\\"", "\"")}' in the site settings cannot be used:", found.Message);
        // And it makes no page: the ward is left out of the site.
        var (read, _) = ReadSite.From(site.Content, site.SiteSources, p => p);
        Assert.DoesNotContain(read.Settings.Wards, w => w.Name == "Abbey");
    }

    [Theory]
    [InlineData("abbey-north")]
    [InlineData("ward-2")]
    [InlineData("2024")]
    public void A_ward_id_of_lower_case_words_and_hyphens_is_fine(string id)
    {
        using var site = new TestSite();
        Edit(site, SiteYml, "  - id: abbey\n", $"  - id: {id}\n");
        RuleCheck.AssertNone(FindingsIn(site, SiteYml));
    }

    [Theory]
    [InlineData("...yml", "..")]
    [InlineData("Safer PPB.yml", "Safer PPB")]
    [InlineData("x y\"<z>?#%.yml", "x y\"<z>?#%")]
    [InlineData(".yml", "")]
    public void A_board_file_name_that_is_not_a_valid_id_is_id_format_and_makes_no_board(string name, string id)
    {
        using var site = new TestSite();
        site.Write("content/boards/" + name, File.ReadAllText(Path.Combine(site.Root, SaferBoard)));

        var found = RuleCheck.AssertOnly(FindingsIn(site, "content/boards/" + name), "id-format", 0, Severity.Error);
        Assert.StartsWith($"The board file name '{name}' cannot be used:", found.Message);
        Assert.Contains("rename the file", found.Hint);
        var (read, _) = ReadSite.From(site.Content, site.SiteSources, p => p);
        Assert.False(read.Boards.ContainsKey(id));
        Assert.True(read.Boards.ContainsKey("safer-ppb"));
    }

    [Theory]
    [InlineData("https://papers.eastmere.example/?page=1", "a query")]
    [InlineData("https://papers.eastmere.example/#top", "a fragment")]
    [InlineData("https://papers.eastmere.example/ https://evil.example/", "spaces")]
    [InlineData("https://papers.eastmere.example/https://evil.example/", "second web address")]
    [InlineData("https://user:secret@papers.eastmere.example/", "user name")]
    [InlineData("https://papers.eastmere.example/a\"b/", "only letters")]
    [InlineData("ftp://papers.eastmere.example/", "starting https://")]
    [InlineData("papers.eastmere.example", "starting https://")]
    [InlineData("https:///papers/", "starting https://")]
    public void A_base_url_that_is_not_a_plain_web_address_is_a_settings_error(string value, string says)
    {
        using var site = new TestSite();
        Edit(site, SiteYml, "base_url: https://papers.eastmere.example/\n", $"base_url: '{value}'\n");

        var found = RuleCheck.AssertOnly(FindingsIn(site, SiteYml), "settings", 5, Severity.Error);
        Assert.StartsWith($"base_url '{value}' ", found.Message);
        Assert.Contains(says, found.Message);
        // Never used: the robots.txt and canonical links of a preview cannot carry it either.
        var (read, _) = ReadSite.From(site.Content, site.SiteSources, p => p);
        Assert.DoesNotContain(value, read.Settings.BaseUrl);
    }

    [Theory]
    [InlineData("https://www.eastmere.example/search")]
    [InlineData("https://www.eastmere.example/search?q=words")]
    [InlineData("javascript:alert(1)//?q={query}")]
    [InlineData("www.eastmere.example/search?q={query}")]
    [InlineData("https://www.eastmere.example/search?q={query}&also={query}")]
    public void A_search_fallback_url_without_one_query_field_is_a_settings_error(string value)
    {
        using var site = new TestSite();
        Edit(site, SiteYml, "search_fallback_url: https://www.eastmere.example/search?q={query}\n", $"search_fallback_url: '{value}'\n");

        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(site.Root, SiteYml)), l => l.StartsWith("search_fallback_url:", StringComparison.Ordinal)) + 1;
        var found = RuleCheck.AssertOnly(FindingsIn(site, SiteYml), "settings", line, Severity.Error);
        Assert.StartsWith($"search_fallback_url '{value}' must be the address of the council's own site search with {{query}}", found.Message);
        var (read, _) = ReadSite.From(site.Content, site.SiteSources, p => p);
        Assert.Null(read.Settings.SearchFallbackUrl);
    }

    [Theory]
    [InlineData("https://papers.eastmere.example")]
    [InlineData("https://example.github.io/papers/")]
    [InlineData("http://localhost:8080/papers/")]
    public void A_plain_web_address_is_a_fine_base_url(string value)
    {
        using var site = new TestSite();
        Edit(site, SiteYml, "base_url: https://papers.eastmere.example/\n", $"base_url: {value}\n");
        RuleCheck.AssertNone(FindingsIn(site, SiteYml));
    }

    [Theory]
    // A settings file is not a paper: the message names the file for what it is, never "the paper's details".
    [InlineData(SiteYml, "council: Eastmere Borough Council", "council: Eastmere: Borough Council", 2, "The site settings (site.yml) could not be read: ")]
    [InlineData(SiteYml, "wards:\n", "wards: [abbey\n", 13, "The site settings (site.yml) could not be read: ")]
    [InlineData(SiteYml, "colour: \"#0b5e5e\"", "colour: &brand \"#0b5e5e\"", 8, "The site settings (site.yml) could not be read: it uses a YAML anchor or alias (&brand)")]
    [InlineData(SaferBoard, "short_name: Safer PPB", "short_name: [Safer PPB", 2, "The board file safer-ppb.yml could not be read: ")]
    [InlineData("content/types/ppb-report.yml", "name: Policy and Performance Board report", "name: Policy: Board", 3, "The report type file ppb-report.yml could not be read: ")]
    public void A_settings_file_that_is_not_valid_yaml_is_settings_yaml_naming_the_file(string file, string find, string replace, int line, string starts)
    {
        using var site = new TestSite();
        Edit(site, file, find, replace);

        var found = RuleCheck.AssertOnly(FindingsIn(site, file), "settings-yaml", line, Severity.Error);
        Assert.StartsWith(starts, found.Message);
        Assert.DoesNotContain("front matter", found.Message);
        Assert.DoesNotContain("paper", found.Message);
    }

    [Fact]
    public void A_settings_file_that_is_a_list_not_fields_is_settings_yaml()
    {
        using var site = new TestSite();
        site.Write(SaferBoard, "- Safer Policy and Performance Board\n- ppb-report\n");

        var found = RuleCheck.AssertOnly(FindingsIn(site, SaferBoard), "settings-yaml", 1, Severity.Error);
        Assert.Equal("The board file safer-ppb.yml could not be read: it must be 'field: value' lines, one setting to a line.", found.Message);
    }
}
