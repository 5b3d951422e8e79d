using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Committee.Search;

/// <summary>One word as it appears in a paper, folded (<see cref="Surface"/>), and the term it is indexed under (<see cref="Stem"/>).</summary>
public readonly record struct Token(string Surface, string Stem, int Start, int Length);

/// <summary>
/// How the search index reads text. The browser (site-src/assets/search.js) splits and folds a query the same way
/// and finds each word's stem in the index, so no stemmer runs there:
/// <list type="bullet">
/// <item>words are runs of Unicode letters and digits; an apostrophe inside a word is dropped and a final "'s" removed;</item>
/// <item>a financial year <c>2011/12</c> is one token; an indicator code such as <c>NI 117</c> or <c>CYP-05</c> (capitals, then a
/// space or hyphen, then digits) gives one token <c>ni-117</c> as well as its parts;</item>
/// <item>folding: lower case (invariant culture), accents removed as Unicode's canonical decomposition removes them (ŵ → w, ŷ → y; <see cref="Folding"/>);</item>
/// <item>English stop words (Lucene's list) are dropped;</item>
/// <item>stems: Snowball's English (Porter2) stemmer; periods, codes and numbers are kept as they are.</item>
/// </list>
/// </summary>
public static partial class Analyzer
{
    /// <summary>Lucene's English stop words (EnglishAnalyzer.DefaultStopSet); the manifest carries them to the browser.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    /// <summary>The token pattern, shared with search.js (which uses the same expression with the u flag); <see cref="NextWord"/> matches it by hand.</summary>
    public const string TokenPattern = @"\d{4}/\d{2}(?!\d)|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*";

    /// <summary>An indicator code: two to five capitals, a space or hyphen, one to four digits.</summary>
    public const string CodePattern = @"\b(\p{Lu}{2,5})[ -](\d{1,4})\b";

    [GeneratedRegex(CodePattern)]
    private static partial Regex Codes();

    /// <summary>Lower case, accents removed (<see cref="Folding"/>).</summary>
    public static string Fold(string text) => Folding.Fold(text);

    /// <summary>A word as the index stores it: folded, possessive "'s" removed, other apostrophes dropped.</summary>
    public static string Surface(string word)
    {
        var folded = Fold(word);
        if (folded.EndsWith("'s", StringComparison.Ordinal)) folded = folded[..^2];
        return folded.Replace("'", "", StringComparison.Ordinal);
    }

    public static bool IsStopWord(string surface) => Stop.Contains(surface);

    /// <summary>The indexed term for a folded word: periods, codes and words with digits stay as they are.</summary>
    public static string Stem(string surface)
    {
        if (surface.Length < 3 || surface.Any(c => !char.IsLetter(c))) return surface;
        var stemmer = Stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(surface);
        stemmer.Stem();
        return stemmer.Current;
    }

    [ThreadStatic]
    private static EnglishStemmer? Stemmer;

    /// <summary>A word as it is written → the number (<see cref="Terms"/>) of its folded form, or −1 for stop words and
    /// words that fold to nothing. A paper repeats its words, and an archive's vocabulary is small beside its text, so
    /// folding and stemming each written form once is most of the analyser's speed.</summary>
    private static readonly ConcurrentDictionary<string, int> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> KnownSpans =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int Analyse(ReadOnlySpan<char> written) => Analyse(written, out _);

    /// <param name="key">The written form as the memo holds it: one string for every thread's table (<see cref="WrittenWords"/>).</param>
    private static int Analyse(ReadOnlySpan<char> written, out string key)
    {
        if (KnownSpans.TryGetValue(written, out key!, out var known)) return known;
        var surface = Surface(written.ToString());
        known = surface.Length == 0 || IsStopWord(surface) ? -1 : Terms.WordId(surface);
        // Another thread may have added it meanwhile: its string is the one kept.
        key = written.ToString();
        if (!KnownSpans.TryAdd(written, known) && KnownSpans.TryGetValue(written, out var kept, out known)) key = kept;
        return known;
    }

    /// <summary>Lets go of the written forms met so far. A build analyses its papers once, so after that they are
    /// memory the rest of the build could use; the preview keeps them for its next save. The numbers of
    /// <see cref="Terms"/> stay.</summary>
    public static void ForgetWrittenForms() => Known.Clear();

    /// <summary>About how many bytes the written forms met so far hold: each an entry of the memo and its string.</summary>
    public static long WrittenFormsHeld() => Known.Count * 96L;

    /// <summary>Every indexed token of a text, in order; stop words are left out.</summary>
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        for (var at = 0; NextWord(text, ref at, out var start);)
        {
            var word = Analyse(text.AsSpan(start, at - start));
            if (word < 0) continue;
            tokens.Add(new Token(Terms.Word(word), Terms.Stem(Terms.StemOf(word)), start, at - start));
        }
        var sorted = true;
        foreach (Match match in Codes().Matches(text))
        {
            var code = Code(match);
            tokens.Add(new Token(code, code, match.Index, match.Length));
            sorted = false;
        }
        if (!sorted) tokens.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return tokens;
    }

    /// <summary>Adds the word numbers (<see cref="Terms"/>) of a text's tokens to <paramref name="words"/>, in no
    /// particular order: the same tokens as <see cref="Tokens"/>, for counting them without making each one.</summary>
    /// <param name="known">The calling thread's table of written forms, in front of the shared memo.</param>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)] // the hottest loop of indexing: not worth a slow first tier
    internal static void AddWords(string text, List<int> words, WrittenWords known)
    {
        for (var at = 0; NextWord(text, ref at, out var start);)
        {
            var written = text.AsSpan(start, at - start);
            if (!known.TryGet(written, out var word, out var hash))
            {
                word = Analyse(written, out var key);
                known.Add(key, hash, word);
            }
            if (word >= 0) words.Add(word);
        }
        foreach (Match match in Codes().Matches(text)) words.Add(Terms.WordId(Code(match)));
    }

    /// <summary>An indicator code's token: <c>NI 117</c> → <c>ni-117</c>, its own stem.</summary>
    private static string Code(Match match) => Fold(match.Groups[1].Value) + "-" + match.Groups[2].Value;

    /// <summary>
    /// Finds the next match of <see cref="TokenPattern"/> from <paramref name="at"/>, by hand: the generated regex read
    /// the text slowly, and an archive's text is most of the index's work (figures: docs/performance.md, 'Words are
    /// found by hand'). The tests hold the two equal.
    /// </summary>
    [MethodImpl(Committee.Pipeline.Compile.Optimised)]
    public static bool NextWord(string text, ref int at, out int start)
    {
        while (at < text.Length && !IsWordChar(text[at])) at++;
        start = at;
        if (at >= text.Length) return false;
        // A financial year, 2011/12, is one token (but not the start of 2011/123).
        if (at + 7 <= text.Length && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3])
            && text[at + 4] == '/' && char.IsDigit(text[at + 5]) && char.IsDigit(text[at + 6]) && (at + 7 == text.Length || !char.IsDigit(text[at + 7])))
        {
            at += 7;
            return true;
        }
        while (at < text.Length && IsWordChar(text[at])) at++;
        // An apostrophe inside a word (council's, don’t) keeps it one token when letters follow it.
        while (at + 1 < text.Length && text[at] is '\'' or '’' && IsLetterOrMark(text[at + 1]))
        {
            at++;
            while (at < text.Length && IsLetterOrMark(text[at])) at++;
        }
        return true;
    }

    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherNumber;

    private static bool IsLetterOrMark(char c) =>
        c < 128 ? char.IsAsciiLetter(c) : char.GetUnicodeCategory(c) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.EnclosingMark;

    /// <summary>The stems of a text, in order (a convenience for tests and the index).</summary>
    public static List<string> Stems(string text) => [.. Tokens(text).Select(t => t.Stem)];
}
