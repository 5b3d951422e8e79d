using System.Text.RegularExpressions;
using Committee.Tests.Build;
using Committee.Tests.Support;
using CsCheck;

namespace Committee.Tests.Safety;

/// <summary>
/// Whatever happened before, the live site is exactly what a full build of the content as it now stands makes: after
/// each edit of a random sequence (seeded), the site built over the last one is compared byte for byte with a build
/// into an empty folder. Builds run one after another in one process, as <c>committee serve</c> runs them, so nothing a
/// build leaves behind (in memory or on disk) may change the next one's site.
/// </summary>
[Trait("Category", "Slow")]
public class BuildEquivalenceTests
{
    public enum Edit { Add, Remove, Rename, MoveMeeting, SameSizeTimeRestored, PublicExempt, FinalDraft, BoardRenamed, TemplateChanged, SettingsChanged, AttachmentChanged, MeetingChanged, WordsChanged }

    internal static readonly Gen<(Edit Kind, int Pick)[]> Sequences = Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, 10_000]).Array[8];

    [Fact]
    public void After_any_sequence_of_edits_the_live_site_is_a_full_build_of_the_content()
    {
        var (published, refused) = (0, 0);
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var edits = Sequences.Generate(new PCG(7, seed), null!, out _);
            using var site = BuiltSite.Demo.Copy();
            for (var step = 0; step < edits.Length; step++)
            {
                var (kind, pick) = edits[step];
                var what = $"seed {seed}, step {step}: {kind} {Apply(site, kind, pick)}";
                var before = SiteBuild.Files(site.Output);
                var result = site.Run("build");
                if (result.ExitCode != 0)
                {
                    // An edit that leaves an error publishes nothing: the live site stays as it was.
                    Assert.True(result.ExitCode == 1, $"{what}\n{result}");
                    Assert.Equal(before, SiteBuild.Files(site.Output));
                    refused++;
                    continue;
                }
                var fresh = Path.Combine(site.Root, "_fresh");
                site.BuildOk("--output", "_fresh");
                var live = SiteBuild.Files(site.Output);
                var full = SiteBuild.Files(fresh);
                var differ = live.Keys.Union(full.Keys).Where(k => live.GetValueOrDefault(k) != full.GetValueOrDefault(k)).Take(5).ToList();
                Assert.True(differ.Count == 0, $"{what}: the live site differs from a full build in {string.Join(", ", differ)}");
                Committee.Write.OutputFolder.Remove(fresh);
                published++;
            }
        }
        // The sequences must mostly publish, or the comparison proves little.
        Assert.True(published > refused, $"{published} edits published, {refused} refused");
    }

    /// <summary>What an author does to the meetings' agendas when a paper goes, is renamed (its slug gains
    /// <paramref name="suffix"/>) or moves to another meeting (null: its agenda line goes).</summary>
    private static void OnAgendas(TestSite site, string paper, string? suffix)
    {
        var slug = System.Text.RegularExpressions.Regex.Replace(Path.GetFileNameWithoutExtension(paper), @"^\d{4}-\d{2}-\d{2}-", "");
        foreach (var meeting in Directory.GetFiles(Path.Combine(site.Content, "meetings"), "*.md", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(meeting);
            var edited = suffix is null
                ? lines.Where(l => !l.Contains($"[[{slug}]]", StringComparison.Ordinal)).ToArray()
                : [.. lines.Select(l => l.Replace($"[[{slug}]]", $"[[{slug}{suffix}]]", StringComparison.Ordinal))];
            if (!edited.SequenceEqual(lines)) File.WriteAllLines(meeting, edited);
        }
    }

    /// <summary>Makes one edit of the content or the site sources, chosen by <paramref name="pick"/>; says what it did.</summary>
    internal static string Apply(TestSite site, Edit kind, int pick)
    {
        var papers = Directory.GetFiles(Path.Combine(site.Content, "reports"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var paper = papers[pick % papers.Count];
        var text = File.ReadAllText(paper);
        string Edited(string find, string replace) => new Regex(find, RegexOptions.Multiline).Replace(text, replace, 1);
        switch (kind)
        {
            case Edit.Add:
                var added = Path.Combine(Path.GetDirectoryName(paper)!, $"{Path.GetFileNameWithoutExtension(paper)}-copy-{pick}.md");
                File.WriteAllText(added, Edited("^title: \"?", "title: \"Copy: "));
                return Path.GetFileName(added);
            case Edit.Remove:
                File.Delete(paper);
                OnAgendas(site, paper, null);
                return Path.GetFileName(paper);
            case Edit.Rename:
                File.Move(paper, Path.Combine(Path.GetDirectoryName(paper)!, $"{Path.GetFileNameWithoutExtension(paper)}-renamed.md"));
                OnAgendas(site, paper, "-renamed");
                return Path.GetFileName(paper);
            case Edit.MoveMeeting:
                File.WriteAllText(paper, Edited(@"^date: (\d{4})-(\d{2})-(\d{2})", "date: $1-$2-2" + (pick % 8 + 1)));
                OnAgendas(site, paper, null);
                return Path.GetFileName(paper);
            case Edit.SameSizeTimeRestored:
                var time = File.GetLastWriteTimeUtc(paper);
                File.WriteAllText(paper, Edited(@"\bthe\b", "THE"));
                File.SetLastWriteTimeUtc(paper, time);
                return Path.GetFileName(paper);
            case Edit.PublicExempt:
                File.WriteAllText(paper, text.Contains("access: exempt", StringComparison.Ordinal)
                    ? Edited(@"^exempt_paragraph: .*\n", "").Replace("access: exempt", "access: public")
                    : Edited("^access: public", "access: exempt\nexempt_paragraph: 3"));
                return Path.GetFileName(paper);
            case Edit.FinalDraft:
                File.WriteAllText(paper, text.Contains("status: draft", StringComparison.Ordinal) ? Edited("^status: draft", "status: final") : Edited("^status: final", "status: draft"));
                return Path.GetFileName(paper);
            case Edit.BoardRenamed:
                var boards = Directory.GetFiles(Path.Combine(site.Content, "boards"), "*.yml").Order(StringComparer.Ordinal).ToList();
                var board = boards[pick % boards.Count];
                File.WriteAllText(board, new Regex("^name: (.*)$", RegexOptions.Multiline).Replace(File.ReadAllText(board), $"name: $1 ({pick})", 1));
                return Path.GetFileName(board);
            case Edit.TemplateChanged:
                var layout = Path.Combine(site.SiteSources, "templates", "layout.liquid");
                File.WriteAllText(layout, File.ReadAllText(layout).Replace("<footer class=\"govuk-footer\">", $"<footer class=\"govuk-footer\" data-edition=\"{pick}\">", StringComparison.Ordinal));
                return "layout.liquid";
            case Edit.AttachmentChanged:
                // An image the checks read (an SVG, for script), changed at the same size, with its time restored.
                var image = Directory.GetFiles(Path.Combine(site.Content, "reports"), "*.svg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
                var imageTime = File.GetLastWriteTimeUtc(image);
                var svg = File.ReadAllText(image);
                File.WriteAllText(image, pick % 2 == 0 ? svg.Replace("</svg>", "<script>alert(1)</script></svg>", StringComparison.Ordinal) : svg.Replace("<script>alert(1)</script>", "", StringComparison.Ordinal));
                File.SetLastWriteTimeUtc(image, imageTime);
                return Path.GetFileName(image);
            case Edit.MeetingChanged:
                var meetings = Directory.GetFiles(Path.Combine(site.Content, "meetings"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var meeting = meetings[pick % meetings.Count];
                File.WriteAllText(meeting, new Regex("^venue: (.*)$", RegexOptions.Multiline).Replace(File.ReadAllText(meeting), $"venue: Room {pick}, $1", 1));
                return Path.GetFileName(meeting);
            case Edit.WordsChanged:
                File.WriteAllText(Path.Combine(site.SiteSources, "words.yml"), $"home: Home ({pick})\n");
                return "words.yml";
            default:
                var settings = Path.Combine(site.SiteSources, "site.yml");
                File.WriteAllText(settings, new Regex("^title: .*$", RegexOptions.Multiline).Replace(File.ReadAllText(settings), $"title: Eastmere papers, edition {pick}", 1));
                return "site.yml";
        }
    }
}
