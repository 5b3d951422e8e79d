using Committee.Model;

namespace Committee.Import;

/// <summary>
/// The section and subsection titles the configured report types know, compared as a reader would:
/// case, punctuation, numbers, "&amp;" and "and" aside ("Equalities/Human Rights" is "Equalities and human rights").
/// </summary>
public sealed class KnownTitles(IEnumerable<ReportType> types)
{
    private readonly HashSet<string> keys = types.SelectMany(Titles).Select(Key).ToHashSet(StringComparer.Ordinal);

    public bool Contains(string title) => keys.Contains(Key(title));

    public static string Key(string title) =>
        string.Join(' ', SectionTitle.Normalise(title.Replace("(s)", "s", StringComparison.OrdinalIgnoreCase)).Split(' ').Where(w => w is not ("and" or "the")));

    public static IEnumerable<string> Titles(ReportType type) =>
        type.Sections.Concat(type.OptionalSections).SelectMany(s => s.Also.Prepend(s.Title).Concat(s.Subsections));

    /// <summary>The section of <paramref name="type"/> a heading is, required or optional.</summary>
    public static SectionSpec? Section(ReportType type, string title) =>
        type.Sections.Concat(type.OptionalSections).FirstOrDefault(s => s.Also.Prepend(s.Title).Any(t => Key(t) == Key(title)));

    /// <summary>The subsection title a heading is, looking first in the current section.</summary>
    public static string? Subsection(ReportType type, SectionSpec? current, string title)
    {
        var key = Key(title);
        var inCurrent = current?.Subsections.FirstOrDefault(s => Key(s) == key);
        return inCurrent ?? type.Sections.Concat(type.OptionalSections).SelectMany(s => s.Subsections).FirstOrDefault(s => Key(s) == key);
    }
}
