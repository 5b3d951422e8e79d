using System.Buffers;
using Committee.Diagnostics;

namespace Committee.Parse;

/// <summary>
/// Finds characters that no published page may hold: the control characters other than tab and line breaks (a vertical
/// tab or a U+0001 left by copying from another program), and U+FFFE and U+FFFF, which are not characters at all. The
/// feeds and the sitemap are XML, which refuses them, so one in a title once ended the build with "This is a bug".
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>The first such character, as a finding at its line and column; null for the usual paper.</summary>
    public static Diagnostic? Find(string text, string file)
    {
        var at = text.AsSpan().IndexOfAny(Refused);
        if (at < 0) return null;
        var (line, column) = TextLimits.Position(text, at);
        return Rules.ControlCharacter.At(file, line, column, $"U+{(int)text[at]:X4}");
    }
}
