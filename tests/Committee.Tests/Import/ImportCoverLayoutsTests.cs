using System.Collections.Immutable;
using Committee.Import;

namespace Committee.Tests.Import;

/// <summary>
/// The cover layouts the real reports of Import/Papers showed, each on its own: a paper going to two meetings, a
/// meeting in a table's row, two labels on a line, an item's number alone, a section's number alone above its title.
/// </summary>
public sealed class ImportCoverLayoutsTests
{
    [Fact]
    public void A_paper_going_to_two_meetings_is_filed_under_the_first_and_the_other_is_listed()
    {
        var header = ParseHeaderBlock.Parse(
        [
            "EXECUTIVE COMMITTEE - 25 JUNE 2012", "LEISURE AND COMMUNITY SAFETY POLICY AND SCRUTINY COMMITTEE", "30 MAY 2012",
            "PART I - DELEGATED", "5c.", "2012/14 PLAY AREA CAPITAL PROGRAMME AND S106 UPDATE", "1. Summary",
        ]);
        Assert.Equal("LEISURE AND COMMUNITY SAFETY POLICY AND SCRUTINY COMMITTEE", header.Find(HeaderField.Board)?.Value);
        Assert.Equal("30 MAY 2012", header.Find(HeaderField.Date)?.Value);
        Assert.Equal("5c", header.Find(HeaderField.Item)?.Value);
        Assert.Equal("2012/14 PLAY AREA CAPITAL PROGRAMME AND S106 UPDATE", header.Find(HeaderField.Title)?.Value);
        Assert.Contains(header.Unplaced, u => u.Text.StartsWith("EXECUTIVE COMMITTEE", StringComparison.Ordinal) && u.Reason.Contains("later meeting"));
    }

    [Fact]
    public void A_meeting_in_a_tables_row_and_two_labels_side_by_side_are_read()
    {
        var header = ParseHeaderBlock.Parse(
        [
            "Executive               on                     4th October 2005", "",
            "Report Title: Developing provision for skateboarding", "",
            "Forward Plan reference number (if applicable):", "",
            "Wards(s) affected: Crouch End,               Report for: Non Key Decision", "Hornsey, Alexandra", "",
            "1.   Purpose",
        ]);
        Assert.Equal("Executive", header.Find(HeaderField.Board)?.Value);
        Assert.Equal("4th October 2005", header.Find(HeaderField.Date)?.Value);
        Assert.Equal("Crouch End, Hornsey, Alexandra", header.Find(HeaderField.Wards)?.Value);
        Assert.Contains(header.Entries, e => e.Label == "Forward Plan reference number (if applicable)" && e.Field == HeaderField.NoField);
    }

    [Fact]
    public void A_number_alone_in_the_cover_is_the_item_and_a_boards_name_alone_takes_the_date_below_it()
    {
        var header = ParseHeaderBlock.Parse(["CALDERDALE MBC", "WARDS AFFECTED: ALL", "12", "CABINET", "19th September 2011", "PLAY AREA IMPROVEMENT PROGRAMME", "1. Issue"]);
        Assert.Equal("ALL", header.Find(HeaderField.Wards)?.Value);
        Assert.Equal("12", header.Find(HeaderField.Item)?.Value);
        Assert.Equal("CABINET", header.Find(HeaderField.Board)?.Value);
        Assert.Equal("19th September 2011", header.Find(HeaderField.Date)?.Value);
        Assert.Equal("PLAY AREA IMPROVEMENT PROGRAMME", header.Find(HeaderField.Title)?.Value);
    }

    [Fact]
    public void A_sections_number_alone_joins_its_title_but_a_pages_number_and_a_column_of_names_do_not()
    {
        string[] text = ["Play Area", "Development Programme", "1", "Summary", "1.1", "This report gives progress on the play areas.", "2", "Recommendation to the Board", "a", "That the Board notes it."];
        var joined = JoinWrappedLines.Join([.. text, .. Enumerable.Repeat("More text of the paper, as wrapped lines are.", 6)], out _);
        Assert.Contains("Play Area Development Programme", joined);
        Assert.Contains("1 Summary", joined);
        Assert.Contains("2 Recommendation to the Board", joined);

        string[] column = ["Quality of Life Implications", "Natural Resource Use", "Pollution Prevention and Control", "Local Environment", "Safe Communities"];
        var kept = JoinWrappedLines.Join([.. column, .. Enumerable.Repeat("More text of the paper, as wrapped lines are.", 6)], out _);
        Assert.Equal(column, kept.Take(column.Length));
    }

    [Theory]
    [InlineData("2012/14 PLAY AREA CAPITAL PROGRAMME AND S106 UPDATE", "2012/14 play area capital programme and S106 update")]
    [InlineData("3. RECOMMENDATIONS", "3. Recommendations")]
    public void A_title_starting_with_a_year_is_not_capitalised_after_it(string heading, string expected) => Assert.Equal(expected, SentenceCase.Of(heading));

    [Fact]
    public void The_papers_own_title_in_its_text_does_not_make_its_words_names()
    {
        var names = SentenceCase.Names([], ["It is recommended that Cabinet approve the Play Area Improvement Programme in Appendix 1."], "PLAY AREA IMPROVEMENT PROGRAMME");
        Assert.Equal("Play area improvement programme", SentenceCase.Of("PLAY AREA IMPROVEMENT PROGRAMME", names));
    }
}
