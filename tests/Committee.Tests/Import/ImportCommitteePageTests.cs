using Committee.Import;

namespace Committee.Tests.Import;

/// <summary>The parts that read a committee system's web page and an old decision record, one row a layout seen in a real paper.</summary>
public sealed class ImportCommitteePageTests
{
    [Theory]
    [InlineData("Cabinet - Tuesday, 9th October 2012 10.00 a.m.", "Cabinet", "9th October 2012")]
    [InlineData("CABINET - Thursday, 17th March, 2011 7.00 pm", "CABINET", "17th March, 2011")]
    [InlineData("The Cabinet - Tuesday, 20th February, 2024 1.00 pm", "The Cabinet", "20th February, 2024")]
    [InlineData("Council - Wednesday, 17th July, 2024 2.00 pm", "Council", "17th July, 2024")]
    public void A_meeting_heading_gives_its_board_and_date(string heading, string board, string date) =>
        Assert.Equal((board, date), CommitteeSystemPage.MeetingHeading(heading));

    [Theory]
    [InlineData("Deferred to the meeting on Tuesday, 9th October 2012")]
    [InlineData("Minutes of the meeting held on 9th October 2012")]
    public void A_sentence_holding_a_date_is_not_a_meeting_heading(string text) => Assert.Null(CommitteeSystemPage.MeetingHeading(text));

    [Fact]
    public void A_date_alone_with_its_day_and_time_is_a_bare_date() =>
        Assert.Equal("11th February, 2019", CommitteeSystemPage.BareDate("Monday, 11th February, 2019 10:00"));

    [Theory]
    [InlineData("To consider the report of the Corporate Lead Officer for Finance upon the Medium Term Financial Strategy", "Corporate Lead Officer for Finance", "Medium Term Financial Strategy")]
    [InlineData("To consider a report of the Deputy Chief Executive.", "Deputy Chief Executive", "")]
    public void To_consider_the_report_of_gives_the_officer_and_the_title(string text, string of, string title) =>
        Assert.Equal((of, title), CommitteeSystemPage.ToConsider(text));

    [Fact]
    public void Cells_run_together_are_broken_at_the_file_size_and_the_page_labels()
    {
        var lines = CommitteeSystemPage.SplitCells(["NEW SCHOOL PDF 495 KB Cyflwynwyd gan: Cyng. Jones Additional documents:", "Decision: Permission"], out var split);
        Assert.True(split);
        Assert.Equal("NEW SCHOOL|PDF 495 KB|Cyflwynwyd gan: Cyng. Jones|Additional documents:|Decision:|Permission", string.Join("|", lines));
    }

    [Theory]
    [InlineData("Key Decision: Yes")]
    [InlineData("Forward Plan Decision: No")]
    public void A_cover_label_ending_in_decision_is_not_broken(string line)
    {
        var lines = CommitteeSystemPage.SplitCells([line], out var split);
        Assert.False(split);
        Assert.Equal(line, lines.Single());
    }

    [Fact]
    public void A_table_row_title_is_parted_from_its_description_only_under_a_table_header()
    {
        var row = CommitteeSystemPage.SplitCells(["---|---|", "Poverty Commission This report gives an overview."], out _);
        Assert.Equal("---|---|~Poverty Commission~This report gives an overview.", string.Join("~", row));
        var prose = CommitteeSystemPage.SplitCells(["Poverty Commission This report gives an overview."], out var split);
        Assert.False(split);
        Assert.Single(prose);
    }

    [Theory]
    [InlineData("The Member Engagement  Manager presented a report on the new format.", "Member Engagement Manager")]
    [InlineData("Considerations The Committee received a report from the Asset Manager.", "Asset Manager")]
    [InlineData("The Interim Head of Finance submitted a report on the budget.", "Interim Head of Finance")]
    [InlineData("The Leader presented her annual report.", null)]
    [InlineData("The Social Services Scrutiny Committee presented a report on the task group.", null)]
    [InlineData("Councillor Cooper presented the Committee's report.", null)]
    public void The_minutes_name_the_officer_who_presented_the_report(string minutes, string? officer) =>
        Assert.Equal(officer, CommitteeSystemPage.PresentedBy([minutes], 0)?.Officer);

    [Fact]
    public void An_issue_page_imports_with_its_meeting_item_title_and_officer_in_title_case()
    {
        using var site = ImportPapersTests.Site();
        site.Write("old/issue.txt", "Issue - meetings\n\nMeeting: 20/01/2026 - Cabinet (Item 9.)\n\n9. STRATEGIC PLANNING MATTERS pdf icon PDF 277 KB\n\nREPORT OF THE INTERIM STRATEGIC PLANNING MANAGER\n\nThis report gives the latest position.\n");
        var run = site.Run("import", "old/issue.txt");
        var report = File.ReadAllText(Path.Combine(site.Content, "reports", ImportSite.Reports(site).Single()));
        Assert.Equal(("cabinet", "2026-01-20", "9", "Strategic planning matters", "Interim Strategic Planning Manager"),
            (ImportSite.Field(report, "board"), ImportSite.Field(report, "date"), ImportSite.Field(report, "item"), ImportSite.Field(report, "title"), ImportSite.Field(report, "officer")));
        Assert.Contains("Issue - meetings  (part of the committee system's web page", run.Out);
    }

    [Theory]
    [InlineData("Agenda and minutes")]
    [InlineData("No. | Item | |||||")]
    [InlineData("---|---|---|")]
    [InlineData("pdf icon PDF 78 KB")]
    [InlineData("Issue - meetings")]
    public void The_pages_own_words_are_chrome(string text) => Assert.True(CommitteeSystemPage.IsChrome(text));

    [Fact]
    public void An_old_decision_records_labels_and_year_first_date_are_read()
    {
        var date = CoverLabels.Default.Match("Date :-2013/01/23", inCover: true);
        Assert.Equal((HeaderField.Date, "2013/01/23"), (date!.Value.Field, date.Value.Value));
        Assert.Equal(new DateOnly(2013, 1, 23), ReadMeetingDate.Read("2013/01/23"));
        Assert.Equal(HeaderField.NoField, CoverLabels.Default.Match("Subject to Call-in :-No", inCover: true)!.Value.Field);
        Assert.Equal(HeaderField.Title, CoverLabels.Default.Match("Subject of Decision :-Outstanding Motions", inCover: true)!.Value.Field);
    }

    [Fact]
    public void Labels_that_end_a_paper_are_its_cover_and_the_body_stops_above_them()
    {
        string[] lines = ["Subject of Decision :-Motions", "", "(a) the Council agrees.", "Contact Officer :-Head of Legal", "Attachments :-A.4 Report"];
        var (entries, start) = ReadTrailingLabels.Read(lines, 2);
        Assert.Equal(3, start);
        Assert.Equal([HeaderField.Contact, HeaderField.NoField], entries.Select(e => e.Field));
        Assert.Empty(ReadTrailingLabels.Read(["(a) the Council agrees.", "Attachments :-A.4 Report"], 0).Entries);
    }
}
