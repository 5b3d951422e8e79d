using System.Collections.Immutable;
using Committee.Diagnostics;
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
        var previous = IndicatorTrends.From(documents);
        if (previous.ByIndicator.Count == 0) return documents;
        var builder = documents.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            var document = builder[i];
            if (document.Indicators.IsEmpty || document.Quarter is not { } quarter) continue;
            var findings = new List<Diagnostic>();
            foreach (var reading in document.Indicators)
            {
                if (reading is not { Direction: { } stated, Actual: { } actual }) continue;
                if (previous.At(reading.IndicatorId, quarter.Previous) is not { Reading.Actual: { } earlier } before) continue;
                var indicator = catalogue.ById[reading.IndicatorId];
                var moved = Assess.Movement(earlier.Value, actual.Value, indicator.Polarity);
                // "Stable" covers small moves either way; only a move the opposite way to the one stated is a contradiction.
                if (stated == Direction.Stable || moved == stated || moved == Direction.Stable) continue;
                findings.Add(Rules.IndicatorDirectionContradicts.At(document.DisplayPath, reading.Line, 1, indicator.Name, stated,
                    earlier.Text, quarter.Previous, before.PaperTitle, actual.Text, moved));
            }
            builder[i] = document.With(findings);
        }
        return builder.MoveToImmutable();
    }
}
