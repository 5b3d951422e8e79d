using Committee.Parse;
using Committee.Render;

namespace Committee.Tests.Snapshots;

/// <summary>
/// <see cref="MarkdownRenderer"/> on its own: ids on headings and numbered paragraphs, unsafe links disarmed wherever
/// they sit, and its per-thread renderer leaving nothing of one report in the next.
/// </summary>
public class MarkdownRendererTests
{
    private static string Render(string markdown) =>
        MarkdownRenderer.Render(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline), []).Html;

    [Fact]
    public void Unsafe_links_are_disarmed_in_every_kind_of_block_and_inline()
    {
        const string markdown = """
            ## 1.0 Unsafe [heading link](javascript:alert(1))

            1.1 A [plain](javascript:alert(2)) link and *an [emphasised](vbscript:msgbox(3)) one*.

            - 1.2 In a list: [listed](data:text/html;base64,PHNjcmlwdD4=)

            > In a quote: [quoted](JavaScript:alert(4)) and ![an image](data:image/svg+xml;base64,PHN2Zz4=)

            | Measure | Link |
            | --- | --- |
            | Calls | [in a cell](java&#9;script:alert(5)) |

            An autolink <javascript:alert(6)> and a [reference][r] link; a [safe one](https://example.org/report).

            [r]: javascript:alert(7)
            """;
        var html = Render(markdown);

        foreach (var scheme in new[] { "javascript:", "vbscript:", "data:" })
        {
            Assert.DoesNotContain(scheme, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(9, html.Split("href=\"#\"").Length - 1 + html.Split("src=\"#\"").Length - 1);
        Assert.Contains("<a href=\"https://example.org/report\">safe one</a>", html, StringComparison.Ordinal);
        Assert.Contains("in a cell", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_numbered_paragraphs_get_ids_and_a_heading_keeps_its_id_before_a_paragraph()
    {
        const string markdown = """
            ## 1.0 Para 1 2

            1.1 First paragraph.

            1.2 Second paragraph, whose id the heading above already has.

            - 1.3 A paragraph in a loose list.

            - 1.4 Another.

            > 1.5 A quoted paragraph has no id.

            ## 2.0 Background

            ## 3.0 Background
            """;
        var (html, contents) = MarkdownRenderer.Render(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline), []);

        Assert.Equal(["para-1-2", "background", "background-2"], contents.Select(c => c.Id));
        Assert.Equal(["1.0 Para 1 2", "2.0 Background", "3.0 Background"], contents.Select(c => c.Title));
        Assert.Contains("<p id=\"para-1-1\">1.1 First", html, StringComparison.Ordinal);
        Assert.Contains("<p>1.2 Second", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"para-1-3\">1.3 A paragraph in a loose list", html, StringComparison.Ordinal);
        Assert.Contains("<p>1.5 A quoted", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_report_renders_alone_on_a_reused_renderer()
    {
        const string first = "## 1.0 First\n\n> 1.1 Quoted\n> - and listed, [linked](https://example.org/a).\n";
        const string second = "## 1.0 Second\n\n1.1 Plain.\n";
        var huge = "## 1.0 Huge\n\n" + string.Concat(Enumerable.Range(1, 40_000).Select(i => $"1.{i} Paragraph number {i}.\n\n"));

        var alone = Render(first);
        var afterOthers = new[] { second, huge, second, first }.Select(Render).ToList();

        Assert.Equal(alone, afterOthers[3]);
        Assert.Equal(afterOthers[0], afterOthers[2]);
        Assert.DoesNotContain("First", afterOthers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Huge", afterOthers[2], StringComparison.Ordinal);
        Assert.StartsWith("<h2 id=\"second\">", afterOthers[0], StringComparison.Ordinal);
        Assert.Contains("<p id=\"para-1-40000\">", afterOthers[1], StringComparison.Ordinal);

        // Another thread's renderer makes the same HTML.
        var elsewhere = "";
        var thread = new Thread(() => elsewhere = Render(first));
        thread.Start();
        thread.Join();
        Assert.Equal(alone, elsewhere);
    }
}
