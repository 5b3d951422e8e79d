using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Pipeline;
using Committee.Validate;
using Markdig.Extensions.Tables;

namespace Committee.Indicators;

/// <summary>
/// Reads each paper's indicator tables (<see cref="IndicatorTable"/>) and checks every row against the catalogue: the
/// indicator is known, its values read, their unit is the catalogue's, its status agrees with its figures, and it is not
/// reported twice with different figures. The rows matched are kept on the paper for the indicator pages and open data,
/// except an exempt paper's, whose figures reach no page. Nothing happens where the council keeps no catalogue.
/// </summary>
public sealed class CheckIndicators : IDocumentStage
{
    public string Name => "Check indicators";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        var catalogue = context.Site.Indicators;
        if (catalogue.IsEmpty || document.Markdown is not { } markdown || document.Report is not { } report) return document;
        var findings = new List<Diagnostic>();
        var readings = new Dictionary<string, IndicatorReading>(StringComparer.Ordinal);
        foreach (var (table, columns) in IndicatorTable.In(markdown))
        {
            foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
            {
                if (Read(row, columns, catalogue, document.DisplayPath, findings) is not { } reading) continue;
                if (readings.TryGetValue(reading.IndicatorId, out var first))
                {
                    if (!first.SameFiguresAs(reading))
                    {
                        findings.Add(Rules.IndicatorReportedTwice.At(document.DisplayPath, reading.Line, 1, catalogue.ById[reading.IndicatorId].Name,
                            Shown(reading.Actual), Shown(reading.Target), first.Line, Shown(first.Actual), Shown(first.Target)));
                    }
                    continue;
                }
                readings[reading.IndicatorId] = reading;
            }
        }
        document = document.With(findings);
        return report.IsExempt || readings.Count == 0 ? document : document with { Indicators = [.. readings.Values.OrderBy(r => r.Line)] };
    }

    private static string Shown(Figure? figure) => figure?.Text ?? "no figure";

    /// <summary>One row, matched and read; null when its indicator is not in the catalogue (or the row names none).</summary>
    public static IndicatorReading? Read(TableRow row, ImmutableArray<IndicatorColumn> columns, IndicatorCatalogue catalogue, string file, List<Diagnostic> findings)
    {
        string Cell(IndicatorColumn role) => IndicatorTable.Find(columns, role) is var at and >= 0 ? IndicatorTable.CellText(row, at) : "";
        var line = row.Line + 1;
        var name = Cell(IndicatorColumn.Indicator);
        if (name.Length == 0) return null;
        if (catalogue.Find(name) is not { } indicator)
        {
            findings.Add(Rules.IndicatorUnknown.At(file, line, 1, name).WithHint(Suggest.Hint(name, catalogue.Names) is { } hint && hint.StartsWith("did", StringComparison.Ordinal) ? hint : null));
            return null;
        }
        var target = Value(Cell(IndicatorColumn.Target), "target", indicator, file, line, findings);
        var actual = Value(Cell(IndicatorColumn.Actual), "actual", indicator, file, line, findings);
        var statusText = Cell(IndicatorColumn.Status);
        var status = ReadStatus.Rag(statusText);
        if (status is null && !ReadFigure.IsBlank(statusText))
        {
            findings.Add(Rules.IndicatorValue.At(file, line, 1, "status", indicator.Name, statusText, "Red, Amber or Green"));
        }
        var directionText = Cell(IndicatorColumn.Direction);
        var direction = ReadStatus.Direction(directionText);
        if (direction is null && !ReadFigure.IsBlank(directionText))
        {
            findings.Add(Rules.IndicatorValue.At(file, line, 1, "direction of travel", indicator.Name, directionText, "Improving, Stable or Declining"));
        }
        if (status is { } stated && target is not null && actual is not null && Assess.Allowed(target, actual, indicator) is var allowed && !allowed.Contains(stated))
        {
            findings.Add(Rules.IndicatorStatusContradicts.At(file, line, 1, indicator.Name, stated, actual.Text, target.Text, Missed(target, actual, indicator),
                string.Join(" or ", allowed)));
        }
        return new IndicatorReading(indicator.Id, target, actual, status, direction, line);
    }

    /// <summary>"meets it", "misses it by 2, so it is not green", "misses it by 8, more than the tolerance for amber (5)".</summary>
    private static string Missed(Figure target, Figure actual, Indicator indicator)
    {
        var miss = Assess.Miss(target, actual, indicator.Polarity);
        if (miss == 0) return "meets it";
        var by = $"misses it by {Figure.Number(miss)}";
        if (indicator.Tolerance is not { } tolerance) return by + ", so it is not green";
        var within = miss <= tolerance.For(target.Bound == Bound.Range && actual.Value > target.High ? target.High : target.Value);
        return $"{by}, {(within ? "within" : "more than")} the tolerance for amber ({tolerance})";
    }

    /// <summary>A target or actual, read; a finding when it cannot be, or when its unit is not the catalogue's.</summary>
    private static Figure? Value(string text, string what, Indicator indicator, string file, int line, List<Diagnostic> findings)
    {
        if (ReadFigure.IsBlank(text)) return null;
        if (ReadFigure.From(text) is not { } figure)
        {
            findings.Add(Rules.IndicatorValue.At(file, line, 1, what, indicator.Name, text, "a figure such as 95%, 18% or lower, £2.3m, 1,204 or 12 days"));
            return null;
        }
        if (figure.Unit is { } unit && unit != indicator.Unit)
        {
            findings.Add(Rules.IndicatorUnit.At(file, line, 1, indicator.Name, UnitName(indicator.Unit), what, text, UnitName(unit), indicator.SourceFile));
            return null;
        }
        return figure;
    }

    /// <summary>A unit as messages name it.</summary>
    public static string UnitName(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "percentages",
        IndicatorUnit.Count => "counts",
        IndicatorUnit.Days => "days",
        IndicatorUnit.Money => "pounds (£)",
        _ => "rates (per 1,000 or similar)",
    };
}
