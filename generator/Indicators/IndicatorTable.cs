using System.Collections.Immutable;
using Committee.Model;
using Committee.Parse;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Committee.Indicators;

/// <summary>What one column of an indicator table holds.</summary>
public enum IndicatorColumn { Other, Indicator, Target, Actual, Status, Direction }

/// <summary>
/// Recognises an indicator table: an ordinary pipe table whose header has an Indicator column and Target and Actual
/// columns, named as tables name them ("Quarter 2 actual" is the Actual column, "RAG" the Status, "Direction of travel"
/// or "Trend" the direction), compared as section titles are (<see cref="SectionTitle.Normalise"/>). Any other table is
/// not one, and stays a plain table.
/// </summary>
public static class IndicatorTable
{
    /// <summary>The role of each column, when the table is an indicator table; else null.</summary>
    public static ImmutableArray<IndicatorColumn>? Columns(Table table)
    {
        if (table.Count == 0 || table[0] is not TableRow { IsHeader: true } header) return null;
        var roles = new IndicatorColumn[header.Count];
        var taken = new HashSet<IndicatorColumn>();
        for (var i = 0; i < header.Count; i++)
        {
            var role = Role(CellText(header, i));
            if (role != IndicatorColumn.Other && taken.Add(role)) roles[i] = role;
        }
        return taken.Contains(IndicatorColumn.Indicator) && taken.Contains(IndicatorColumn.Target) && taken.Contains(IndicatorColumn.Actual)
            ? [.. roles]
            : null;
    }

    /// <summary>What a header names: checked in this order, so "Status against target" is the status, not the target.</summary>
    public static IndicatorColumn Role(string heading)
    {
        var words = SectionTitle.Normalise(heading).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return IndicatorColumn.Other;
        bool Has(params string[] any) => words.Any(any.Contains);
        if (Has("status", "rag", "rating")) return IndicatorColumn.Status;
        if (Has("direction", "trend", "dot")) return IndicatorColumn.Direction;
        if (Has("actual", "outturn", "performance") && !Has("indicator", "indicators", "measure", "measures")) return IndicatorColumn.Actual;
        if (Has("target", "targets")) return IndicatorColumn.Target;
        if (Has("indicator", "indicators", "measure", "measures", "kpi", "pi")) return IndicatorColumn.Indicator;
        return IndicatorColumn.Other;
    }

    /// <summary>The plain text of a row's cell, or "" where the row is short.</summary>
    public static string CellText(TableRow row, int column)
    {
        if (column >= row.Count || row[column] is not TableCell cell) return "";
        var text = new System.Text.StringBuilder();
        foreach (var block in cell)
        {
            if (block is LeafBlock leaf) text.Append(InlineText.Of(leaf));
        }
        return text.ToString().Trim();
    }

    /// <summary>The column holding a role, or -1.</summary>
    public static int Find(ImmutableArray<IndicatorColumn> columns, IndicatorColumn role) => columns.IndexOf(role);

    /// <summary>Every table of a paper, in document order, with the role of each column where it is an indicator table.</summary>
    public static IEnumerable<(Table Table, ImmutableArray<IndicatorColumn> Columns)> In(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is Table table)
            {
                if (Columns(table) is { } columns) yield return (table, columns);
            }
            else if (block is ContainerBlock inner)
            {
                foreach (var found in In(inner)) yield return found;
            }
        }
    }
}
