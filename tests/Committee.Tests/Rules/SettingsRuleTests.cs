using Committee.Diagnostics;
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
