using Committee.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Rules;

/// <summary>
/// The numbering rules, all warnings. A PPB report ("sections" numbering) numbers its headings 1.0, 2.0 … and its
/// paragraphs 3.1, 3.2 … within their section; an OSC report ("paragraphs" numbering) numbers its paragraphs
/// 1., 2., 3. … through the whole report. PPB paragraph lines: 12 (1.1), 22 (3.1), 24 (3.2), 28 (4.1), 32 (5.1), 36 (6.1),
/// 40 (7.1), 44 (8.1), 48 (9.1); OSC paragraph lines: 15 (1.), 19 (2.), 27 (3.), 29 (4.).
/// </summary>
public class NumberingRuleTests
{
    private const string PpbNinth = "## 9.0 List of background papers under section 100D of the Local Government Act 1972\n\n9.1";

    [Theory]
    // Section numbers in sequence.
    [InlineData("ppb", PpbNinth, "## 10.0 List of background papers under section 100D of the Local Government Act 1972\n\n10.1", "section-number-sequence", 46)]
    [InlineData("ppb", "## 3.0 Supporting information", "## 3.1 Supporting information", "section-number-sequence", 20)]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1.0.0 Purpose of report", "section-number-sequence", 10)]
    // A number too long to read (it once overflowed int.Parse) is out of sequence; digits other than ASCII are no number.
    [InlineData("ppb", "## 3.0 Supporting information", "## 99999999999.0 Supporting information", "section-number-sequence", 20)]
    [InlineData("ppb", "## 3.0 Supporting information", "## 3000000.0 Supporting information", "section-number-sequence", 20)]
    [InlineData("ppb", "## 7.0 Risk analysis", "## Risk analysis", "section-number-missing", 38)]
    [InlineData("ppb", "## 1.0 Purpose of report", "## Purpose of report", "section-number-missing", 10)]
    [InlineData("ppb", "## 6.0 Implications for the Council's priorities", "## Implications for the Council's priorities 6.0", "heading-number-after-title", 34)]
    [InlineData("ppb", "## 6.0 Implications for the Council's priorities", "## IMPLICATIONS FOR THE COUNCIL'S PRIORITIES 6.0", "heading-number-after-title", 34)]
    // Paragraph numbers within their section (PPB).
    [InlineData("ppb", "3.2 Two are not", "3.1 Two are not", "paragraph-number-repeated", 24)]
    [InlineData("ppb", "3.2 Two are not", "3.3 Two are not", "paragraph-number-order", 24)]
    [InlineData("ppb", "1.1 To report", "1.2 To report", "paragraph-number-order", 12)]
    [InlineData("ppb", "3.2 Two are not", "- 3.3 Two are not", "paragraph-number-order", 24)]
    [InlineData("ppb", "3.2 Two are not", "### 3.3 Two are not", "paragraph-number-order", 24)]
    [InlineData("ppb", "4.1 None.", "3.3 None.", "paragraph-number-section", 28)]
    [InlineData("ppb", "9.1 None under", "8.2 None under", "paragraph-number-section", 48)]
    [InlineData("ppb", "3.2 Two are not", "- 2.2 Two are not", "paragraph-number-section", 24)]
    // One run of paragraph numbers through the report (OSC).
    [InlineData("osc", "4. The attendance team", "3. The attendance team", "paragraph-number-repeated", 29)]
    [InlineData("osc", "4. The attendance team", "5. The attendance team", "paragraph-number-order", 29)]
    public void A_change_to_the_numbering_gives_its_warning_at_its_line(string start, string find, string replace, string ruleId, int line)
    {
        var (text, name) = RuleCheck.Start(start);
        var findings = RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name);
        RuleCheck.AssertOnly(findings, ruleId, line, Severity.Warning);
    }

    [Theory]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1 Purpose of report")]
    [InlineData("ppb", "## 1.0 Purpose of report", "## 1. Purpose of report")]
    [InlineData("ppb", "3.2 Two are not", "3.2. Two are not")]
    [InlineData("ppb", "3.2 Two are not", "**3.2** Two are not")]
    [InlineData("ppb", "3.2 Two are not", "- 3.2 Two are not")]
    [InlineData("ppb", "3.2 Two are not, and are explained below.", "Two are not, as 3.1 says.")]
    [InlineData("ppb", "3.2 Two are not", "3.2 Two are not, for reasons in 5.1;")]
    [InlineData("ppb", "3.2 Two are not, and are explained below.", "3.2 Two are not:\n\n- 2.5% down on last year\n- 1.5x the target")]
    [InlineData("ppb", "3.2 Two are not, and are explained below.", "2.5% of calls were missed.")]
    [InlineData("ppb", "3.2 Two are not, and are explained below.", "3.2.1 Two are not.")]
    [InlineData("ppb", "3.2 Two are not", "3.2 Two are not\n\n### 3.3 Detail\n\n3.4 More")]
    [InlineData("ppb", "1. Note the report.", "1. Note the report.\n2. Note 3.1 above.\n4. Agree the plan.")]
    [InlineData("ppb", "3.1 Most measures", "3.1 Most measures\n\n2024/25 measures")]
    [InlineData("osc", "4. The attendance team is working with six schools.", "4. The attendance team is working with six schools:\n\n    1. Abbey Primary\n    2. Harbour Primary")]
    [InlineData("osc", "4. The attendance team is working with six schools.", "4. The attendance team is working with six schools.\n\n1) Abbey Primary\n1) Harbour Primary")]
    [InlineData("osc", "4. The attendance team is working with six schools.", "4. The attendance team is working with six schools.\n\n5. And more.")]
    [InlineData("osc", "## Background", "## 3.0 Background")]
    [InlineData("osc", "3. Attendance fell", "3. 3.1 Attendance fell")]
    // A figure, not a paragraph number: too many digits (once an overflow), or digits other than ASCII (once a FormatException).
    [InlineData("ppb", "3.2 Two are not", "3.99999999999 Two are not")]
    [InlineData("ppb", "3.2 Two are not", "3.2\n\n99999999999.2 Two are not")]
    [InlineData("ppb", "3.2 Two are not", "3.2\n\n\u0663.\u0662 Two are not")]
    public void Close_but_valid_numbering_has_no_findings(string start, string find, string replace)
    {
        var (text, name) = RuleCheck.Start(start);
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(text, find, replace), name));
    }

    [Fact]
    public void A_section_numbered_in_arabic_indic_digits_has_no_number()
    {
        // Once a FormatException: \d matched "٣", and int.Parse refused it. Now the digits are part of the title.
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "## 3.0 Supporting information", "## \u0663.\u0660 Supporting information"));
        var found = Assert.Single(findings, d => d.RuleId == "section-number-missing");
        Assert.Equal(20, found.Line);
    }

    [Fact]
    public void A_number_after_the_title_is_moved_to_the_front_in_the_message()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "## 6.0 Implications for the Council's priorities", "## IMPLICATIONS FOR THE COUNCIL'S PRIORITIES 6.0"));
        var found = RuleCheck.AssertOnly(findings, "heading-number-after-title", 34, Severity.Warning);
        Assert.Equal("The number 6.0 comes after the title; put it first: '## 6.0 IMPLICATIONS FOR THE COUNCIL'S PRIORITIES'.", found.Message);
    }

    [Fact]
    public void A_section_out_of_sequence_says_which_number_was_expected()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, PpbNinth, "## 10.0 List of background papers under section 100D of the Local Government Act 1972\n\n10.1"));
        var found = RuleCheck.AssertOnly(findings, "section-number-sequence", 46, Severity.Warning);
        Assert.Equal("The section is numbered 10.0, but the one before it was 8.0; expected 9.0.", found.Message);
    }

    [Fact]
    public void An_unnumbered_section_is_given_its_number()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "## 7.0 Risk analysis", "## Risk analysis"));
        var found = RuleCheck.AssertOnly(findings, "section-number-missing", 38, Severity.Warning);
        Assert.Equal("The section 'Risk analysis' has no number; the other sections of a Policy and Performance Board report are numbered, so write '## 7.0 Risk analysis'.", found.Message);
    }

    [Fact]
    public void A_repeated_paragraph_number_names_the_first()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "3.2 Two are not", "3.1 Two are not"));
        var found = RuleCheck.AssertOnly(findings, "paragraph-number-repeated", 24, Severity.Warning);
        Assert.Equal("Paragraph 3.1 is numbered the same as the paragraph on line 22.", found.Message);
    }

    [Fact]
    public void A_skipped_paragraph_number_says_which_was_expected()
    {
        var ppb = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "3.2 Two are not", "3.3 Two are not"));
        Assert.Equal("Paragraph 3.3 follows paragraph 3.1; expected 3.2.", RuleCheck.AssertOnly(ppb, "paragraph-number-order", 24, Severity.Warning).Message);
        var osc = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidOsc, "4. The attendance team", "5. The attendance team"), RuleCheck.OscName);
        Assert.Equal("Paragraph 5 follows paragraph 3; expected 4.", RuleCheck.AssertOnly(osc, "paragraph-number-order", 29, Severity.Warning).Message);
    }

    [Fact]
    public void A_paragraph_numbered_for_another_section_names_its_section()
    {
        var findings = RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "4.1 None.", "3.3 None."));
        var found = RuleCheck.AssertOnly(findings, "paragraph-number-section", 28, Severity.Warning);
        Assert.Equal("Paragraph 3.3 is in section 4.0; its number should start with 4.", found.Message);
    }

    [Fact]
    public void Osc_headings_and_ppb_paragraph_runs_are_not_checked_by_the_other_style()
    {
        // An OSC report's headings are not numbered, so an unnumbered heading is fine; a PPB report's ordered lists are
        // lists, not the paragraph run, so restarting one is fine.
        RuleCheck.AssertNone(RuleCheck.Findings(Reports.ValidOsc, RuleCheck.OscName));
        RuleCheck.AssertNone(RuleCheck.Findings(RuleCheck.Edit(Reports.ValidPpb, "3.1 Most measures are on target.", "3.1 Most measures are on target:\n\n1. Burglary\n1. Theft"), RuleCheck.PpbName));
    }
}
