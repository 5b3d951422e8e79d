using System.Text.RegularExpressions;
using Committee.Parse;
using Committee.Render;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Snapshots;

/// <summary>
/// The HTML of a report page, pinned: a change to the templates or the Markdown rendering shows up as a snapshot diff.
/// Accept intended changes with <c>COMMITTEE_ACCEPT_SNAPSHOTS=1</c> (see <see cref="Snapshot"/>).
/// </summary>
public partial class ReportSnapshotTests
{
    /// <summary>
    /// A report that uses everything a paper may: sub-headings, numbered paragraphs, lists (numbered, bulleted,
    /// nested), a table, links of each kind, emphasis, a quote, code showing HTML, and an author's comment.
    /// </summary>
    public const string RichPpb = """
        ---
        title: Licensing fees and charges 2025/26
        board: safer-ppb
        date: 2024-11-12
        officer: Strategic Director, Communities
        portfolio: Community Safety
        contact: Jo Bloggs, Licensing Manager, jo.bloggs@eastmere.example
        summary: Proposed licensing fees for 2025/26, & why they change.
        wards: [abbey, ty-gwyn]
        period: 2024/25 Q2
        ---

        <!-- Guidance: delete this comment before publishing. -->

        ## 1.0 Purpose of report

        1.1 To set the **licensing fees** for 2025/26, as the *Licensing Act 2003* requires.

        ## 2.0 Recommended

        That the Board:

        1. Approve the fees in the table at paragraph 3.2;
        2. Note the consultation results; and
        3. Delegate minor changes to the Licensing Manager.

        ## 3.0 Supporting information

        ### Fees

        3.1 Fees recover the cost of the service, no more. See [the fees policy](https://www.eastmere.example/licensing/fees?year=2025&view=full "Fees policy") or email <licensing@eastmere.example>.

        3.2 The proposed fees are:

        | Licence | 2024/25 | 2025/26 | Change |
        |:--------|--------:|--------:|:------:|
        | Premises | £180 | £190 | +5.6% |
        | Personal | £37 | £37 | none |
        | Street trading | £410 | £450 | +9.8% |

        ### Consultation

        3.3 Respondents said:

        - fees should be published early;
        - the online form needs work:
          - it times out after `15` minutes;
          - it rejects names with an apostrophe, such as O'Brien;
        - nothing else.

        > "Please keep the fees the same." (a respondent)

        3.4 The form's error read `<script>alert("x")</script>`, which is now fixed; see https://www.eastmere.example/forms.

        ## 4.0 Policy implications

        4.1 None.

        ## 5.0 Other implications

        5.1 None.

        ## 6.0 Implications for the Council's priorities

        6.1 Fair fees support the priority for a thriving economy.

        ## 7.0 Risk analysis

        7.1 Not applicable.

        ## 8.0 Equality and diversity issues

        8.1 Not applicable.

        ## 9.0 List of background papers under section 100D of the Local Government Act 1972

        9.1 None under the meaning of the Act.
        """;

    /// <summary>Raw HTML of each kind a paper might carry, which the renderer must show as text.</summary>
    public const string RawHtmlBody = """
        ## 1.0 Purpose of report

        1.1 A paper with <b>bold</b> tags, an <img src="x" onerror="alert(1)"> image and a [link](javascript:alert(2)).

        <script>alert('block')</script>

        <div class="boxed">
        A box & a <span>span</span>.
        </div>

        <!-- an author's comment -->

        1.2 Text after the HTML, with an inline <!-- comment --> dropped.

        | Column | <i>Italic</i> |
        |--------|---------------|
        | a      | <u>b</u>      |
        """;

    [Fact]
    public void Ppb_report_article() => Snapshot.VerifyHtml(BuiltArticle("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb));

    [Fact]
    public void Osc_report_article() => Snapshot.VerifyHtml(BuiltArticle("childrens-osc/2025-02-04-attendance.md", Reports.ValidOsc));

    [Fact]
    public void Rich_report_article() => Snapshot.VerifyHtml(BuiltArticle("safer-ppb/2024-11-12-licensing-fees.md", RichPpb));

    [Fact]
    public void Raw_html_rendered_as_text()
    {
        var markdown = Markdig.Markdown.Parse(RawHtmlBody, MarkdownPipelineFactory.Pipeline);
        var (html, _) = MarkdownRenderer.Render(markdown, []);

        // Before the snapshot, the point of it: no tag from the paper survives.
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<div", html);
        Assert.DoesNotContain("<span", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("comment", html);
        Snapshot.VerifyHtml(html);
    }

    /// <summary>Builds a one-report site and returns the report page's &lt;article&gt; element.</summary>
    private static string BuiltArticle(string name, string report)
    {
        using var site = new TestSite().WithFrontEnd();
        site.WriteReport(name, report);
        site.BuildOk();
        var fields = SiteBuild.FrontMatter(report);
        var slug = DatePrefix().Replace(Path.GetFileNameWithoutExtension(name), "");
        var page = site.ReadOutput($"boards/{fields["board"]}/{fields["date"]}/{slug}/index.html");

        var article = Assert.Single(Article().Matches(page)).Value;
        // Nothing that varies from run to run: the temporary folder, or today's date.
        Assert.DoesNotContain(site.Root, article);
        Assert.DoesNotContain(Path.GetFileName(site.Root), article);
        Assert.DoesNotContain(DateTime.Now.ToString("yyyy-MM-dd"), article);
        return article;
    }

    [GeneratedRegex(@"<article\b.*?</article>", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();
}
