namespace Committee.Render;

/// <summary>Makes <c>reports.json</c> and <c>reports.csv</c> by joining each public report's rows into their frames.</summary>
internal static class OpenDataRows
{
    /// <summary>How the rows are framed in a file: what comes before the first, between two, and after the last.</summary>
    public sealed record Frame(byte[] Start, byte[] Between, byte[] End, byte[] Empty);

    /// <param name="make">Makes a report's JSON and CSV rows.</param>
    public static (byte[] Json, byte[] Csv) Files(
        List<Pipeline.ReportDocument> reports, Frame json, Frame csv, Func<Pipeline.ReportDocument, (byte[] Json, byte[] Csv)> make)
    {
        var rows = new (byte[] Json, byte[] Csv)[reports.Count];
        Parallel.For(0, reports.Count, i => rows[i] = make(reports[i]));
        return (Join([.. rows.Select(r => r.Json)], json), Join([.. rows.Select(r => r.Csv)], csv));
    }

    private static byte[] Join(byte[][] rows, Frame frame)
    {
        if (rows.Length == 0) return frame.Empty;
        using var file = new MemoryStream();
        file.Write(frame.Start);
        for (var i = 0; i < rows.Length; i++)
        {
            if (i > 0) file.Write(frame.Between);
            file.Write(rows[i]);
        }
        file.Write(frame.End);
        return file.ToArray();
    }
}
