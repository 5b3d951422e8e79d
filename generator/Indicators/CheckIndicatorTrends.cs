using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Pipeline;

namespace Committee.Indicators;

/// <summary>
/// Checks each direction of travel against the archive: "Improving" when the figure reported for the previous quarter
/// was better is a slip a reviewer would catch. Runs once the papers have their quarters; one pass over the readings, so
/// linear in the number of papers.
/// </summary>
public sealed class CheckIndicatorTrends : IArchiveStage
{
    public string Name => "Check indicator trends";

    public ImmutableArray<ReportDocument> Process(ImmutableArray<ReportDocument> documents, PipelineContext context)
    {
        var catalogue = context.Site.Indicators;
        if (catalogue.IsEmpty) return documents;
        var previous = Latest(documents);
        if (previous.Count == 0) return documents;
        var builder = documents.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            var document = builder[i];
            if (document.Indicators.IsEmpty || document.Quarter is not { } quarter) continue;
            var findings = new List<Diagnostic>();
            foreach (var reading in document.Indicators)
            {
                if (reading is not { Direction: { } stated, Actual: { } actual }) continue;
                if (!previous.TryGetValue((reading.IndicatorId, quarter.Previous), out var before) || before.Reading.Actual is not { } earlier) continue;
                var indicator = catalogue.ById[reading.IndicatorId];
                var moved = Assess.Movement(earlier.Value, actual.Value, indicator.Polarity);
                // "Stable" covers small moves either way; only a move the opposite way to the one stated is a contradiction.
                if (stated == Direction.Stable || moved == stated || moved == Direction.Stable) continue;
                findings.Add(Rules.IndicatorDirectionContradicts.At(document.DisplayPath, reading.Line, 1, indicator.Name, stated,
                    earlier.Text, quarter.Previous, before.Paper, actual.Text, moved));
            }
            builder[i] = document.With(findings);
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Each indicator's reading for each quarter, from final papers: the latest meeting's, where two papers report it.</summary>
    public static Dictionary<(string Indicator, FinancialPeriod Quarter), (IndicatorReading Reading, string Paper, DateOnly Date)> Latest(IEnumerable<ReportDocument> documents)
    {
        var latest = new Dictionary<(string, FinancialPeriod), (IndicatorReading, string, DateOnly)>();
        foreach (var document in documents)
        {
            if (document.Indicators.IsEmpty || document.Quarter is not { } quarter || document.Report is not { IsDraft: false, Date: { } date } report) continue;
            foreach (var reading in document.Indicators)
            {
                var key = (reading.IndicatorId, quarter);
                if (!latest.TryGetValue(key, out var held) || held.Item3 < date) latest[key] = (reading, report.Title, date);
            }
        }
        return latest;
    }
}
