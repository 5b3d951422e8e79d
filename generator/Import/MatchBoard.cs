using Committee.Model;
using Committee.Validate;

namespace Committee.Import;

/// <summary>
/// Finds the configured board a cover names, as a reader would: "Safer Policy &amp; Performance Board" is the
/// Safer Policy and Performance Board; case, punctuation, "&amp;"/"and" and a leading "the" do not matter, nor
/// one letter wrong in a long name.
/// </summary>
public static class MatchBoard
{
    public static Board? Find(string written, IEnumerable<Board> boards)
    {
        var key = Key(written);
        if (key.Length == 0) return null;
        var sorted = boards.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        var exact = sorted.FirstOrDefault(b => Key(b.Name) == key || Key(b.ShortName) == key || Key(b.Id.Replace('-', ' ')) == key);
        if (exact is not null || key.Length < 12) return exact;
        // A long name misspelt by a letter ("Executive Member Enviromental Services") is still the one board it is near.
        var near = sorted.Where(b => Suggest.Distance(key, Key(b.Name)) <= 1).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>The boards whose names are nearest to what the cover says, nearest first.</summary>
    public static IReadOnlyList<Board> Closest(string written, IEnumerable<Board> boards, int count = 3)
    {
        var key = Key(written);
        var words = key.Split(' ').ToHashSet();
        return
        [
            .. boards
                .Select(b => (Board: b, Score: Math.Min(Suggest.Distance(key, Key(b.Name)), Suggest.Distance(key, Key(b.ShortName))) - 3 * Key(b.Name).Split(' ').Count(words.Contains)))
                .OrderBy(x => x.Score).ThenBy(x => x.Board.Id, StringComparer.Ordinal)
                .Take(count)
                .Select(x => x.Board),
        ];
    }

    private static string Key(string name)
    {
        var key = SectionTitle.Normalise(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
