using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Pipeline;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Committee.Validate;

/// <summary>
/// Checks a report's sections against its report type: each required section present once, in order,
/// and not empty; sections the type does not know are flagged as warnings.
/// </summary>
public sealed class CheckSections : IDocumentStage
{
    public string Name => "Check sections";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Markdown is not { } markdown) return document;
        var file = document.DisplayPath;
        var diagnostics = new List<Diagnostic>();

        // Without readable front matter its lines are read as body text; the front matter finding already covers them.
        var stray = document.FrontMatter is null ? null : markdown.FirstOrDefault(b => b is not YamlFrontMatterBlock && !(b is HeadingBlock { Level: 2 }) && HasContent(b));
        if (stray is not null && (document.Sections.IsEmpty || stray.Line < document.Sections[0].Heading.Line))
        {
            diagnostics.Add(Rules.ContentBeforeSections.At(file, stray.Line + 1, stray.Column + 1));
        }

        if (document.Type is not { } type) return document.With(diagnostics);

        var found = new Dictionary<SectionSpec, Section>();
        var lastRequired = -1;
        Section? lastRequiredSection = null;
        foreach (var section in document.Sections)
        {
            var spec = type.FindRequired(section.NormalisedTitle) ?? type.FindOptional(section.NormalisedTitle);
            if (spec is null)
            {
                var nearest = Suggest.Nearest(section.NormalisedTitle, type.Sections.Concat(type.OptionalSections).Select(s => SectionTitle.Normalise(s.Title)));
                var hint = nearest is null ? null : $"did you mean '{type.Sections.Concat(type.OptionalSections).First(s => SectionTitle.Normalise(s.Title) == nearest).Title}'?";
                diagnostics.Add(Rules.SectionUnknown.At(file, section.Line, section.Column, section.Title, type.Name).WithHint(hint));
            }
            else if (found.TryGetValue(spec, out var first))
            {
                diagnostics.Add(Rules.SectionDuplicate.At(file, section.Line, section.Column, spec.Title, first.Line));
            }
            else
            {
                found[spec] = section;
                var index = type.Sections.IndexOf(spec);
                if (index >= 0)
                {
                    if (index < lastRequired && lastRequiredSection is not null)
                    {
                        diagnostics.Add(Rules.SectionOrder.At(file, section.Line, section.Column, spec.Title, lastRequiredSection.Title));
                    }
                    else
                    {
                        lastRequired = index;
                        lastRequiredSection = section;
                    }
                }
            }

            if (!section.Blocks.Any(HasContent))
            {
                diagnostics.Add(Rules.SectionEmpty.At(file, section.Line, section.Column, section.Title)
                    .WithHint(spec is { Guidance.Length: > 0 } ? spec.Guidance : null));
            }
        }

        for (var i = 0; i < type.Sections.Length; i++)
        {
            var spec = type.Sections[i];
            if (found.ContainsKey(spec)) continue;
            // Point at the section it should come before, so the author sees where it goes.
            var before = type.Sections.Skip(i + 1).Select(s => found.GetValueOrDefault(s)).FirstOrDefault(s => s is not null);
            var after = type.Sections.Take(i).Reverse().Select(s => found.GetValueOrDefault(s)).FirstOrDefault(s => s is not null);
            var where = (after, before) switch
            {
                (not null, not null) => $", between '{after.Title}' and '{before.Title}'",
                (not null, null) => $", after '{after.Title}'",
                (null, not null) => $", before '{before.Title}'",
                _ => "",
            };
            var line = before?.Line ?? LastLine(document);
            diagnostics.Add(Rules.SectionMissing.At(file, line, 1, spec.Title, type.Name, where)
                .WithHint(spec.Guidance.Length > 0 ? spec.Guidance : null));
        }
        return document.With(diagnostics);
    }

    private static int LastLine(ReportDocument document) =>
        document.Text is { } text ? text.AsSpan().TrimEnd().Count('\n') + 1 : 1;

    /// <summary>True for a block a reader would see: not a sub-heading alone, not an author's comment.</summary>
    public static bool HasContent(Block block) => block switch
    {
        HeadingBlock => false,
        HtmlBlock { Type: HtmlBlockType.Comment } => false,
        LinkReferenceDefinitionGroup => false,
        ThematicBreakBlock => false,
        BlankLineBlock => false,
        LeafBlock leaf => leaf.Inline is { } inline ? InlineText.HasText(inline) : leaf.Lines.Count > 0,
        ContainerBlock container => container.Any(HasContent),
        _ => true,
    };
}
