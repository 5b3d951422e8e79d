using System.Diagnostics;

namespace Committee.Tests.Archive;

/// <summary>The demo site has every kind of page, each with a title, description and canonical address; every link resolves; the HTML is valid.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class PagesTests(ArchiveFixture fixture)
{
    private readonly ArchiveContent _content = fixture.Content;

    /// <summary>Every HTML page the default build must write, computed from the demo content.</summary>
    private HashSet<string> ExpectedHtmlPages()
    {
        var listed = _content.Listed().ToList();
        var pages = new HashSet<string>(StringComparer.Ordinal) { "index.html", "boards/index.html", "quarters/index.html", "wards/index.html", "wards/all/index.html", "search/index.html", "404.html", "meetings/index.html",
            "accessibility/index.html", "privacy/index.html" };
        foreach (var board in _content.Boards.Keys) pages.Add($"boards/{board}/index.html");
        foreach (var meeting in _content.MeetingFilePaths) pages.Add(meeting + "index.html");
        foreach (var indicator in _content.IndicatorPaths) pages.Add(indicator + "index.html");
        foreach (var report in listed)
        {
            pages.Add(report.MeetingPath + "index.html");
            pages.Add(report.MeetingPath + "pack/index.html"); // the meeting's agenda pack
            pages.Add(report.Path + "index.html"); // public papers and the exempt notice
            pages.Add(report.Quarter.Path + "index.html");
            foreach (var alias in report.Aliases) pages.Add(alias + "index.html"); // a redirect page at each old address
        }
        foreach (var (id, _) in _content.Wards) pages.Add($"wards/{id}/index.html");
        return pages;
    }

    private static List<string> HtmlFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_page_kind_exists_and_no_other_page()
    {
        // The demo content must exercise every kind of paper this test relies on.
        Assert.Contains(_content.Reports, r => r.Exempt);
        Assert.Contains(_content.Reports, r => r.Draft);
        Assert.True(_content.Boards.Count >= 2 && _content.Wards.Count >= 2);

        var expected = ExpectedHtmlPages();
        var actual = HtmlFiles(fixture.Output);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);

        var exempt = _content.Reports.Single(r => r.Exempt);
        Assert.Contains("not for publication", File.ReadAllText(Path.Combine(fixture.Output, exempt.Path, "index.html")));

        var others = new List<string> { "sitemap.xml", "robots.txt", "feed.xml", "reports.json", "reports.csv", "indicators.csv", "indicators.json", "indicators/names.json" };
        foreach (var board in _content.Boards.Keys)
        {
            others.Add($"boards/{board}/feed.xml");
            others.Add($"boards/{board}/meetings.ics");
        }
        var missing = others.Where(p => !File.Exists(Path.Combine(fixture.Output, p))).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_page_has_a_title_a_description_and_its_own_canonical_address()
    {
        var problems = new List<string>();
        foreach (var (folder, drafts) in new[] { (fixture.Output, false), (fixture.Drafts, true) })
        {
            var pages = HtmlFiles(folder);
            Assert.True(pages.Count > 20, $"Only {pages.Count} pages in {folder}.");
            foreach (var page in pages)
            {
                var html = File.ReadAllText(Path.Combine(folder, page));
                var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
                var where = (drafts ? "[--drafts] " : "") + page;
                var title = Html.Text(head, "title");
                if (string.IsNullOrWhiteSpace(title)) problems.Add($"{where}: no <title>");
                var descriptions = Html.Tags(head, "meta").Where(t => t["name"] == "description").ToList();
                if (descriptions.Count != 1 || string.IsNullOrWhiteSpace(descriptions[0]["content"])) problems.Add($"{where}: {descriptions.Count} descriptions, or an empty one");
                var canonicals = Html.Tags(head, "link").Where(t => t["rel"] == "canonical").Select(t => t["href"]).ToList();
                var own = _content.BaseUrl + (page.EndsWith("/index.html", StringComparison.Ordinal) || page == "index.html" ? page[..^"index.html".Length] : page);
                // A redirect page at an old address names the paper's page as the canonical one.
                if (html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
                {
                    own = _content.BaseUrl + _content.Reports.Single(r => r.Aliases.Any(a => page == a + "index.html")).Path;
                }
                if (canonicals.Count != 1 || canonicals[0] != own) problems.Add($"{where}: canonical {string.Join(" ", canonicals)}, expected {own}");
            }
        }
        Assert.Equal("https://papers.eastmere.example/", _content.BaseUrl);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves()
    {
        foreach (var folder in new[] { fixture.Output, fixture.Drafts })
        {
            var (checkedLinks, ignored, problems) = LinkCheck(folder);
            Assert.True(checkedLinks > 500, $"Only {checkedLinks} links checked in {folder}.");
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
            // The search page exists, so the header's search form is checked like any other link.
            Assert.True(File.Exists(Path.Combine(folder, "search", "index.html")), $"No search page in {folder}.");
            // The demo's moved paper leaves a redirect page at its old address, so the check covers redirects too.
            Assert.Contains(HtmlFiles(folder), p => File.ReadAllText(Path.Combine(folder, p)).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
            Assert.Empty(ignored);
        }
    }

    private (int Checked, List<(string Page, string Raw)> Ignored, List<string> Problems) LinkCheck(string folder)
    {
        var baseUri = new Uri(_content.BaseUrl);
        var idsCache = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) =>
            idsCache.TryGetValue(file, out var ids) ? ids : idsCache[file] = Html.Ids(File.ReadAllText(Path.Combine(folder, file)));

        var count = 0;
        var ignored = new List<(string, string)>();
        var problems = new List<string>();
        foreach (var page in HtmlFiles(folder))
        {
            var pageUrl = new Uri(baseUri, page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
            foreach (var tag in Html.Tags(File.ReadAllText(Path.Combine(folder, page))))
            {
                foreach (var attribute in new[] { "href", "src", "action", "content" })
                {
                    if (tag[attribute] is not { } raw) continue;
                    // A redirect page's <meta http-equiv="refresh" content="0; url=…"> is a link like any other.
                    if (attribute == "content")
                    {
                        if (tag["http-equiv"] != "refresh") continue;
                        raw = raw[(raw.IndexOf("url=", StringComparison.Ordinal) + 4)..];
                    }
                    if (!Uri.TryCreate(pageUrl, raw, out var target))
                    {
                        problems.Add($"{page}: <{tag.Name} {attribute}=\"{raw}\"> is not an address");
                        continue;
                    }
                    // Another site (or mailto:, tel:): not part of this archive.
                    if (target.Scheme is not ("http" or "https") || !string.Equals(target.Host, baseUri.Host, StringComparison.OrdinalIgnoreCase)) continue;
                    if (!target.AbsolutePath.StartsWith(baseUri.AbsolutePath, StringComparison.Ordinal))
                    {
                        problems.Add($"{page}: {raw} is outside the site's base path");
                        continue;
                    }
                    var path = Uri.UnescapeDataString(target.AbsolutePath[baseUri.AbsolutePath.Length..]);
                    count++;
                    var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                    if (!File.Exists(Path.Combine(folder, file)))
                    {
                        problems.Add($"{page}: <{tag.Name} {attribute}=\"{raw}\"> → {file}, which does not exist");
                        continue;
                    }
                    var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                    if (fragment.Length == 0) continue;
                    if (!file.EndsWith(".html", StringComparison.Ordinal) || !IdsOf(file).Contains(fragment))
                    {
                        problems.Add($"{page}: {raw} → no element with id \"{fragment}\" in {file}");
                    }
                }
            }
        }
        return (count, ignored, problems);
    }

    [Fact]
    public void Fragment_links_are_checked_against_ids()
    {
        // The link check must see the in-page links the pages are made of: the skip link and a report's contents.
        var report = _content.PublicFinal.First();
        var html = File.ReadAllText(Path.Combine(fixture.Output, report.Path, "index.html"));
        var fragments = Html.Tags(html, "a").Select(t => t["href"]!).Where(h => h.StartsWith('#')).ToList();
        Assert.Contains("#main-content", fragments);
        Assert.True(fragments.Count >= 3, "A report page links to its sections from its contents.");
        var ids = Html.Ids(html);
        Assert.All(fragments, f => Assert.Contains(f[1..], ids));
    }

    // Java starts and checks every page in some 12 s of CPU: the slow set runs it.
    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Html_is_valid_by_the_Nu_checker()
    {
        var jar = Path.Combine(Support.TestSite.RepoRoot, "tests", "html-check", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Skip.If(!File.Exists(jar), $"{jar} is missing: run 'npm ci' in tests/html-check to check the HTML.");
        var java = FindOnPath("java");
        Skip.If(java is null, "Java is not installed, so the Nu Html Checker cannot run (apt-get install default-jre-headless).");

        var start = new ProcessStartInfo(java!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", jar, "--errors-only", "--skip-non-html", fixture.Output, fixture.Drafts }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "The Nu Html Checker did not finish in 5 minutes.");
        var report = (output + errors.Result).Trim();
        Assert.True(process.ExitCode == 0 && report.Length == 0, $"exit {process.ExitCode}\n{report}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
