namespace Committee.Validate;

/// <summary>Finds the known name nearest to a mistyped one, for "did you mean …?" hints.</summary>
public static class Suggest
{
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        // Beyond about a third of the word, the "nearest" name is a guess that misleads more than it helps.
        return best.Name is not null && best.Distance <= Math.Max(2, typed.Length / 3) ? best.Name : null;
    }

    /// <summary>"Did you mean `x`?" or a list of the known names when nothing is close.</summary>
    public static string? Hint(string typed, IEnumerable<string> known)
    {
        var names = known.Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return null;
        var nearest = Nearest(typed, names);
        if (nearest is not null) return $"did you mean '{nearest}'?";
        return names.Count <= 12 ? $"known: {string.Join(", ", names)}" : null;
    }

    /// <summary>Levenshtein distance, with one row of memory.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
