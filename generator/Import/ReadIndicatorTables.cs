using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Committee.Indicators;

namespace Committee.Import;

/// <summary>
/// Finds indicator tables in a text copy of a paper (columns separated by tabs or by runs of spaces, as text copied out
/// of a PDF or a spreadsheet lays them out) and writes them as pipe tables, so the imported paper's indicators are read,
/// checked against the catalogue and followed across quarters like any other. A run of lines is a table when its first
/// line names an Indicator, a Target and an Actual column (<see cref="IndicatorTable.Role"/>) and the lines after it
/// have as many columns. Word tables already arrive as pipe tables (<see cref="ReadWordSource"/>).
/// </summary>
public static partial class ReadIndicatorTables
{
    [GeneratedRegex(@"\t+|\s{2,}")]
    private static partial Regex Gap();

    /// <summary>
    /// The lines, with each text indicator table's lines written as pipe-table rows. Line numbers are kept: the header's
    /// line carries the rule row after it, so what the import reports still points at the source's lines.
    /// </summary>
    public static ImmutableArray<string> AsPipeTables(ImmutableArray<string> lines, int start, out int tables)
    {
        tables = 0;
        var result = lines.ToBuilder();
        for (var i = Math.Max(start, 0); i < result.Count; i++)
        {
            var header = Cells(result[i]);
            if (header.Length < 3 || result[i].TrimStart().StartsWith('|')) continue;
            var roles = header.Select(IndicatorTable.Role).ToList();
            if (!roles.Contains(IndicatorColumn.Indicator) || !roles.Contains(IndicatorColumn.Target) || !roles.Contains(IndicatorColumn.Actual)) continue;
            var end = i + 1;
            while (end < result.Count && Cells(result[end]).Length == header.Length) end++;
            if (end == i + 1) continue;
            result[i] = Row(header) + "\n|" + string.Concat(Enumerable.Repeat(" --- |", header.Length));
            for (var row = i + 1; row < end; row++) result[row] = Row(Cells(result[row]));
            tables++;
            i = end - 1;
        }
        return result.MoveToImmutable();
    }

    private static string[] Cells(string line) =>
        line.Trim().Length == 0 ? [] : Gap().Split(line.Trim()).Select(c => c.Trim()).ToArray();

    // A cell's own '|' would end it early in a pipe table.
    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|"))) + " |";
}
