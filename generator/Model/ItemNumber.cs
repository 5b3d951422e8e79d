using System.Globalization;
using System.Text.RegularExpressions;

namespace Committee.Model;

/// <summary>
/// An agenda item's number as councils print it: <c>7</c>, or <c>7a</c> for an item added under another. Items sort by
/// number, then letter (7, 7a, 7b, 8); a paper without a number sorts after every numbered one (<see cref="Last"/>).
/// </summary>
public readonly partial record struct ItemNumber(int Number, string Letter) : IComparable<ItemNumber>
{
    /// <summary>Where a paper without an item number sorts: after every numbered one.</summary>
    public static readonly ItemNumber Last = new(int.MaxValue, "");

    public int CompareTo(ItemNumber other) =>
        Number != other.Number ? Number.CompareTo(other.Number) : string.CompareOrdinal(Letter ?? "", other.Letter ?? "");

    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + Letter;

    /// <summary>"7" or "7a" (1 to 999, one lower-case letter), else null.</summary>
    public static ItemNumber? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 999)
        {
            return null;
        }
        return new ItemNumber(number, match.Groups["letter"].Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"^(?<number>[0-9]{1,3})(?<letter>[a-zA-Z]?)$")]
    private static partial Regex Pattern();
}
