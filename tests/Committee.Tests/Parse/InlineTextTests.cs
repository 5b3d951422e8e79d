using System.Text;
using Committee.Model;
using Committee.Parse;
using Committee.Search;
using Committee.Tests.Support;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Committee.Tests.Parse;

/// <summary>
/// The shortcuts that spare building a whole paragraph's text: <see cref="InlineText.Opening"/> finds the same paragraph
/// number as the whole text, <see cref="InlineText.AppendTo"/> appends exactly what <see cref="InlineText.Of(LeafBlock)"/>
/// returns, and <see cref="ExtractSearchText.Of"/> gives the text the straightforward walk gave.
/// </summary>
public class InlineTextTests
{
    private static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);

    private static IEnumerable<LeafBlock> Leaves(MarkdownDocument markdown) => markdown.Descendants<LeafBlock>().Where(b => b.Inline is not null);

    /// <summary>The number as <see cref="ParagraphNumber"/> reads it, or what went wrong (a number too long for an int).</summary>
    private static string NumberOf(string text)
    {
        try
        {
            return ParagraphNumber.Of(text)?.ToString() ?? "none";
        }
        catch (OverflowException)
        {
            return "overflow";
        }
    }

    [Theory]
    [InlineData("3.2 The council agreed.", "(3.2, 3, 2)")]
    [InlineData("   3.2. The council agreed.", "(3.2, 3, 2)")]
    [InlineData("3.2", "(3.2, 3, 2)")]
    [InlineData("3.2.1 A sub-paragraph.", "none")]
    [InlineData("2.5% of calls were answered.", "none")]
    [InlineData("**3.2** Emphasised number.", "(3.2, 3, 2)")]
    [InlineData("`3.2` In code.", "(3.2, 3, 2)")]
    [InlineData("3&#46;2 An entity.", "(3.2, 3, 2)")]
    [InlineData("3.2\nOn the next line.", "(3.2, 3, 2)")]
    [InlineData("123456.123456 Six digits each, the most.", "(123456.123456, 123456, 123456)")]
    // More digits are a figure, not a paragraph number (and never overflow).
    [InlineData("1234567.12345678 Longer than the opening.", "none")]
    [InlineData("1234567.123456789", "none")]
    [InlineData("12345678901234567.5 text", "none")]
    [InlineData("3.99999999999 text", "none")]
    // Only ASCII digits: int.Parse reads no others.
    [InlineData("\u0663.\u0662 Arabic-Indic digits.", "none")]
    [InlineData("1.2345678901234x", "none")]
    [InlineData("1.2                      ", "(1.2, 1, 2)")]
    public void The_opening_of_a_paragraph_has_the_number_of_the_whole(string markdown, string expected)
    {
        var paragraph = Assert.Single(Leaves(Parse(markdown)));
        Assert.Equal(expected, NumberOf(InlineText.Of(paragraph)));
        Assert.Equal(expected, NumberOf(InlineText.Opening(paragraph)));
    }

    [Fact]
    public void Opening_and_AppendTo_agree_with_the_whole_text_on_random_paragraphs()
    {
        var random = new Random(7);
        string[] pieces = ["1", "2", "3", "12", "345", ".", ". ", " ", "  ", "\t", "\n", "*", "**", "`", "x", "word", "&#46;", "&amp;", "%", "<b>", "\\", "[a](b)"];
        var checkedParagraphs = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 14);
            for (var i = 0; i < count; i++) text.Append(pieces[random.Next(pieces.Length)]);
            foreach (var block in Leaves(Parse(text.ToString())))
            {
                var whole = InlineText.Of(block);
                Assert.True(NumberOf(whole) == NumberOf(InlineText.Opening(block)), $"'{text}': '{whole}' vs opening '{InlineText.Opening(block)}'");

                var appended = new StringBuilder("before ");
                var added = InlineText.AppendTo(appended, block.Inline!);
                Assert.Equal("before " + whole, appended.ToString());
                Assert.Equal(whole.Length > 0, added);
                checkedParagraphs++;
            }
        }
        Assert.True(checkedParagraphs > 15_000, $"only {checkedParagraphs} blocks checked");
    }

    /// <summary>The search text as it was taken before it was appended straight to one builder: kept here as the reference.</summary>
    private static (string Headings, string Body) Reference(MarkdownDocument markdown)
    {
        var headings = new List<string>();
        var body = new StringBuilder();
        foreach (var block in markdown.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock or HtmlBlock) continue;
            if (block is HeadingBlock heading)
            {
                headings.Add(InlineText.Of(heading));
                continue;
            }
            var text = block.Inline is not null ? InlineText.Of(block)
                : block.Lines.Lines is null ? ""
                : string.Join(" ", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString().Trim()));
            if (text.Length == 0) continue;
            if (body.Length > 0) body.Append(' ');
            body.Append(text);
        }
        return (string.Join(" · ", headings), body.ToString());
    }

    [Fact]
    public void The_search_text_of_every_demo_report_and_of_odd_blocks_is_what_the_plain_walk_gives()
    {
        var demo = Directory.GetFiles(Path.Combine(TestSite.RepoRoot, "content", "reports"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(demo);
        string[] odd =
        [
            "---\ntitle: x\n---\n## 1.0 Heading\n\n    code line one   \n\n    \n    code after a blank\n\n---\n\n<div>raw</div>\n\n> quoted **text**  \n> after a hard break\n\n| a | b |\n| --- | --- |\n| `c` | &amp; |\n",
            "```\n\n\n```\n\n   \n\nlast",
            "- one\n- two\n  - nested 3.1\n\n1. ordered\n\n## \n\n#",
        ];
        foreach (var text in demo.Select(File.ReadAllText).Concat(odd))
        {
            var markdown = Parse(text);
            var (headings, body) = Reference(markdown);
            var extracted = ExtractSearchText.Of(markdown);
            Assert.Equal(headings, extracted.Headings);
            Assert.Equal(body, extracted.Body);
        }
    }
}
