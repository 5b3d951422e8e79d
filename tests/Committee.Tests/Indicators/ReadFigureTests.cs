using Committee.Indicators;

namespace Committee.Tests.Indicators;

/// <summary>Values as indicator tables write them, read with their units and bounds.</summary>
public class ReadFigureTests
{
    [Theory]
    [InlineData("95%", 95, 95, Bound.Exact, IndicatorUnit.Percent)]
    [InlineData("18% or lower", 18, 18, Bound.AtMost, IndicatorUnit.Percent)]
    [InlineData("£2.3m", 2_300_000, 2_300_000, Bound.Exact, IndicatorUnit.Money)]
    [InlineData("£450k", 450_000, 450_000, Bound.Exact, IndicatorUnit.Money)]
    [InlineData("1,204", 1204, 1204, Bound.Exact, null)]
    [InlineData("12 days", 12, 12, Bound.Exact, IndicatorUnit.Days)]
    [InlineData("20 working days", 20, 20, Bound.Exact, IndicatorUnit.Days)]
    [InlineData("3.1 per 1,000", 3.1, 3.1, Bound.Exact, IndicatorUnit.Rate)]
    [InlineData("28% to 40%", 28, 40, Bound.Range, IndicatorUnit.Percent)]
    [InlineData("28-40%", 28, 40, Bound.Range, IndicatorUnit.Percent)]
    [InlineData("1,450 or fewer", 1450, 1450, Bound.AtMost, null)]
    [InlineData("at least 90%", 90, 90, Bound.AtLeast, IndicatorUnit.Percent)]
    [InlineData("≤ 4.0", 4, 4, Bound.AtMost, null)]
    [InlineData("94 per cent", 94, 94, Bound.Exact, IndicatorUnit.Percent)]
    [InlineData("-2.5%", -2.5, -2.5, Bound.Exact, IndicatorUnit.Percent)]
    public void A_value_is_read_with_its_unit_and_bound(string text, double value, double high, Bound bound, IndicatorUnit? unit)
    {
        var figure = ReadFigure.From(text);
        Assert.NotNull(figure);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal((decimal)high, figure.High);
        Assert.Equal(bound, figure.Bound);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(text, figure.Text);
    }

    [Theory]
    [InlineData("about 92")]
    [InlineData("92% (provisional)")]
    [InlineData("40% to 28%")]
    [InlineData("12m")]
    [InlineData("£12%")]
    [InlineData("minutes 12")]
    public void A_value_that_is_not_a_figure_is_not_read(string text) => Assert.Null(ReadFigure.From(text));

    [Theory]
    [InlineData("n/a")]
    [InlineData("-")]
    [InlineData("TBC")]
    [InlineData("")]
    [InlineData("Not available")]
    public void A_blank_is_no_figure_and_no_mistake(string text) => Assert.True(ReadFigure.IsBlank(text));

    [Theory]
    [InlineData("Quarter 2 actual", IndicatorColumn.Actual)]
    [InlineData("Q3 outturn", IndicatorColumn.Actual)]
    [InlineData("Annual target", IndicatorColumn.Target)]
    [InlineData("RAG", IndicatorColumn.Status)]
    [InlineData("Status against target", IndicatorColumn.Status)]
    [InlineData("Direction of travel", IndicatorColumn.Direction)]
    [InlineData("Trend", IndicatorColumn.Direction)]
    [InlineData("Performance indicator", IndicatorColumn.Indicator)]
    [InlineData("Key measure", IndicatorColumn.Indicator)]
    [InlineData("Comments", IndicatorColumn.Other)]
    public void A_header_is_matched_like_a_section_title(string heading, IndicatorColumn role) =>
        Assert.Equal(role, IndicatorTable.Role(heading));
}
