using System.Globalization;
using System.Net;
using System.Text;
using Committee.Indicators;

namespace Committee.Render.Listings;

/// <summary>
/// An indicator's trend as an inline SVG, made at build time so it needs no JavaScript and prints: the target as a dashed
/// line, the actuals as a line of points, each point's status by colour and by shape (a circle for green, a diamond for
/// amber, a triangle for red, a square for none), and axes labelled with the value and the financial quarters. It is one
/// image to assistive technology (<c>role="img"</c>), named by its <c>&lt;title&gt;</c> and summarised by its
/// <c>&lt;desc&gt;</c>; the page's table gives the same figures.
/// </summary>
internal static class IndicatorChart
{
    private const int Width = 720, Height = 360, Left = 72, Right = 16, Top = 20, Bottom = 72;
    private const int PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static string Svg(Indicator indicator, IReadOnlyList<IndicatorPoint> points, Words words)
    {
        var values = points.SelectMany(p => new[] { p.Reading.Actual, p.Reading.Target }).OfType<Figure>().SelectMany(f => new[] { f.Value, f.High }).ToList();
        if (values.Count == 0) return "";
        var (low, high, step) = Scale(values.Min(), values.Max());
        double Y(decimal value) => Top + PlotHeight - (double)((value - low) / (high - low)) * PlotHeight;
        double X(int i) => Left + (i + 0.5) * PlotWidth / points.Count;

        var svg = new StringBuilder(4096);
        svg.Append($"<svg class=\"indicator-chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"chart-title\">{Text(words["chart_title", ("indicator", indicator.Name)])}</title>");
        svg.Append($"<desc id=\"chart-desc\">{Text(Description(indicator, points, words))}</desc>");

        // Value axis: gridlines and labels at each step.
        for (var tick = low; tick <= high; tick += step)
        {
            var y = Y(tick);
            svg.Append(Fmt($"<line class=\"indicator-chart__grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>"));
            svg.Append(Fmt($"<text class=\"indicator-chart__label\" x=\"{Left - 8}\" y=\"{y + 5:0.#}\" text-anchor=\"end\">{Text(Value(tick, indicator.Unit))}</text>"));
        }
        svg.Append(Fmt($"<line class=\"indicator-chart__axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\"/>"));
        svg.Append(Fmt($"<line class=\"indicator-chart__axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Top + PlotHeight}\" y2=\"{Top + PlotHeight}\"/>"));

        // Quarter axis: at most about ten labels, so they never overlap; the year under the first quarter shown of each year.
        var every = (points.Count + 9) / 10;
        int? lastYear = null;
        for (var i = 0; i < points.Count; i += every)
        {
            var quarter = points[i].Quarter;
            svg.Append(Fmt($"<text class=\"indicator-chart__label\" x=\"{X(i):0.#}\" y=\"{Top + PlotHeight + 22}\" text-anchor=\"middle\">Q{quarter.Quarter}</text>"));
            if (lastYear != quarter.StartYear)
            {
                svg.Append(Fmt($"<text class=\"indicator-chart__label\" x=\"{X(i):0.#}\" y=\"{Top + PlotHeight + 42}\" text-anchor=\"middle\">{quarter.Year}</text>"));
                lastYear = quarter.StartYear;
            }
        }
        svg.Append(Fmt($"<text class=\"indicator-chart__label\" x=\"{Left + PlotWidth / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\">{Text(words["chart_axis_quarter"])}</text>"));

        // The target, low and high ends of a range each as a line; then the actuals joined, then their points.
        Line(svg, points, p => p.Reading.Target?.Value, X, Y, "indicator-chart__target");
        if (points.Any(p => p.Reading.Target?.Bound == Bound.Range)) Line(svg, points, p => p.Reading.Target is { Bound: Bound.Range } t ? t.High : null, X, Y, "indicator-chart__target");
        Line(svg, points, p => p.Reading.Actual?.Value, X, Y, "indicator-chart__actual");
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Reading.Actual is { } actual) svg.Append(Marker(X(i), Y(actual.Value), points[i].Reading.Status));
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The summary a screen reader gives: how many quarters, the first and last figures, the target, the statuses.</summary>
    public static string Description(Indicator indicator, IReadOnlyList<IndicatorPoint> points, Words words)
    {
        var reported = points.Where(p => p.Reading.Actual is not null).ToList();
        var (first, last) = reported.Count > 0 ? (reported[0], reported[^1]) : (points[0], points[^1]);
        int Count(Rag? rag) => points.Count(p => p.Reading.Status == rag);
        return words["chart_description",
            ("count", points.Count.ToString(CultureInfo.InvariantCulture)),
            ("first", first.Quarter.ToString()), ("first_value", first.Reading.Actual?.Text ?? "-"),
            ("last", last.Quarter.ToString()), ("last_value", last.Reading.Actual?.Text ?? "-"),
            ("target", points.LastOrDefault(p => p.Reading.Target is not null)?.Reading.Target?.Text ?? "-"),
            ("green", Count(Rag.Green).ToString(CultureInfo.InvariantCulture)), ("amber", Count(Rag.Amber).ToString(CultureInfo.InvariantCulture)),
            ("red", Count(Rag.Red).ToString(CultureInfo.InvariantCulture)), ("none", Count(null).ToString(CultureInfo.InvariantCulture))];
    }

    private static void Line(StringBuilder svg, IReadOnlyList<IndicatorPoint> points, Func<IndicatorPoint, decimal?> value, Func<int, double> x, Func<decimal, double> y, string css)
    {
        var path = new StringBuilder();
        var joined = false;
        for (var i = 0; i < points.Count; i++)
        {
            if (value(points[i]) is not { } v)
            {
                joined = false;
                continue;
            }
            path.Append(Fmt($"{(joined ? "L" : "M")}{x(i):0.#} {y(v):0.#}"));
            joined = true;
        }
        if (path.Length > 0) svg.Append($"<path class=\"{css}\" d=\"{path}\"/>");
    }

    private static string Marker(double x, double y, Rag? status) => status switch
    {
        Rag.Green => Fmt($"<circle class=\"indicator-chart__point indicator-chart__point--green\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"7\"/>"),
        Rag.Amber => Fmt($"<path class=\"indicator-chart__point indicator-chart__point--amber\" d=\"M{x:0.#} {y - 9:0.#}L{x + 9:0.#} {y:0.#}L{x:0.#} {y + 9:0.#}L{x - 9:0.#} {y:0.#}Z\"/>"),
        Rag.Red => Fmt($"<path class=\"indicator-chart__point indicator-chart__point--red\" d=\"M{x:0.#} {y - 9:0.#}L{x + 9:0.#} {y + 7:0.#}L{x - 9:0.#} {y + 7:0.#}Z\"/>"),
        _ => Fmt($"<rect class=\"indicator-chart__point indicator-chart__point--none\" x=\"{x - 6:0.#}\" y=\"{y - 6:0.#}\" width=\"12\" height=\"12\"/>"),
    };

    /// <summary>A scale from a round number below the lowest value to one above the highest, in about four steps.</summary>
    public static (decimal Low, decimal High, decimal Step) Scale(decimal min, decimal max)
    {
        var span = max - min;
        if (span == 0) span = Math.Max(Math.Abs(max) / 10, 1);
        var raw = (double)span / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (decimal)(magnitude * (raw / magnitude) switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 });
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        if (high == low) high = low + step;
        return (low, high, step);
    }

    private static string Value(decimal value, IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => value.ToString("#,0.##", CultureInfo.InvariantCulture) + "%",
        IndicatorUnit.Money => "£" + value.ToString("#,0.##", CultureInfo.InvariantCulture),
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Fmt(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
