using System.Collections.Immutable;
using System.Globalization;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Validate;

namespace Committee.Indicators;

/// <summary>
/// Reads one indicator of the catalogue, <c>content/indicators/&lt;id&gt;.yml</c>: <c>name</c>, <c>board</c> (one id or a
/// list), <c>unit</c>, <c>polarity</c>, and optionally <c>tolerance</c>, <c>description</c> and <c>definition_url</c>.
/// A faulty file becomes findings (<see cref="Rules.Settings"/>) and the indicator is left out.
/// </summary>
public static class ReadIndicators
{
    public const string Folder = "indicators";

    private static readonly string[] Units = ["percent", "count", "days", "money", "rate"];

    public static Indicator? Read(string id, YamlFields fields, IReadOnlyDictionary<string, Board> boards)
    {
        if (!Slug.IsId(id))
        {
            // An indicator's id makes its address, indicators/<id>/.
            fields.Report(Rules.IdFormat.InFile(fields.File, $"The indicator file name '{id}.yml'", Slug.From(id, "repeat-child-protection-plans")));
            return null;
        }
        var name = fields.Text("name", true, "the indicator's name, as papers' tables write it", Rules.SettingRequired);
        var boardList = fields.List("board", true, "the id of the board (or a list of the boards) that receive the indicator");
        var unitText = fields.Text("unit", true, "percent, count, days, money or rate", Rules.SettingRequired);
        var polarityText = fields.Text("polarity", true, "higher-is-better or lower-is-better", Rules.SettingRequired);
        var ok = name is not null && boardList is not null && unitText is not null && polarityText is not null;

        IndicatorUnit unit = default;
        if (unitText is not null && !(Units.Contains(unitText.ToLowerInvariant()) && Enum.TryParse(unitText, ignoreCase: true, out unit)))
        {
            fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("unit"), 1, $"unit '{unitText}' must be one of {string.Join(", ", Units)}."));
            ok = false;
        }
        var polarity = polarityText?.ToLowerInvariant() switch
        {
            "higher-is-better" => Polarity.HigherIsBetter,
            "lower-is-better" => Polarity.LowerIsBetter,
            _ => (Polarity?)null,
        };
        if (polarityText is not null && polarity is null)
        {
            fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("polarity"), 1, $"polarity '{polarityText}' must be higher-is-better or lower-is-better."));
            ok = false;
        }
        var boardIds = ImmutableArray.CreateBuilder<string>();
        foreach (var (board, node) in boardList ?? [])
        {
            if (boards.ContainsKey(board)) boardIds.Add(board);
            else fields.Report(fields.At(Rules.BoardUnknown, node, board).WithHint(Suggest.Hint(board, boards.Keys)));
        }
        if (boardList is not null && boardIds.Count == 0) ok = false;
        var tolerance = Tolerance(fields);
        var definition = fields.Text("definition_url", false, "") ?? "";
        if (definition.Length > 0 && !(definition.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || definition.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("definition_url"), 1, $"definition_url '{definition}' must be a web address starting https://."));
            definition = "";
        }
        return ok ? new Indicator(id, name!, boardIds.ToImmutable(), unit, polarity!.Value, tolerance, fields.Text("description", false, "") ?? "", definition, fields.File) : null;
    }

    /// <summary><c>tolerance: 2</c> (in the indicator's unit) or <c>tolerance: 5%</c> (of the target); null when not given.</summary>
    private static Tolerance? Tolerance(YamlFields fields)
    {
        if (fields.Text("tolerance", false, "") is not { } text) return null;
        var ofTarget = text.EndsWith('%');
        if (decimal.TryParse(ofTarget ? text[..^1].Trim() : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            return new Tolerance(amount, ofTarget);
        }
        fields.Report(Rules.Settings.At(fields.File, fields.LineOfField("tolerance"), 1,
            $"tolerance '{text}' must be a number above 0, in the indicator's unit (2) or as a share of the target (5%)."));
        return null;
    }
}
