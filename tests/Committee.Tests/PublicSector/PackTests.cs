using Committee.Render.Listings;
using Committee.Tests.Archive;

namespace Committee.Tests.PublicSector;

/// <summary>A meeting's agenda pack: the agenda, then every public paper in order, never an exempt paper's text.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class PackTests(ArchiveFixture fixture)
{
    private const string Meeting = "boards/executive-board/2024-09-19/";
    private string Pack => File.ReadAllText(Path.Combine(fixture.Output, Meeting, "pack", "index.html"));

    [Fact]
    public void The_pack_has_the_agenda_then_each_public_paper_with_its_cover_and_whole_body()
    {
        var main = Html.MainContent(Pack);
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Agenda pack: meeting of <time datetime=\"2024-09-19\">19 September 2024</time></h1>", main);
        var agenda = main.IndexOf("id=\"pack-agenda\"", StringComparison.Ordinal);
        var paper = main.IndexOf("<article class=\"pack__paper\" id=\"paper-town-centre-regeneration-phase-2\"", StringComparison.Ordinal);
        Assert.True(agenda > 0 && paper > agenda, "The agenda comes first, then the paper.");
        Assert.Contains("Apologies for absence", main[agenda..paper]);
        Assert.Contains("href=\"#paper-town-centre-regeneration-phase-2\"", main[agenda..paper]); // the agenda links to the paper in the pack
        var article = main[paper..];
        Assert.Contains("<dt>Report to:</dt><dd>Executive Board</dd>", article);
        Assert.Contains("<dt>Agenda item:</dt><dd>7</dd>", article);
        Assert.Contains("<dt>Exempt status:</dt><dd>Public</dd>", article);
        // Its sections one level down (the paper's title is the h2), with ids and in-page links of its own.
        Assert.Contains("<h3 id=\"paper-town-centre-regeneration-phase-2-purpose-of-report\">1.0 Purpose of report</h3>", article);
        Assert.DoesNotContain("<h2 id=", article);
        // An attachment's link leads to the file beside the paper, not beside the pack.
        Assert.Contains("href=\"/boards/executive-board/2024-09-19/town-centre-regeneration-phase-2/appendix-a-site-plan.pdf\"", article);
        var ids = Html.Tags(Pack).Select(t => t["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void An_exempt_paper_is_in_the_pack_by_its_title_and_paragraph_only()
    {
        var pack = Pack;
        Assert.Contains("not for publication (paragraph 3 of Part 1 of Schedule 12A", pack);
        Assert.DoesNotContain("paper-proposed-land-acquisition", pack);
        Assert.DoesNotContain("This report contains exempt information", pack); // its summary
        Assert.Single(Html.Tags(pack, "article"));
    }

    [Fact]
    public void Every_meeting_with_papers_links_to_its_pack()
    {
        var meetingPage = File.ReadAllText(Path.Combine(fixture.Output, Meeting, "index.html"));
        Assert.Contains("<a class=\"govuk-link\" href=\"/boards/executive-board/2024-09-19/pack/\">Agenda pack", meetingPage);
        foreach (var meeting in fixture.Content.Listed().Select(r => r.MeetingPath).Distinct())
        {
            Assert.True(File.Exists(Path.Combine(fixture.Output, meeting, "pack", "index.html")), meeting + " has no pack.");
        }
    }

    [Theory]
    [InlineData("<h2 id=\"a\">A</h2><p><a href=\"#a\">x</a> <a href=\"b.pdf\">b</a> <a href=\"/c/\">c</a> <a href=\"https://d.example/\">d</a></p><h4>e</h4>",
        "<h3 id=\"paper-p-a\">A</h3><p><a href=\"#paper-p-a\">x</a> <a href=\"/boards/x/p/b.pdf\">b</a> <a href=\"/c/\">c</a> <a href=\"https://d.example/\">d</a></p><h5>e</h5>")]
    public void A_papers_body_is_rebased_into_the_pack(string body, string expected) =>
        Assert.Equal(expected, PackPages.Rebase(body, "paper-p", "/boards/x/p/"));
}
