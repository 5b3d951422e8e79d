using Markdig.Syntax;

namespace Committee.Model;

/// <summary>
/// A section of a report: a level-2 heading and the blocks up to the next one.
/// </summary>
/// <param name="Number">The number written before the title ("3.0"), if any.</param>
/// <param name="Title">The heading's text without its number.</param>
/// <param name="Line">1-based line of the heading.</param>
public sealed record Section(string? Number, string Title, int Line, int Column, HeadingBlock Heading, IReadOnlyList<Block> Blocks)
{
    public string NormalisedTitle { get; } = SectionTitle.Normalise(Title);

    public string DisplayTitle => Number is null ? Title : $"{Number} {Title}";
}
