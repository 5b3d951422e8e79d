namespace Committee.Render;

/// <summary>
/// A file the site makes from many reports rather than one: a listing page, a feed, a calendar, the open data,
/// the sitemap. It is described before it is made (where it goes, a key of what it shows, how to make it), so an
/// incremental build can compare the key with the last build's and render only the files whose key changed;
/// the others stay on disk as they are.
/// </summary>
/// <param name="Path">Where the file goes, relative to the site's root.</param>
/// <param name="Key">
/// Stands for everything <paramref name="Render"/> reads besides what the build cache's site key already covers
/// (the templates, settings, boards, types, options and the tool itself): the groups of reports it lists
/// (<see cref="ListedReports.Group"/>) and anything else it shows, such as the neighbouring meetings. Two builds
/// that give a file the same key must render it to the same text.
/// </param>
/// <param name="Render">Makes the file's bytes (UTF-8); called at most once, possibly on another thread.</param>
public sealed record ListingFile(string Path, UInt128 Key, Func<byte[]> Render)
{
    /// <summary>A file made as text, written as UTF-8 without a byte order mark.</summary>
    public ListingFile(string path, UInt128 key, Func<string> render) : this(path, key, () => Utf8.GetBytes(render())) { }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A key made of these parts (strings, groups, counts), joined and hashed.</summary>
    public static UInt128 KeyOf(params object?[] parts) => Write.KeyHash.Of(string.Join('\u001f', parts));
}
