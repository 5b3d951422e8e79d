using Committee.Tests.Rules;
using Committee.Tests.Support;

namespace Committee.Tests.Meetings;

/// <summary><c>committee new meeting</c>: a meeting file with the standard items and the meeting's papers, that checks clean.</summary>
public class NewMeetingCommandTests
{
    [Fact]
    public void A_new_meeting_has_its_details_the_standard_items_and_its_papers_and_checks_clean()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.WriteReport("safer-ppb/2024-11-12-land.md", RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\naccess: exempt\nexempt_paragraph: 3\nitem: 9"));
        var result = site.Run("new", "meeting", "--board", "safer-ppb", "--date", "2024-11-12", "--time", "18:30", "--venue", "Council Chamber, \"Town\" Hall");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("content/meetings/safer-ppb/2024-11-12.md", result.Out.Trim());
        var text = File.ReadAllText(Path.Combine(site.Root, "content/meetings/safer-ppb/2024-11-12.md"));
        Assert.Equal("""
            ---
            time: "18:30"
            venue: "Council Chamber, \"Town\" Hall"
            status: scheduled
            ---

            ## Agenda

            1. Apologies for absence
            2. Declarations of interest
            3. Minutes of the previous meeting
            4. [[performance]]

            ## Part 2

            9. [[land]]

            """.Replace("\r\n", "\n"), text);
        var findings = site.Validate().Diagnostics.Where(d => d.File.StartsWith("content/meetings/", StringComparison.Ordinal)).ToList();
        RuleCheck.AssertNone(findings);
    }

    [Fact]
    public void Without_a_time_or_venue_the_file_leaves_them_to_fill_in_and_validate_says_so()
    {
        using var site = new TestSite();
        var result = site.Run("new", "meeting", "--board", "executive-board", "--date", "2027-01-14");
        Assert.True(result.ExitCode == 0, result.ToString());
        var findings = site.Validate().Diagnostics.Where(d => d.File == "content/meetings/executive-board/2027-01-14.md").ToList();
        Assert.Equal(["meeting-details-missing"], findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("--board", "safer-pbb", "Did you mean 'safer-ppb'?")]
    [InlineData("--date", "2025-02-30", "does not exist")]
    [InlineData("--time", "6.30pm", "must be written on the 24-hour clock")]
    public void A_mistyped_board_date_or_time_is_a_usage_problem_and_writes_nothing(string option, string value, string expected)
    {
        using var site = new TestSite();
        var args = new Dictionary<string, string> { ["--board"] = "safer-ppb", ["--date"] = "2025-03-18", ["--time"] = "18:30" };
        args[option] = value;
        var result = site.Run(["new", "meeting", .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "meetings")));
    }

    [Fact]
    public void It_refuses_to_overwrite_a_meeting_file()
    {
        using var site = new TestSite();
        var path = site.Write("content/meetings/safer-ppb/2025-03-18.md", "the clerk's work");
        var result = site.Run("new", "meeting", "--board", "safer-ppb", "--date", "2025-03-18");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("There is already a meeting file at content/meetings/safer-ppb/2025-03-18.md", result.Error);
        Assert.Equal("the clerk's work", File.ReadAllText(path));
    }
}
