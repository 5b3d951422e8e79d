using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The rules across the whole archive: two papers at one address, and boards that no paper names.
/// </summary>
public class ArchiveRuleTests
{
    private const string First = "safer-ppb/2024-11-12-performance.md";

    [Theory]
    // Same board, date and slug: from the file name, or from 'slug' in the front matter.
    [InlineData("safer-ppb/2024-11-12-performance.md", "wards: all", "wards: all", "safer-ppb/q2/2024-11-12-performance.md")]
    [InlineData("safer-ppb/2024-11-12-performance.md", "wards: all", "wards: all\nslug: performance", "safer-ppb/zz-copy.md")]
    [InlineData("safer-ppb/2024-11-12-performance.md", "wards: all", "wards: all", "safer-ppb/performance.md")]
    [InlineData("safer-ppb/2024-11-12-performance.md", "wards: all", "wards: all", "zz-archive/2024-11-12-Performance.md")]
    public void A_second_paper_at_the_same_address_is_url_collision_naming_the_first(string first, string find, string replace, string second)
    {
        using var site = new TestSite();
        site.WriteReport(first, Reports.ValidPpb);
        site.WriteReport(second, RuleCheck.Edit(Reports.ValidPpb, find, replace));
        var result = site.Validate();

        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, first));
        var found = RuleCheck.AssertOnly(RuleCheck.InFile(result.Diagnostics, second), "url-collision", 1, Severity.Error);
        Assert.Equal($"This paper would be published at boards/safer-ppb/2024-11-12/performance/, the same address as {RuleCheck.DisplayPath(first)}.", found.Message);
        Assert.Equal("give one of them a different 'slug' in its front matter, or rename its file", found.Hint);
    }

    [Theory]
    [InlineData("safer-ppb/2024-11-12-pack.md", "wards: all")]
    [InlineData("safer-ppb/2024-11-12-agenda.md", "wards: all\nslug: pack")]
    public void A_paper_at_the_address_of_its_meetings_agenda_pack_is_url_collision(string file, string frontMatter)
    {
        using var site = new TestSite();
        site.WriteReport(file, RuleCheck.Edit(Reports.ValidPpb, "wards: all", frontMatter));
        var found = RuleCheck.AssertOnly(RuleCheck.InFile(site.Validate().Diagnostics, file), "url-collision", 1, Severity.Error);
        Assert.Equal("This paper would be published at boards/safer-ppb/2024-11-12/pack/, the same address as the meeting's agenda pack.", found.Message);
    }

    [Theory]
    // A different slug, date or board is a different address.
    [InlineData("wards: all", "wards: all\nslug: performance-update", "safer-ppb/zz-copy.md")]
    [InlineData("date: 2024-11-12", "date: 2025-02-11", "safer-ppb/2025-02-11-performance.md")]
    [InlineData("date: 2024-11-12", "date: 2025-02-11", "safer-ppb/2024-11-12-performance-copy.md")]
    [InlineData("board: safer-ppb", "board: executive-board", "executive-board/2024-11-12-performance.md")]
    public void Papers_at_different_addresses_do_not_collide(string find, string replace, string second)
    {
        using var site = new TestSite();
        site.WriteReport(First, Reports.ValidPpb);
        site.WriteReport(second, RuleCheck.Edit(Reports.ValidPpb, find, replace));
        var result = site.Validate();
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "url-collision");
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, First));
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, second));
    }

    [Fact]
    public void Each_board_no_paper_names_is_warned_about_in_its_own_file()
    {
        using var site = new TestSite();
        site.WriteReport(First, Reports.ValidPpb);
        site.WriteReport(RuleCheck.OscName, Reports.ValidOsc);
        var found = site.Validate().Diagnostics.Where(d => d.RuleId == "board-without-reports").ToList();

        Assert.Equal(
            ["content/boards/childrens-ppb.yml", "content/boards/environment-osc.yml", "content/boards/executive-board.yml"],
            found.Select(d => d.File));
        Assert.All(found, d => Assert.Equal((Severity.Warning, 0), (d.Severity, d.Line)));
        Assert.Equal("The board 'Executive Board' has no papers. Remove its file if the board no longer meets.", found[2].Message);
    }

    [Fact]
    public void A_paper_with_an_unknown_board_does_not_count_for_the_board_it_meant()
    {
        using var site = new TestSite();
        site.WriteReport(First, RuleCheck.Edit(Reports.ValidPpb, "board: safer-ppb", "board: safer-pbb"));
        var found = site.Validate().Diagnostics.Where(d => d.RuleId == "board-without-reports").Select(d => d.File).ToList();
        Assert.Contains("content/boards/safer-ppb.yml", found);
        Assert.Equal(5, found.Count);
    }

    [Fact]
    public void When_every_board_has_a_paper_no_board_is_warned_about()
    {
        using var site = new TestSite();
        foreach (var board in new[] { "safer-ppb", "childrens-ppb", "executive-board" })
        {
            site.WriteReport($"{board}/2024-11-12-performance.md", RuleCheck.Edit(Reports.ValidPpb, "board: safer-ppb", $"board: {board}"));
        }
        foreach (var board in new[] { "childrens-osc", "environment-osc" })
        {
            site.WriteReport($"{board}/2025-02-04-attendance.md", RuleCheck.Edit(Reports.ValidOsc, "board: childrens-osc", $"board: {board}"));
        }
        var result = site.Validate();
        RuleCheck.AssertNone(result.Diagnostics);
    }
}
