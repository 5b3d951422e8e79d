namespace Committee.Import;

/// <summary>The cover labels some papers put after their text, as an old committee system's decision record does.</summary>
public static class ReadTrailingLabels
{
    /// <summary>
    /// Labelled lines that end a paper, as a decision record ends ("Contact Officer :-…", "Attachments :-…"): their
    /// entries, and the index where the body stops. None unless two or more such lines end it and one gives a field.
    /// </summary>
    public static (IReadOnlyList<HeaderEntry> Entries, int Start) Read(IReadOnlyList<string> lines, int bodyStart, CoverLabels? labels = null)
    {
        labels ??= CoverLabels.Default;
        var entries = new List<HeaderEntry>();
        var start = lines.Count;
        for (var j = lines.Count - 1; j >= bodyStart; j--)
        {
            if (CleanText.IsBlank(lines[j])) continue;
            if (labels.Match(CleanText.Plain(lines[j]), inCover: false) is not { Value.Length: > 0 } found) break;
            entries.Insert(0, new HeaderEntry(found.Field, found.Label, found.Value, j + 1));
            start = j;
        }
        return entries.Count >= 2 && entries.Any(e => e.Field != HeaderField.NoField) ? (entries, start) : ([], lines.Count);
    }
}
