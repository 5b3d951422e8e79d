using System.Collections.Immutable;
using Committee.Model;
using Committee.Pipeline;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Committee.Parse;

/// <summary>Splits a report's body into sections: each level-2 heading and the blocks up to the next one.</summary>
public sealed class FindSections : IDocumentStage
{
    public string Name => "Find sections";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Markdown is not { } markdown) return document;
        var sections = ImmutableArray.CreateBuilder<Section>();
        HeadingBlock? heading = null;
        var blocks = new List<Block>();
        foreach (var block in markdown)
        {
            if (block is YamlFrontMatterBlock) continue;
            if (block is HeadingBlock { Level: 2 } next)
            {
                if (heading is not null) sections.Add(Make(heading, blocks));
                heading = next;
                blocks = [];
            }
            else if (heading is not null)
            {
                blocks.Add(block);
            }
        }
        if (heading is not null) sections.Add(Make(heading, blocks));
        return document with { Sections = sections.ToImmutable() };
    }

    private static Section Make(HeadingBlock heading, List<Block> blocks)
    {
        var (number, title) = SectionTitle.SplitNumber(InlineText.Of(heading));
        return new Section(number, title, heading.Line + 1, heading.Column + 1, heading, blocks);
    }
}
