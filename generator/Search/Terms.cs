using System.Collections.Concurrent;

namespace Committee.Search;

/// <summary>
/// Every folded word and every stem the analyser has met in this process, each numbered once, so that counting a
/// paper's stems and building the postings of 10,000 papers index arrays by number instead of hashing millions of
/// strings. Each word knows its stem. Numbers are for this process only: what is saved between builds is the text.
/// </summary>
public static class Terms
{
    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, int> WordIds = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> StemIds = new(StringComparer.Ordinal);

    // Grown under Gate by copying, then published: a number handed out is always inside the arrays a reader sees.
    private static volatile string[] words = new string[4096];
    private static volatile int[] stemOfWord = new int[4096];
    private static volatile string[] stems = new string[4096];
    private static int wordCount;
    private static int stemCount;

    /// <summary>How many stems are numbered so far: every stem number is below this.</summary>
    public static int StemCount => Volatile.Read(ref stemCount);

    /// <summary>How many words are numbered so far: every word number is below this.</summary>
    public static int WordCount => Volatile.Read(ref wordCount);

    public static string Word(int word) => words[word];

    public static string Stem(int stem) => stems[stem];

    /// <summary>The number of a word's stem.</summary>
    public static int StemOf(int word) => stemOfWord[word];

    /// <summary>The number of a folded word (stemmed with <see cref="Analyzer.Stem"/> the first time it is met).</summary>
    public static int WordId(string word)
    {
        if (WordIds.TryGetValue(word, out var id)) return id;
        var stem = StemId(Analyzer.Stem(word));
        lock (Gate)
        {
            if (WordIds.TryGetValue(word, out id)) return id;
            id = wordCount;
            if (id == words.Length)
            {
                var grownWords = new string[id * 2];
                var grownStems = new int[id * 2];
                words.CopyTo(grownWords, 0);
                stemOfWord.CopyTo(grownStems, 0);
                words = grownWords;
                stemOfWord = grownStems;
            }
            words[id] = word;
            stemOfWord[id] = stem;
            Volatile.Write(ref wordCount, id + 1);
            WordIds[word] = id;
            return id;
        }
    }

    /// <summary>The number of a stem.</summary>
    public static int StemId(string stem)
    {
        if (StemIds.TryGetValue(stem, out var id)) return id;
        lock (Gate)
        {
            if (StemIds.TryGetValue(stem, out id)) return id;
            id = stemCount;
            if (id == stems.Length)
            {
                var grown = new string[id * 2];
                stems.CopyTo(grown, 0);
                stems = grown;
            }
            stems[id] = stem;
            Volatile.Write(ref stemCount, id + 1);
            StemIds[stem] = id;
            return id;
        }
    }
}
