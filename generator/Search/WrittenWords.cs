using System.Runtime.CompilerServices;

namespace Committee.Search;

/// <summary>
/// One thread's table of written words → word numbers (<see cref="Terms"/>, −1 for a stop word), in front of the
/// analyser's shared memo: a plain open-addressing table, read without locks or atomic reads, since the analyser
/// looks a word up for every one of the millions of words an archive holds and finds it there nearly every time.
/// Its words are the memo's own strings, so a table per thread costs its slots, not a copy of the vocabulary.
/// </summary>
internal sealed class WrittenWords
{
    /// <summary>Past this many words the table starts again rather than grow without end in a long-running preview.</summary>
    private const int MaxWords = 1 << 20;

    private string?[] keys = new string?[1 << 13];
    private uint[] hashes = new uint[1 << 13];
    private int[] values = new int[1 << 13];
    private int count;

    /// <summary>The word's number if the table has it; else its slot, for <see cref="Add"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | Committee.Pipeline.Compile.Optimised)]
    public bool TryGet(ReadOnlySpan<char> word, out int value, out uint hash)
    {
        // FNV-1a over the characters: the words are short, and the table only needs them spread.
        hash = 2166136261;
        foreach (var c in word) hash = (hash ^ c) * 16777619;
        var mask = keys.Length - 1;
        for (var slot = (int)hash & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && word.SequenceEqual(key))
            {
                value = values[slot];
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>About how many bytes the table's slots hold (its words are the memo's).</summary>
    public long Held => 16L * keys.Length;

    public void Add(string word, uint hash, int value)
    {
        if (count >= MaxWords) Clear(keys.Length);
        else if ((count + 1) * 2 > keys.Length) Grow();
        var mask = keys.Length - 1;
        var slot = (int)hash & mask;
        while (keys[slot] is not null) slot = (slot + 1) & mask;
        keys[slot] = word;
        hashes[slot] = hash;
        values[slot] = value;
        count++;
    }

    private void Grow()
    {
        var (oldKeys, oldHashes, oldValues) = (keys, hashes, values);
        Clear(keys.Length * 2);
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key) Add(key, oldHashes[i], oldValues[i]);
        }
    }

    private void Clear(int capacity)
    {
        keys = new string?[capacity];
        hashes = new uint[capacity];
        values = new int[capacity];
        count = 0;
    }
}
