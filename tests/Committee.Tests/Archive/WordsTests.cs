using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Archive;

/// <summary>The pages' fixed wording comes from a words file, which a council may override key by key (a Welsh edition).</summary>
public class WordsTests
{
    [Fact]
    public void A_councils_words_file_replaces_the_english_words_it_names_and_keeps_the_rest()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.Write("site-src/words.yml", "home: Hafan\nboards_title: Byrddau a phwyllgorau\nwards_title: \"Papurau fesul ward\"\n");

        site.BuildOk();

        var boards = site.ReadOutput("boards/index.html");
        // The page's title is the words file's; its heading is its template's (site-src/templates/boards.liquid).
        Assert.Matches("<title>Byrddau a phwyllgorau[^<]*</title>", boards);
        Assert.Contains(">Hafan<", boards);
        Assert.Contains("Papurau fesul ward", site.ReadOutput("wards/index.html"));
        Assert.Contains("Papers by quarter", site.ReadOutput("quarters/index.html"));
        Assert.Contains(">Hafan<", site.ReadOutput("boards/safer-ppb/2023-10-10/cctv-network-upgrade/index.html"));
    }

    [Fact]
    public void A_key_committee_does_not_use_is_a_settings_error_naming_the_file_and_line()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        site.Write("site-src/words.yml", "home: Hafan\nhoem_title: Hafan\n");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site-src/words.yml:2", result.Error);
        Assert.Contains("'hoem_title' is not a words key", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }
}
