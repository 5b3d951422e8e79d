using Committee.Search;
using Committee.Tests.Archive;
using Committee.Tests.Build;

namespace Committee.Tests.Search;

/// <summary>The index the demo build writes under search/: its files, read back; determinism; nothing exempt or draft.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class SearchIndexTests(ArchiveFixture fixture)
{
    private readonly ArchiveContent _content = fixture.Content;

    [Fact]
    public void The_index_holds_every_public_final_paper_and_nothing_else()
    {
        var index = new SearchIndexReader(fixture.Output);
        // Numbered by meeting date, then address, so "newest first" is "highest number first".
        // The minutes of each held meeting are searched too, at the meeting's page.
        var minutes = _content.Minutes.Select(m => (m.Iso, m.Path)).ToList();
        Assert.NotEmpty(minutes);
        var expected = _content.PublicFinal.Select(r => (r.Iso, r.Path)).Concat(minutes)
            .OrderBy(r => r.Iso, StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal).Select(r => r.Path).ToList();
        Assert.Equal(expected, index.Documents.Select(d => d.GetProperty("url").GetString()!));
        Assert.Equal(expected.Count, index.Manifest.GetProperty("documents").GetInt32());

        var drafts = new SearchIndexReader(fixture.Drafts);
        var withDrafts = _content.Reports.Where(r => !r.Exempt).Select(r => (r.Iso, r.Path)).Concat(minutes)
            .OrderBy(r => r.Iso, StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal).Select(r => r.Path).ToList();
        Assert.Equal(withDrafts, drafts.Documents.Select(d => d.GetProperty("url").GetString()!));
        Assert.Contains(drafts.Documents, d => d.GetProperty("draft").GetBoolean());
    }

    [Fact]
    public void The_document_table_carries_what_results_and_filters_show()
    {
        var index = new SearchIndexReader(fixture.Output);
        var report = _content.PublicFinal.First(r => r.Path.Contains("fly-tipping", StringComparison.Ordinal));
        var row = index.Documents.Single(d => d.GetProperty("url").GetString() == report.Path);
        Assert.Equal(report.Title, row.GetProperty("title").GetString());
        Assert.Equal(report.Board, row.GetProperty("board").GetString());
        Assert.Equal(report.Iso, row.GetProperty("date").GetString());
        Assert.Equal(report.Quarter.Label, row.GetProperty("quarter").GetString());
        Assert.Equal(report.Quarter.Year, row.GetProperty("year").GetString());
        Assert.Equal(report.Type, row.GetProperty("type").GetString());
        Assert.Equal(report.Officer, row.GetProperty("officer").GetString());
        Assert.Equal(report.AllWards ? ["all"] : report.Wards.Order(StringComparer.Ordinal), row.GetProperty("wards").EnumerateArray().Select(w => w.GetString()!));

        var facets = index.Read("facets.json");
        var boards = facets.GetProperty("board").EnumerateArray().ToDictionary(b => b.GetProperty("value").GetString()!, b => b.GetProperty("count").GetInt32());
        foreach (var board in _content.PublicFinal.GroupBy(r => r.Board))
        {
            Assert.Equal(board.Count() + _content.Minutes.Count(m => m.Board == board.Key), boards[board.Key]);
        }
        var years = facets.GetProperty("year").EnumerateArray().Select(y => y.GetProperty("value").GetString()!).ToList();
        Assert.Equal(_content.PublicFinal.Select(r => r.Quarter.Year).Concat(_content.Minutes.Select(m => m.Year)).Distinct().OrderDescending(StringComparer.Ordinal), years);
        foreach (var name in new[] { "quarter", "ward", "type" }) Assert.NotEmpty(facets.GetProperty(name).EnumerateArray());
    }

    [Fact]
    public void Words_read_back_find_their_papers_and_every_word_has_its_stem()
    {
        var index = new SearchIndexReader(fixture.Output);
        Assert.Equal("school", index.Words["schools"]);
        Assert.Equal("place", index.Words["places"]);
        Assert.All(index.Words, w => Assert.True(index.Postings.ContainsKey(w.Value), $"No postings for the stem of '{w.Key}'."));
        Assert.All(index.Words.Keys, w => Assert.Equal(w, Analyzer.Surface(w)));
        Assert.Equal("boards/environment-osc/2023-07-05/fly-tipping-enforcement/", index.Find("tipping")[0]);
        Assert.Equal(index.Find("schools"), index.Find("school"));
        Assert.Contains(index.Words.Keys, w => w.Contains('/', StringComparison.Ordinal)); // periods such as 2024/25
    }

    [Fact]
    public void Files_stay_small()
    {
        var folder = Path.Combine(fixture.Output, "search");
        var shards = Directory.GetFiles(Path.Combine(folder, "shards"));
        Assert.True(shards.Length > 10);
        Assert.All(shards, f => Assert.True(new FileInfo(f).Length <= SearchIndexWriter.ShardLimit, $"{f} is {new FileInfo(f).Length} bytes."));
        Assert.True(new FileInfo(Path.Combine(folder, "manifest.json")).Length < 10_000);
    }

    [Fact]
    public void Two_builds_write_the_same_index_byte_for_byte()
    {
        var first = SiteBuild.Files(Path.Combine(fixture.Output, "search"));
        var second = SiteBuild.Files(Path.Combine(fixture.Again, "search"));
        Assert.True(first.Count > 10);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_index_is_the_same_when_written_twice_in_one_process()
    {
        var index = new SearchIndexReader(fixture.Output);
        var documents = index.Documents.Select(d => new SearchDocument(d.GetProperty("url").GetString()!, d.GetProperty("title").GetString()!, "", "", "Tŷ Gwyn school places 2011/12",
            d.GetProperty("board").GetString()!, d.GetProperty("date").GetString()!, "", "", ["all"], "", "", false)).ToList();
        var site = Committee.Read.ReadSite.From(fixture.Site.Content, fixture.Site.SiteSources, p => p).Site;
        var a = SearchIndexWriter.Render(documents, site).Select(f => (f.Path, Text: System.Text.Encoding.UTF8.GetString(f.Utf8))).ToList();
        var b = SearchIndexWriter.Render(documents, site).Select(f => (f.Path, Text: System.Text.Encoding.UTF8.GetString(f.Utf8))).ToList();
        Assert.Equal(a, b);
        Assert.Contains(a, f => f.Text.Contains("\"ty\":\"ty\"", StringComparison.Ordinal));
    }

    /// <summary>Words that appear only in the exempt paper, and only in the draft.</summary>
    private (List<string> Exempt, List<string> Draft) PrivateWords()
    {
        var exempt = _content.Reports.Single(r => r.Exempt);
        var draft = _content.Reports.Single(r => r.Draft);
        // What may be indexed: the papers, the meeting files (public: their minutes are searched), the boards, the report
        // types and the settings, as words and as stems.
        HashSet<string> WordsOf(IEnumerable<ArchiveReport> reports) => reports.Select(r => r.File)
            .Concat(Directory.EnumerateFiles(fixture.Site.Content, "*.yml", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(fixture.Site.Content, "meetings"), "*.md", SearchOption.AllDirectories))
            .Append(Path.Combine(fixture.Site.SiteSources, "site.yml"))
            .SelectMany(f => Analyzer.Tokens(File.ReadAllText(f))).SelectMany(t => new[] { t.Surface, t.Stem }).ToHashSet();
        List<string> Only(ArchiveReport report, HashSet<string> others) =>
        [
            .. Analyzer.Tokens(File.ReadAllText(report.File))
                .Select(t => t.Surface)
                .Where(w => w.Length >= 5 && w.All(char.IsLetter))
                .Distinct()
                .Where(w => !others.Contains(w) && !others.Contains(Analyzer.Stem(w))),
        ];
        return (Only(exempt, WordsOf(_content.Reports.Where(r => !r.Exempt))), Only(draft, WordsOf(_content.PublicFinal)));
    }

    /// <summary>Every word in some files, read as the analyser reads text (so JSON keys and values both count).</summary>
    private static HashSet<string> WordsIn(IEnumerable<string> files) =>
        [.. files.SelectMany(f => Analyzer.Tokens(File.ReadAllText(f)).SelectMany(t => new[] { t.Surface, t.Stem }))];

    [Fact]
    public void No_exempt_text_reaches_any_file_under_search()
    {
        var (exemptWords, _) = PrivateWords();
        Assert.Contains("marlowe", exemptWords);
        Assert.Contains("calder", exemptWords);
        foreach (var folder in new[] { fixture.Output, fixture.Drafts })
        {
            var files = Directory.EnumerateFiles(Path.Combine(folder, "search"), "*", SearchOption.AllDirectories).ToList();
            var words = WordsIn(files);
            var leaked = exemptWords.Where(words.Contains).ToList();
            Assert.True(leaked.Count == 0, $"Exempt words under {folder}/search: {string.Join(", ", leaked)}");
        }
    }

    [Fact]
    public void Draft_text_reaches_the_index_only_in_a_drafts_build()
    {
        var (_, draftWords) = PrivateWords();
        Assert.NotEmpty(draftWords);
        var words = WordsIn(Directory.EnumerateFiles(Path.Combine(fixture.Output, "search"), "*", SearchOption.AllDirectories));
        Assert.DoesNotContain(draftWords, words.Contains);
        var withDrafts = new SearchIndexReader(fixture.Drafts);
        Assert.Contains(draftWords, w => withDrafts.Words.ContainsKey(w));
    }
}
