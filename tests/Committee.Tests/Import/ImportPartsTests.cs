using Committee.Import;
using Committee.Model;

namespace Committee.Tests.Import;

/// <summary>The small readers the import is made of: dates, wards, periods, board names, sentence case, the cover.</summary>
public sealed class ImportPartsTests
{
    [Theory]
    [InlineData("5th January 2012", "2012-01-05")]
    [InlineData("23 November 2020", "2020-11-23")]
    [InlineData("11 December 2012", "2012-12-11")]
    [InlineData("Tuesday, 17th January 2012", "2012-01-17")]
    [InlineData("1st Sept 2015", "2015-09-01")]
    [InlineData("January 5, 2012", "2012-01-05")]
    [InlineData("11/12/2012", "2012-12-11")]
    [InlineData("2012-12-11", "2012-12-11")]
    public void Dates_as_councils_print_them_become_iso(string written, string iso) =>
        Assert.Equal(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), ReadMeetingDate.Read(written));

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("31st February 2012")]
    public void Text_that_is_not_a_date_is_not_read_as_one(string written) => Assert.Null(ReadMeetingDate.Read(written));

    private static readonly Ward[] Wards = [new("dockside", "Dockside"), new("st-annes", "St Anne's"), new("ty-gwyn", "Tŷ Gwyn")];

    [Theory]
    [InlineData("Boroughwide")]
    [InlineData("Borough wide")]
    [InlineData("Borough-wide")]
    [InlineData("All")]
    [InlineData("All Wards")]
    public void Borough_wide_wards_are_all(string written) => Assert.True(ReadWards.Read(written, Wards).All);

    [Fact]
    public void Named_wards_match_ward_ids_and_unknown_names_are_kept_apart()
    {
        var (all, ids, unknown) = ReadWards.Read("Dockside, St Annes and Ty Gwyn Ward; Nowhere", Wards);
        Assert.False(all);
        Assert.Equal(["dockside", "st-annes", "ty-gwyn"], ids);
        Assert.Equal(["Nowhere"], unknown);
    }

    [Theory]
    [InlineData("Performance Management Reports for Quarter 2 of 2011/12", "2012-01-05", "2011/12 Q2")]
    [InlineData("Performance Management Report for Quarter 2 2020/21", "2020-11-23", "2020/21 Q2")]
    [InlineData("Quarter 2 Performance Report", "2012-12-11", "2012/13 Q2")]
    [InlineData("Quarter Two performance", "2012-12-11", "2012/13 Q2")]
    [InlineData("Third quarter monitoring", "2013-02-20", "2012/13 Q3")]
    [InlineData("Q4 2012/13 outturn", "2013-06-20", "2012/13 Q4")]
    [InlineData("Quarter 4 outturn", "2013-06-20", "2012/13 Q4")]
    public void The_period_comes_from_the_subject(string subject, string meeting, string period) =>
        Assert.Equal(FinancialPeriod.Parse(period), ReadPeriod.Read(subject, DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture), 4).Period);

    [Fact]
    public void A_subject_without_a_quarter_has_no_period() =>
        Assert.Null(ReadPeriod.Read("School attendance", new DateOnly(2024, 1, 1), 4).Period);

    private static readonly Board[] Boards =
    [
        new("halton-cypf-ppb", "Children, Young People and Families Policy and Performance Board", "Children's PPB (Halton)", "ppb-report", "", ""),
        new("halton-safer-ppb", "Safer Policy and Performance Board", "Safer PPB (Halton)", "ppb-report", "", ""),
        new("cbeds-childrens-osc", "Children's Services Overview and Scrutiny", "Children's O&S", "osc-report", "", ""),
    ];

    [Theory]
    [InlineData("Children, Young People & Families Policy and Performance Board", "halton-cypf-ppb")]
    [InlineData("CHILDREN, YOUNG PEOPLE AND FAMILIES POLICY AND PERFORMANCE BOARD", "halton-cypf-ppb")]
    [InlineData("Safer Policy & Performance Board", "halton-safer-ppb")]
    [InlineData("the Safer Policy and Performance Board.", "halton-safer-ppb")]
    [InlineData("Childrens Services Overview & Scrutiny", "cbeds-childrens-osc")]
    public void Boards_match_by_name_whatever_the_ampersands_punctuation_and_case(string written, string id) =>
        Assert.Equal(id, MatchBoard.Find(written, Boards)?.Id);

    [Fact]
    public void An_unknown_board_has_the_closest_first()
    {
        Assert.Null(MatchBoard.Find("Safer Communities Board", Boards));
        Assert.Equal("halton-safer-ppb", MatchBoard.Closest("Safer Communities Board", Boards)[0].Id);
    }

    [Theory]
    [InlineData("PURPOSE OF REPORT", "Purpose of report")]
    [InlineData("IMPLICATIONS FOR THE COUNCIL'S PRIORITIES", "Implications for the Council's priorities")]
    [InlineData("LIST OF BACKGROUND PAPERS UNDER SECTIONS 100D OF THE LOCAL GOVERNMENT ACT 1972", "List of background papers under sections 100D of the Local Government Act 1972")]
    [InlineData("ROLE OF THE PPB", "Role of the PPB")]
    [InlineData("3. RECOMMENDATIONS", "3. Recommendations")]
    // A heading in mixed case is the paper's own wording: kept, proper nouns and all, with a capital to start.
    [InlineData("Staffing (including Trades Unions)", "Staffing (including Trades Unions)")]
    [InlineData("Update from the NHS Trust", "Update from the NHS Trust")]
    [InlineData("financial implications", "Financial implications")]
    public void Headings_in_capitals_are_written_in_sentence_case_keeping_proper_nouns_and_acronyms(string heading, string expected) =>
        Assert.Equal(expected, SentenceCase.Of(heading));

    [Fact]
    public void A_cover_value_broken_over_lines_is_joined_and_a_tab_separates_a_label_without_a_colon()
    {
        var header = ParseHeaderBlock.Parse(
        [
            "REPORT TO: Children, Young People & Families Policy and", "", "Performance Board", "",
            "SUBJECT: Performance Management Reports for Quarter", "", "2 of 2011/12", "",
            "WARD(S)\tBorough wide", "", "1.0 PURPOSE OF REPORT",
        ]);
        Assert.Equal("Children, Young People & Families Policy and Performance Board", header.Find(HeaderField.Board)?.Value);
        Assert.Equal("Performance Management Reports for Quarter 2 of 2011/12", header.Find(HeaderField.Title)?.Value);
        Assert.Equal("Borough wide", header.Find(HeaderField.Wards)?.Value);
        Assert.Equal(10, header.BodyStart);
    }
}
