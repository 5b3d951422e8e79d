namespace Committee.Tests.Import;

/// <summary>
/// The same paper as text, as a Word document and as a PDF imports with the same title, report type and
/// sections: the form a council's archive happens to keep a paper in does not change what it becomes.
/// </summary>
public sealed class ImportFormsTests
{
    /// <summary>Every paper of Import/Papers: the real ones and the layouts.</summary>
    public static TheoryData<string> Papers => ImportPapersTests.Papers;

    [Theory]
    [MemberData(nameof(Papers))]
    public void Text_word_and_pdf_forms_give_the_same_title_type_and_sections(string paper)
    {
        // The manifest's row for the paper, if it has one, given for each form as a council's listing would give it.
        var row = File.ReadAllLines(Path.Combine(ImportPapersTests.Folder, "manifest.csv")).FirstOrDefault(l => l.StartsWith(paper + ".txt,", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(ImportPapersTests.Folder, paper + ".txt"));
        var forms = new Dictionary<string, byte[]>
        {
            ["txt"] = System.Text.Encoding.UTF8.GetBytes(text),
            ["docx"] = ImportWordAndPdfTests.Word(text),
            ["pdf"] = ImportWordAndPdfTests.Pdf(text),
        };
        var results = new Dictionary<string, (string Title, string Type, List<string> Headings)>();
        foreach (var (extension, bytes) in forms)
        {
            using var site = ImportPapersTests.Site();
            site.WriteBytes($"old/{paper}.{extension}", bytes);
            string[] manifest = [];
            if (row is not null)
            {
                site.Write("old/listing.csv", $"{paper}.{extension}{row[(paper.Length + 4)..]}\n");
                manifest = ["--manifest", "old/listing.csv"];
            }
            var run = site.Run(["import", $"old/{paper}.{extension}", .. manifest, .. ImportPapersTests.Given.GetValueOrDefault(paper).Arguments ?? []]);
            var written = ImportSite.Reports(site);
            Assert.True(written.Count == 1, $"{extension}: {run}");
            var report = File.ReadAllText(Path.Combine(site.Content, "reports", written[0]));
            results[extension] = (ImportSite.Field(report, "title"), ImportSite.Field(report, "type"), ImportPapersTests.Headings(report));
        }
        foreach (var extension in new[] { "docx", "pdf" })
        {
            Assert.True(results["txt"].Title == results[extension].Title, $"{extension} title: '{results[extension].Title}', text: '{results["txt"].Title}'");
            Assert.True(results["txt"].Type == results[extension].Type, $"{extension} type: '{results[extension].Type}', text: '{results["txt"].Type}'");
            Assert.True(results["txt"].Headings.SequenceEqual(results[extension].Headings), $"{extension} headings: {string.Join(", ", results[extension].Headings)}\ntext: {string.Join(", ", results["txt"].Headings)}");
        }
    }
}
