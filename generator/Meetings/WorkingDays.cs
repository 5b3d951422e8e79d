using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Committee.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Committee.Meetings;

/// <summary>
/// Working days: Monday to Friday, except the bank holidays listed in <c>site-src/bank-holidays.yml</c> (England and
/// Wales's ship; a council elsewhere lists its own). Counts the clear working days between publishing an agenda and the
/// meeting, as section 100B of the Local Government Act 1972 asks: the day of publication and the meeting's day do not count.
/// </summary>
public sealed class WorkingDays(FrozenSet<DateOnly> bankHolidays)
{
    public const string FileName = "bank-holidays.yml";

    /// <summary>The clear working days section 100B asks for between publication and the meeting.</summary>
    public const int Required = 5;

    public static WorkingDays WeekdaysOnly { get; } = new(FrozenSet<DateOnly>.Empty);

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(day);

    /// <summary>The working days after <paramref name="published"/> and before <paramref name="meeting"/>.</summary>
    public int ClearDays(DateOnly published, DateOnly meeting)
    {
        var count = 0;
        // A year and more is plenty; the loop stops there so a mistyped year costs nothing.
        for (var day = published.AddDays(1); day < meeting && count <= 400; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    /// <summary>The last working day an agenda could go out and still leave <see cref="Required"/> clear working days.</summary>
    public DateOnly LatestPublication(DateOnly meeting)
    {
        var day = meeting;
        for (var found = 0; found < Required;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day)) found++;
        }
        do day = day.AddDays(-1); while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>Reads <c>site-src/bank-holidays.yml</c>, a list of dates; without it, every weekday is a working day.</summary>
    public static (WorkingDays Days, ImmutableList<Diagnostic> Diagnostics) Load(string siteDirectory, Func<string, string> display)
    {
        var path = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(path)) return (WeekdaysOnly, []);
        var shown = display(path);
        var stream = new YamlStream();
        try
        {
            if (new FileInfo(path).Length > 256 * 1024) return (WeekdaysOnly, [Rules.Settings.InFile(shown, "The bank holidays file is larger than 256 KB; it should list only dates.")]);
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or IOException or UnauthorizedAccessException)
        {
            return (WeekdaysOnly, [Rules.Settings.InFile(shown, $"The bank holidays could not be read: {e.Message}")]);
        }
        if (stream.Documents.Count == 0) return (WeekdaysOnly, []);
        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            return (WeekdaysOnly, [Rules.Settings.InFile(shown, "The bank holidays must be a list of dates, one a line: '- 2025-12-25'.")]);
        }
        var days = new HashSet<DateOnly>();
        var diagnostics = ImmutableList.CreateBuilder<Diagnostic>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } text } &&
                DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
            else
            {
                diagnostics.Add(Rules.Settings.At(shown, (int)item.Start.Line, (int)item.Start.Column, "A bank holiday must be a date written yyyy-mm-dd, like '- 2025-12-25'."));
            }
        }
        return (new WorkingDays(days.ToFrozenSet()), diagnostics.ToImmutable());
    }
}
