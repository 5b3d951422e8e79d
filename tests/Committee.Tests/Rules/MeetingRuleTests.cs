using Committee.Diagnostics;
using Committee.Pipeline;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The rules about meeting files (content/meetings/&lt;board&gt;/&lt;date&gt;.md): each row is a small meeting file beside the
/// valid safer-ppb paper of 12 November 2024 (slug 'performance'), and the one finding it must give.
/// </summary>
public class MeetingRuleTests
{
    public const string MeetingName = "content/meetings/safer-ppb/2024-11-12.md";

    /// <summary>The build date of every row: after the paper's meeting.</summary>
    public static readonly DateOnly BuildDate = new(2025, 1, 10);

    public const string Valid = """
        ---
        time: "18:30"
        venue: Council Chamber
        ---

        ## Agenda

        1. Apologies for absence
        2. Declarations of interest
        3. [[performance]]
        """;

    public static List<Diagnostic> Findings(string meeting, string? report = null, string name = MeetingName, DateOnly? buildDate = null, bool exempt = false)
    {
        using var site = new TestSite();
        var paper = report ?? Reports.ValidPpb;
        if (exempt) paper = RuleCheck.Edit(paper, "wards: all", "wards: all\naccess: exempt\nexempt_paragraph: 3");
        site.WriteReport(RuleCheck.PpbName, paper);
        site.Write(name, meeting);
        var result = ArchiveRun.Check(site.Options() with { BuildDate = buildDate ?? BuildDate }, loadTemplates: false);
        return [.. result.Diagnostics.Where(d => d.File.StartsWith("content/meetings/", StringComparison.Ordinal))];
    }

    [Fact]
    public void A_valid_meeting_file_has_no_findings() => RuleCheck.AssertNone(Findings(Valid));

    [Theory]
    [InlineData("time: \"18:30\"", "time: half six", 2, "The time 'half six' must be written on the 24-hour clock, like 18:30.")]
    [InlineData("time: \"18:30\"", "time: \"25:00\"", 2, "The time '25:00' must be written on the 24-hour clock, like 18:30.")]
    [InlineData("venue: Council Chamber", "venue: Council Chamber\nstatus: abandoned", 4, "The status 'abandoned' is not one a meeting can have; write scheduled, held, cancelled or postponed.")]
    [InlineData("venue: Council Chamber", "venue: Council Chamber\nvenu: Room 2", 4, "'venu' is not a detail a meeting file can have; they are time, venue, status, chair, webcast, agenda_published.")]
    [InlineData("venue: Council Chamber", "venue: Council Chamber\nwebcast: javascript:alert(1)", 4, "The webcast 'javascript:alert(1)' must be a web address starting https:// (or http://).")]
    [InlineData("venue: Council Chamber", "venue: Council Chamber\nagenda_published: 4 November", 4, "The date '4 November' the agenda was published must be written as year-month-day, like 2027-01-06.")]
    [InlineData("venue: Council Chamber", "venue: [Chamber, Room 2]", 3, "'venue' must be a single line of text.")]
    [InlineData("2. Declarations of interest", "Declarations of interest", 9, "This line is not an agenda item. Write each item as a numbered list item, like '1. Apologies for absence' or '7. [[budget-monitoring]]'.")]
    [InlineData("## Agenda", "## Agendum", 6, "'## Agendum' is not a part of a meeting file; the parts are '## Agenda', '## Part 2' and '## Minutes'. Text under it is not published.")]
    public void A_detail_or_line_the_format_does_not_allow_is_meeting_file(string find, string replace, int line, string message)
    {
        // A detail that cannot be read is left out, so a missing time or venue is warned about as well.
        var findings = Findings(RuleCheck.Edit(Valid, find, replace)).Where(d => d.RuleId is not ("paper-not-on-agenda" or "meeting-details-missing")).ToList();
        var found = RuleCheck.AssertOnly(findings, "meeting-file", line, Severity.Error);
        Assert.Equal(message, found.Message);
    }

    [Theory]
    [InlineData("content/meetings/safer-ppb/12-11-2024.md", "'12-11-2024.md' is not named after the meeting's date. Name a meeting file yyyy-mm-dd.md, like 2027-01-14.md.")]
    [InlineData("content/meetings/safer-ppb/2024-11-31.md", "'2024-11-31.md' is not named after the meeting's date. Name a meeting file yyyy-mm-dd.md, like 2027-01-14.md.")]
    [InlineData("content/meetings/safer-pbb/2024-11-12.md", "There is no board 'safer-pbb', so its meetings are not published. Name the folder after a board's file in content/boards/.")]
    public void A_meeting_file_in_the_wrong_place_is_meeting_file(string name, string message)
    {
        var found = Assert.Single(Findings(Valid, name: name));
        Assert.Equal(("meeting-file", Severity.Error, 0, message), (found.RuleId, found.Severity, found.Line, found.Message));
    }

    [Fact]
    public void Unclosed_details_are_meeting_file_on_line_1()
    {
        var found = RuleCheck.AssertOnly(Findings("---\ntime: \"18:30\"\n").Where(d => d.RuleId != "meeting-details-missing").ToList(), "meeting-file", 1, Severity.Error);
        Assert.Equal("The meeting's details start with --- on line 1 but there is no closing --- line.", found.Message);
    }

    [Fact]
    public void An_agenda_naming_a_paper_the_meeting_does_not_have_is_agenda_paper_unknown()
    {
        var findings = Findings(RuleCheck.Edit(Valid, "3. [[performance]]", "3. [[performanse]]")).Where(d => d.RuleId != "paper-not-on-agenda").ToList();
        var found = RuleCheck.AssertOnly(findings, "agenda-paper-unknown", 10, Severity.Error);
        Assert.Equal("The agenda names the paper 'performanse', but the Safer Policy and Performance Board has no paper with that name on 12 November 2024. Check the spelling against the paper's file name (or its 'slug'), and that the paper's board and date match this meeting.", found.Message);
        Assert.Equal("did you mean 'performance'?", found.Hint);
    }

    [Fact]
    public void A_paper_of_another_date_is_agenda_paper_unknown()
    {
        var findings = Findings(Valid, name: "content/meetings/safer-ppb/2024-11-13.md");
        Assert.Contains(findings, d => d.RuleId == "agenda-paper-unknown" && d.Line == 10);
    }

    [Theory]
    [InlineData("2. Declarations of interest", "1. Declarations of interest", "Item 1 is on the agenda more than once (first on line 8). Give each item its own number, and list each paper once.")]
    [InlineData("2. Declarations of interest", "2. [[performance]]", "The paper 'performance' is on the agenda more than once (first on line 9). Give each item its own number, and list each paper once.")]
    public void A_number_or_paper_given_twice_is_agenda_item_duplicate(string find, string replace, string message)
    {
        var findings = Findings(RuleCheck.Edit(Valid, find, replace));
        var found = Assert.Single(findings);
        Assert.Equal(("agenda-item-duplicate", Severity.Error, message), (found.RuleId, found.Severity, found.Message));
    }

    [Theory]
    [InlineData(false, "3. [[performance]]", "Only exempt papers can be taken in Part 2, after the exclusion of the press and public; the paper 'performance' is public. Move the item above the '## Part 2' heading, or mark the paper 'access: exempt' with its exemption paragraph.")]
    [InlineData(true, "3. Exclusion of the press and public", "Only exempt papers can be taken in Part 2, after the exclusion of the press and public; item 3 is not a paper. Move the item above the '## Part 2' heading, or mark the paper 'access: exempt' with its exemption paragraph.")]
    public void A_part_2_item_that_is_not_an_exempt_paper_is_part2_not_exempt(bool exempt, string item, string message)
    {
        var meeting = RuleCheck.Edit(Valid, "3. [[performance]]", exempt ? $"\n## Part 2\n\n{item}\n4. [[performance]]" : $"\n## Part 2\n\n{item}");
        var found = RuleCheck.AssertOnly(Findings(meeting, exempt: exempt), "part2-not-exempt", 13, Severity.Error);
        Assert.Equal(message, found.Message);
    }

    [Fact]
    public void An_exempt_paper_in_part_2_is_fine()
    {
        var meeting = RuleCheck.Edit(Valid, "3. [[performance]]", "\n## Part 2\n\n3. [[performance]]");
        RuleCheck.AssertNone(Findings(meeting, exempt: true));
    }

    [Theory]
    [InlineData("2024-11-11", true)]
    [InlineData("2024-11-12", false)]
    [InlineData("2025-01-10", false)]
    public void Minutes_of_a_meeting_after_the_build_date_are_minutes_in_future(string buildDate, bool found)
    {
        var meeting = Valid + "\n\n## Minutes\n\n### 3. Performance\n\n**Resolved:** that the report be noted.\n";
        var findings = Findings(meeting, buildDate: DateOnly.Parse(buildDate, System.Globalization.CultureInfo.InvariantCulture));
        if (!found)
        {
            RuleCheck.AssertNone(findings);
            return;
        }
        var finding = RuleCheck.AssertOnly(findings, "minutes-in-future", 12, Severity.Error);
        Assert.Equal("This meeting is on 12 November 2024, after today (11 November 2024), but it already has minutes. Minutes are added once the meeting has been held: remove them, or correct the date in the file name.", finding.Message);
    }

    [Theory]
    [InlineData("time: \"18:30\"\n", "", "This scheduled meeting has no time, so the public cannot tell when or where to attend. Add 'time: 18:30' to the meeting's details.")]
    [InlineData("venue: Council Chamber\n", "", "This scheduled meeting has no venue, so the public cannot tell when or where to attend. Add 'venue: …' to the meeting's details.")]
    [InlineData("time: \"18:30\"\nvenue: Council Chamber\n", "", "This scheduled meeting has no time or venue, so the public cannot tell when or where to attend. Add 'time: 18:30' and 'venue: …' to the meeting's details.")]
    public void A_scheduled_meeting_without_time_or_venue_is_meeting_details_missing(string find, string replace, string message)
    {
        var found = RuleCheck.AssertOnly(Findings(RuleCheck.Edit(Valid, find, replace)), "meeting-details-missing", 1, Severity.Warning);
        Assert.Equal(message, found.Message);
    }

    [Theory]
    [InlineData("status: held")]
    [InlineData("status: cancelled")]
    public void A_held_or_cancelled_meeting_needs_no_time_or_venue(string status)
    {
        var findings = Findings($"---\n{status}\n---\n");
        Assert.DoesNotContain(findings, d => d.RuleId == "meeting-details-missing");
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("postponed")]
    public void Papers_on_a_cancelled_or_postponed_meeting_are_meeting_cancelled_with_papers(string status)
    {
        var meeting = RuleCheck.Edit(Valid, "venue: Council Chamber", $"venue: Council Chamber\nstatus: {status}");
        var found = RuleCheck.AssertOnly(Findings(meeting), "meeting-cancelled-with-papers", 4, Severity.Warning);
        Assert.Equal($"This meeting is {status}, but 1 paper(s) are dated for it. Move the papers to the date they will now be considered (with their old address under 'aliases'), mark them 'status: deferred' or 'status: withdrawn', or check the meeting's status.", found.Message);
    }

    [Fact]
    public void A_paper_missing_from_the_agenda_is_paper_not_on_agenda()
    {
        var found = RuleCheck.AssertOnly(Findings(RuleCheck.Edit(Valid, "3. [[performance]]", "")), "paper-not-on-agenda", 6, Severity.Warning);
        Assert.Equal("The paper 'performance' is dated for this meeting but is not on its agenda. Add it to the agenda as [[performance]] (under '## Part 2' if it is exempt), or correct the paper's date.", found.Message);
    }

    [Fact]
    public void A_meeting_file_without_an_agenda_leaves_the_papers_alone()
    {
        RuleCheck.AssertNone(Findings("---\ntime: \"18:30\"\nvenue: Council Chamber\n---\n"));
    }
}

/// <summary>A board with a meeting file but no papers yet meets, so it is not warned about as a board without papers.</summary>
public class MeetingBoardRuleTests
{
    [Fact]
    public void A_board_with_only_a_meeting_file_is_not_board_without_reports()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.Write("content/meetings/executive-board/2027-01-14.md", "---\ntime: \"18:30\"\nvenue: Town Hall\n---\n\n## Agenda\n\n1. Apologies for absence\n");
        var boards = site.Validate().Diagnostics.Where(d => d.RuleId == "board-without-reports").Select(d => d.File).ToList();
        Assert.DoesNotContain("content/boards/executive-board.yml", boards);
        Assert.Contains("content/boards/childrens-ppb.yml", boards);
    }
}

/// <summary><c>committee validate</c> given a meeting file checks it against every paper, and only it.</summary>
public class MeetingValidatePathTests
{
    [Fact]
    public void Validate_with_a_meeting_file_reports_its_findings_and_not_false_ones()
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, Reports.ValidPpb);
        site.Write(MeetingRuleTests.MeetingName, MeetingRuleTests.Valid);
        site.Write("content/meetings/safer-ppb/2024-11-13.md", MeetingRuleTests.Valid);

        var clean = site.Run("validate", MeetingRuleTests.MeetingName);
        Assert.True(clean.ExitCode == 0, clean.ToString());

        var wrong = site.Run("validate", "content/meetings/safer-ppb/2024-11-13.md");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("content/meetings/safer-ppb/2024-11-13.md:10:1: error agenda-paper-unknown", wrong.Error + wrong.Out);
        Assert.DoesNotContain("2024-11-12.md", wrong.Error + wrong.Out);
    }
}
