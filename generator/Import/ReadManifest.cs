using System.Globalization;
using System.Text;
using Committee.Model;

namespace Committee.Import;

/// <summary>
/// Reads a manifest: a CSV file, one paper a row, <c>file,board,date,title[,item,officer,wards]</c>, as a council can
/// export it from its committee system's listings. The file is relative to the manifest's folder; the board is
/// an id or a board's name; the date is as councils print it or YYYY-MM-DD. A first row naming the columns is skipped.
/// </summary>
public static class ReadManifest
{
    public static (Dictionary<string, PaperFacts> Papers, List<string> Problems) From(string path, string shown, Site site, DateOnly today)
    {
        var papers = new Dictionary<string, PaperFacts>(StringComparer.Ordinal);
        var problems = new List<string>();
        string text;
        try
        {
            text = ReadTextSource.Decode(File.ReadAllBytes(path)) ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (papers, [$"The manifest {shown} could not be read: {e.Message}"]);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var rows = ReadSource.Lines(text);
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Trim().Length == 0) continue;
            var cells = Cells(rows[i]);
            if (i == 0 && cells[0].Trim().Equals("file", StringComparison.OrdinalIgnoreCase)) continue;
            var at = $"{shown}, line {i + 1}";
            if (cells.Count < 4) { problems.Add($"{at}: a row needs at least file, board, date and title, separated by commas."); continue; }
            var file = Path.GetFullPath(cells[0].Trim(), folder);
            var boardText = cells[1].Trim();
            var board = site.Boards.ContainsKey(boardText) ? site.Boards[boardText] : MatchBoard.Find(boardText, site.Boards.Values);
            if (board is null) problems.Add($"{at}: the board \"{boardText}\" is not one of the boards in content/boards/ ({string.Join(", ", site.Boards.Keys.Order(StringComparer.Ordinal))}).");
            var date = ReadMeetingDate.Read(cells[2], today);
            if (date is null) problems.Add($"{at}: \"{cells[2].Trim()}\" is not a date such as 2024-11-12 or 12 November 2024.");
            int? item = null;
            if (cells.Count > 4 && cells[4].Trim().Length > 0)
            {
                if (int.TryParse(cells[4].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) item = n;
                else problems.Add($"{at}: the item \"{cells[4].Trim()}\" is not a number.");
            }
            if (board is null || date is null) continue;
            if (papers.ContainsKey(file)) problems.Add($"{at}: {cells[0].Trim()} is listed twice.");
            papers[file] = new PaperFacts
            {
                Board = board.Id,
                Date = date,
                Title = cells[3].Trim() is { Length: > 0 } title ? title : null,
                Item = item,
                Officer = cells.Count > 5 && cells[5].Trim().Length > 0 ? cells[5].Trim() : null,
                Wards = cells.Count > 6 && cells[6].Trim().Length > 0 ? cells[6].Trim() : null,
            };
        }
        return (papers, problems);
    }

    /// <summary>The cells of one CSV row: commas separate them; a cell in double quotes may hold commas and "" for a quote.</summary>
    public static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>A CSV cell, quoted when it must be.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
