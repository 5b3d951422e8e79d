using Committee.Diagnostics;
using Committee.Model;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The front matter rules, each pinned by a row: this small change to a valid report gives this rule at this line.
/// Lines of the starting PPB report: 1 '---', 2 title, 3 board, 4 date, 5 officer, 6 wards, 7 period, 8 '---'.
/// Lines of the starting OSC report: 1 '---', 2 title, 3 board, 4 date, 5 officer, 6 contact, 7 summary, 8 wards, 9 '---'.
/// A field that is missing altogether is reported on line 1, the opening '---'.
/// </summary>
public class FrontMatterRuleTests
{
    [Fact]
    public void The_starting_reports_have_no_findings()
    {
        RuleCheck.AssertNone(RuleCheck.Findings(Reports.ValidPpb, RuleCheck.PpbName));
        RuleCheck.AssertNone(RuleCheck.Findings(Reports.ValidOsc, RuleCheck.OscName));
    }

    [Theory]
    // The file does not start with '---', or never closes it.
    [InlineData("ppb", "---\ntitle:", "title:", "front-matter-missing", 1)]
    [InlineData("ppb", "---\ntitle:", "\n---\ntitle:", "front-matter-missing", 1)]
    // YAML that cannot be read: named at the line it is on.
    [InlineData("ppb", "title: Community safety performance for Quarter 2 2024/25", "title: Budget: the plan", "front-matter-yaml", 2)]
    [InlineData("ppb", "officer: Strategic Director, Communities", "officer: \"Strategic Director, Communities", "front-matter-yaml", 5)]
    [InlineData("ppb", "wards: all", "wards: all\n- abbey", "front-matter-yaml", 7)]
    // A field name that is itself a list or a mapping.
    [InlineData("ppb", "wards: all", "wards: all\n[access]: exempt", "front-matter-shape", 7)]
    [InlineData("ppb", "wards: all", "wards: all\n? {a: b}\n: c", "front-matter-shape", 7)]
    // Anchors and aliases are refused before anything is built.
    [InlineData("ppb", "officer: Strategic Director, Communities", "officer: &who Strategic Director, Communities", "front-matter-alias", 5)]
    [InlineData("ppb", "wards: all", "wards: all\nportfolio: *who", "front-matter-alias", 7)]
    // Required fields: missing (line 1) or empty (the field's line).
    [InlineData("ppb", "officer: Strategic Director, Communities\n", "", "field-required", 1)]
    [InlineData("ppb", "title: Community safety performance for Quarter 2 2024/25\n", "", "field-required", 1)]
    [InlineData("ppb", "officer: Strategic Director, Communities", "officer: \"\"", "field-required", 5)]
    [InlineData("ppb", "wards: all\n", "", "field-required", 1)]
    [InlineData("ppb", "wards: all", "wards:", "field-required", 6)]
    [InlineData("ppb", "officer: Strategic Director, Communities", "officer:", "field-required", 5)]
    [InlineData("osc", "contact: Sam Patel, Head of Inclusion, sam.patel@eastmere.example\n", "", "field-required", 1)]
    [InlineData("osc", "summary: Attendance in the autumn term and the plan to improve it.\n", "", "field-required", 1)]
    // A field the format does not know is an error: a misspelt 'access' would publish an exempt paper.
    [InlineData("ppb", "wards: all", "wards: all\nacces: exempt", "field-unknown", 7)]
    [InlineData("ppb", "wards: all", "wards: all\nTitle: Again", "field-unknown", 7)]
    // The wrong kind of value.
    [InlineData("ppb", "title: Community safety performance for Quarter 2 2024/25", "title: [Community safety, performance]", "field-type", 2)]
    [InlineData("ppb", "wards: all", "wards: {abbey: yes}", "field-type", 6)]
    [InlineData("ppb", "wards: all", "wards: [abbey, [harbour]]", "field-type", 6)]
    [InlineData("ppb", "wards: all", "wards: all\nitem: 1000", "field-type", 7)]
    [InlineData("ppb", "wards: all", "wards: all\nitem: two", "field-type", 7)]
    [InlineData("ppb", "wards: all", "wards: all\naccess: exempt\nexempt_paragraph: 8", "field-type", 8)]
    // Dates.
    [InlineData("ppb", "date: 2024-11-12", "date: 12th November 2024", "date-format", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 12/11/2024", "date-format", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2024-11-12T19:00", "date-format", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2024-02-30", "date-invalid", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2023-02-29", "date-invalid", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2024-13-01", "date-invalid", 4)]
    // Only ASCII digits are digits: these once reached int.Parse, which refuses them (FormatException).
    [InlineData("ppb", "date: 2024-11-12", "date: \u0662\u0660\u0662\u0664-\u0661\u0661-\u0661\u0662", "date-format", 4)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: \u0662\u0660\u0662\u0664/\u0662\u0665 Q2", "period-format", 7)]
    // Years far outside any council's papers, which once overflowed the date arithmetic of quarters, feeds and calendars.
    [InlineData("ppb", "date: 2024-11-12", "date: 0001-01-01", "date-out-of-range", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 9999-12-31", "date-out-of-range", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 1899-12-31", "date-out-of-range", 4)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2201-01-01", "date-out-of-range", 4)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 0000/01 Q1", "date-out-of-range", 7)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 9999/00 Q4", "date-out-of-range", 7)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 2200/01 Q1", "date-out-of-range", 7)]
    // Boards, wards and report types that do not exist.
    [InlineData("ppb", "board: safer-ppb", "board: safer-pbb", "board-unknown", 3)]
    [InlineData("ppb", "board: safer-ppb", "board: Safer PPB", "board-unknown", 3)]
    [InlineData("ppb", "wards: all", "wards: [abbey, nowhere]", "ward-unknown", 6)]
    [InlineData("ppb", "wards: all", "wards:\n  - abbey\n  - nowhere", "ward-unknown", 8)]
    [InlineData("ppb", "wards: all", "wards: [Boroughwide]", "ward-unknown", 6)]
    [InlineData("ppb", "wards: all", "wards: [Castle Hill]", "ward-unknown", 6)]
    [InlineData("ppb", "wards: all", "wards: []", "wards-empty", 6)]
    [InlineData("ppb", "wards: all", "wards: all\ntype: ppb", "type-unknown", 7)]
    // The period.
    [InlineData("ppb", "period: 2024/25 Q2", "period: Q2 2024/25", "period-format", 7)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 2024/25 Q5", "period-format", 7)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 2024-25 Q2", "period-format", 7)]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 2024/26 Q2", "period-format", 7)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2024-09-30", "period-after-meeting", 7)]
    [InlineData("ppb", "date: 2024-11-12", "date: 2024-08-01", "period-after-meeting", 7)]
    // Choices, and 'all' mixed with wards.
    [InlineData("ppb", "wards: all", "wards: all\nstatus: published", "field-value", 7)]
    [InlineData("ppb", "wards: all", "wards: all\naccess: private", "field-value", 7)]
    [InlineData("ppb", "wards: all", "wards: [all, abbey]", "field-value", 6)]
    // Exempt papers and Schedule 12A.
    [InlineData("ppb", "wards: all", "wards: all\naccess: exempt", "exempt-paragraph-missing", 7)]
    [InlineData("ppb", "wards: all", "wards: all\nportfolio: Communities\naccess: Exempt", "exempt-paragraph-missing", 8)]
    [InlineData("ppb", "wards: all", "wards: all\nexempt_paragraph: 3", "exempt-paragraph-on-public", 7)]
    [InlineData("ppb", "wards: all", "wards: all\naccess: public\nexempt_paragraph: 3", "exempt-paragraph-on-public", 8)]
    // The slug.
    [InlineData("ppb", "wards: all", "wards: all\nslug: School_Places", "slug-format", 7)]
    [InlineData("ppb", "wards: all", "wards: all\nslug: school places", "slug-format", 7)]
    [InlineData("ppb", "wards: all", "wards: all\nslug: -places", "slug-format", 7)]
    public void A_change_to_the_front_matter_gives_its_rule_at_its_line(string start, string find, string replace, string ruleId, int line)
    {
        var (text, name) = RuleCheck.Start(start);
        var findings = RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name);
        RuleCheck.AssertOnly(findings, ruleId, line, RuleCheck.Rule(ruleId).Severity);
    }

    [Theory]
    [InlineData("ppb", "title: Community safety performance for Quarter 2 2024/25", "title: 'Budget: the plan'")]
    [InlineData("ppb", "title: Community safety performance for Quarter 2 2024/25", "title: >-\n  Community safety performance\n  for Quarter 2 2024/25")]
    [InlineData("ppb", "wards: all", "wards: [abbey, castle-hill]")]
    [InlineData("ppb", "wards: all", "wards:\n  - abbey\n  - castle-hill")]
    [InlineData("ppb", "wards: all", "wards: abbey")]
    [InlineData("ppb", "wards: all", "wards: [abbey, abbey]")]
    [InlineData("ppb", "wards: all", "wards: all\ntype: ppb-report")]
    [InlineData("ppb", "wards: all", "wards: all\nstatus: draft")]
    [InlineData("ppb", "wards: all", "wards: all\nstatus: Final")]
    [InlineData("ppb", "wards: all", "wards: all\naccess: public")]
    [InlineData("ppb", "wards: all", "wards: all\naccess: exempt\nexempt_paragraph: 3")]
    [InlineData("ppb", "wards: all", "wards: all\naccess: Exempt\nexempt_paragraph: 7")]
    [InlineData("ppb", "wards: all", "wards: all\nslug: school-places-2024")]
    [InlineData("ppb", "wards: all", "wards: all\nitem: 12\nportfolio: Communities\ncontact: A Person\nsummary: A summary.")]
    [InlineData("ppb", "wards: all", "wards: all # every ward in the borough")]
    [InlineData("ppb", "date: 2024-11-12", "date: 2024-10-01")]
    [InlineData("ppb", "date: 2024-11-12", "date: 2200-12-31")]
    [InlineData("ppb", "date: 2024-11-12\nofficer: Strategic Director, Communities\nwards: all\nperiod: 2024/25 Q2", "date: 1900-11-01\nofficer: Strategic Director, Communities\nwards: all\nperiod: 1900/01 Q2")]
    [InlineData("ppb", "period: 2024/25 Q2", "period: 2024/25  Q2")]
    [InlineData("ppb", "period: 2024/25 Q2\n", "")]
    [InlineData("osc", "wards: [dockside, harbour]", "wards: all")]
    [InlineData("osc", "summary: Attendance in the autumn term and the plan to improve it.", "summary: >-\n  Attendance in the autumn term\n  and the plan to improve it.")]
    public void A_close_but_valid_front_matter_has_no_findings(string start, string find, string replace)
    {
        var (text, name) = RuleCheck.Start(start);
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name));
    }

    [Fact]
    public void Front_matter_that_is_not_field_value_lines_is_front_matter_shape_at_its_first_line()
    {
        var fields = Reports.ValidPpb.Split("---")[1];
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, fields, "\n- title\n- board\n"));
        RuleCheck.AssertOnly(findings, "front-matter-shape", 2, Severity.Error);
    }

    [Fact]
    public void Front_matter_nested_too_deeply_is_front_matter_shape_at_the_deep_line()
    {
        var deep = "portfolio:" + string.Concat(Enumerable.Range(1, 20).Select(i => "\n" + new string(' ', i * 2) + $"level{i}:")) + " x";
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\n" + deep));
        // 'portfolio' is on line 7 and 'level<k>' on line 7 + k. The fields are nesting level 1, so the 17th level,
        // the mapping that starts at 'level16', is the first too deep.
        RuleCheck.AssertOnly(findings, "front-matter-shape", 7 + 16, Severity.Error);
    }

    [Fact]
    public void Front_matter_with_no_closing_line_is_front_matter_unclosed_at_line_1()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "Q2\n---\n", "Q2\n\n"));
        var error = Assert.Single(findings);
        Assert.Equal(("front-matter-unclosed", 1), (error.RuleId, error.Line));
    }

    /// <summary>A field given twice is named, at its second line.</summary>
    [Theory]
    [InlineData("wards: all", "wards: all\nboard: safer-ppb", "board", 7)]
    [InlineData("title: Community safety performance for Quarter 2 2024/25", "title: Community safety performance for Quarter 2 2024/25\ntitle: Again", "title", 3)]
    public void A_field_given_twice_is_named_at_its_second_line(string find, string replace, string key, int line)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, find, replace));
        var found = RuleCheck.AssertOnly(findings, "field-duplicate", line, Severity.Error);
        Assert.Equal($"'{key}' is given more than once; keep one.", found.Message);
    }

    [Theory]
    [InlineData("board: Safer Policy and Performance Board")]
    [InlineData("board: Safer PPB")]
    [InlineData("board: safer policy & performance board")]
    public void A_board_written_by_its_name_is_given_its_id(string written)
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "board: safer-ppb", written));
        var found = RuleCheck.AssertOnly(findings, "board-unknown", 3, Severity.Error);
        Assert.Equal("the board 'Safer Policy and Performance Board' has the id 'safer-ppb'", found.Hint);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_that_suggests_the_field()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\nacces: exempt"));
        var found = RuleCheck.AssertOnly(findings, "field-unknown", 7, Severity.Error);
        Assert.Equal("'acces' is not a field a paper can have.", found.Message);
        Assert.Equal("did you mean 'access'?", found.Hint);
    }

    [Fact]
    public void A_date_written_in_words_is_given_back_in_iso_form()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "date: 2024-11-12", "date: 5th January 2012"));
        var found = RuleCheck.AssertOnly(findings, "date-format", 4, Severity.Error);
        Assert.Equal("The meeting date '5th January 2012' must be written as year-month-day, like 2024-07-15.", found.Message);
        Assert.Equal("write 'date: 2012-01-05'", found.Hint);
    }

    [Fact]
    public void A_day_that_is_not_in_the_calendar_says_so()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "date: 2024-11-12", "date: 2024-02-30"));
        var found = RuleCheck.AssertOnly(findings, "date-invalid", 4, Severity.Error);
        Assert.Equal("The meeting date 2024-02-30 does not exist in the calendar.", found.Message);
    }

    [Fact]
    public void A_misspelt_board_suggests_the_board()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "board: safer-ppb", "board: safer-pbb"));
        var found = RuleCheck.AssertOnly(findings, "board-unknown", 3, Severity.Error);
        Assert.Equal("There is no board 'safer-pbb'. Boards are the files in content/boards/.", found.Message);
        Assert.Equal("did you mean 'safer-ppb'?", found.Hint);
    }

    [Fact]
    public void A_borough_wide_ward_is_told_to_write_all()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: [Boroughwide]"));
        var found = RuleCheck.AssertOnly(findings, "ward-unknown", 6, Severity.Error);
        Assert.Equal("There is no ward 'Boroughwide'. Wards are listed in site-src/site.yml; write 'all' for a borough-wide paper.", found.Message);
        Assert.Equal("for a borough-wide paper write 'wards: all'", found.Hint);
    }

    [Fact]
    public void A_ward_written_by_its_name_is_given_its_id()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: [abbey, St Anne's]"));
        var found = RuleCheck.AssertOnly(findings, "ward-unknown", 6, Severity.Error);
        Assert.Equal("the ward 'St Anne's' has the id 'st-annes'", found.Hint);
    }

    [Fact]
    public void An_empty_ward_list_says_how_to_write_borough_wide()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: []"));
        var found = RuleCheck.AssertOnly(findings, "wards-empty", 6, Severity.Error);
        Assert.Contains("write 'wards: all' for a borough-wide paper", found.Message);
    }

    [Fact]
    public void A_period_after_the_meeting_names_the_latest_quarter_that_had_ended()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "date: 2024-11-12", "date: 2024-09-30"));
        var found = RuleCheck.AssertOnly(findings, "period-after-meeting", 7, Severity.Error);
        Assert.Equal("The period 2024/25 Q2 ends on 30 September 2024, after the meeting on 30 September 2024; a report can only cover a period that has ended.", found.Message);
        Assert.Equal("the latest quarter to have ended by the meeting is 2024/25 Q1", found.Hint);
    }

    [Fact]
    public void A_status_it_cannot_take_lists_the_choices()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "wards: all", "wards: all\nstatus: published"));
        var found = RuleCheck.AssertOnly(findings, "field-value", 7, Severity.Error);
        Assert.Equal("'status' cannot be 'published'; it must be 'final', 'draft', 'withdrawn' or 'deferred'.", found.Message);
    }

    [Theory]
    [InlineData("exempt")]
    [InlineData("Exempt")]
    [InlineData("EXEMPT")]
    public void Exempt_in_any_case_makes_the_paper_exempt(string written)
    {
        using var site = new TestSite();
        site.WriteReport(RuleCheck.PpbName, RuleCheck.Edit(Reports.ValidPpb, "wards: all", $"wards: all\naccess: {written}\nexempt_paragraph: 3"));
        var result = site.Validate();
        RuleCheck.AssertNone(RuleCheck.InFile(result.Diagnostics, RuleCheck.PpbName));
        var report = Assert.Single(result.Documents).Report;
        Assert.NotNull(report);
        Assert.Equal(ReportAccess.Exempt, report.Access);
        Assert.Equal(3, report.ExemptParagraph);
    }

    [Fact]
    public void A_missing_field_of_the_report_type_says_the_type_needs_it()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidOsc, "contact: Sam Patel, Head of Inclusion, sam.patel@eastmere.example\n", ""), RuleCheck.OscName);
        var found = RuleCheck.AssertOnly(findings, "field-required", 1, Severity.Error);
        Assert.Equal("The paper has no 'contact' (the contact officer; every Overview and Scrutiny report has one).", found.Message);
    }

    [Fact]
    public void A_ppb_report_does_not_need_the_osc_fields()
    {
        // The same fields are optional for a PPB report: the starting PPB report has neither.
        Assert.DoesNotContain("contact:", Reports.ValidPpb);
        Assert.DoesNotContain("summary:", Reports.ValidPpb);
        RuleCheck.AssertNone(RuleCheck.Findings(Reports.ValidPpb));
    }
}
