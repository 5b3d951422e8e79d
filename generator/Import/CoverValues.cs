using System.Text.RegularExpressions;

namespace Committee.Import;

/// <summary>Whether a cover's line goes on with the value of the label above it.</summary>
public static partial class ParseHeaderBlock
{
    /// <summary>
    /// Whether a line continues the value above it: a line that ends no sentence ("2 of 2011/12"), with no blank
    /// line between unless the value stops mid-phrase ("… Policy and" / "" / "Performance Board"); a summary
    /// runs to the end of its paragraph. Unlabelled lines, access, item and dates that already read never continue.
    /// </summary>
    private static bool CanContinue(HeaderEntry entry, string text, bool blank, bool titled = true)
    {
        if (entry.Label.Length == 0) return false;
        // "(Confidential) Not for publication (if this item is later reported for" / "formal decision, …)": a bracket not yet closed.
        if (!blank && entry.Value.Count(c => c == '(') > entry.Value.Count(c => c == ')')) return true;
        if (entry.Field is HeaderField.Access or HeaderField.Item or HeaderField.NoField) return false;
        // "WARDS AFFECTED: ALL" is whole; "12" alone is the item's number, not the end of a value.
        if (LoneNumber().IsMatch(text) || (entry.Field == HeaderField.Wards && entry.Value.Equals("all", StringComparison.OrdinalIgnoreCase))) return false;
        if (entry.Field == HeaderField.Date) return !blank && ReadMeetingDate.Read(entry.Value) is null;
        // "Meeting: 06/01/2009 - Cabinet (Item 140)": a meeting named with its date is whole.
        if (entry.Field == HeaderField.Board && ReadMeetingDate.Find(entry.Value) is not null) return false;
        if (entry.Field == HeaderField.Summary) return !blank;
        if (CleanText.IsCapitals(text) && !(CleanText.IsCapitals(entry.Value) && !blank)) return false;
        if (text.Length > 80 || entry.Value.EndsWith('.')) return false;
        // "Report of the Assistant Director" / "(Leisure and Community Development)" goes on; "Play Area Development Programme" is the title.
        if (entry.Field is HeaderField.ReportOf or HeaderField.Officer && !blank && char.IsUpper(text[0]) && !Unfinished().IsMatch(entry.Value) && !CleanText.IsCapitals(text) && !titled
            && LooksLikeTitle(text) && text.Split(' ').Length >= 2 && entry.Value.Split(' ').Length >= 2) return false;
        return !blank || Unfinished().IsMatch(entry.Value) || char.IsLower(text[0]) || char.IsDigit(text[0]);
    }

    [GeneratedRegex(@"(?:\band|&|,|\bof|\bfor|\bthe|-|–)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unfinished();
}
