using Committee.Tests.Support;
using Committee.Write;

namespace Committee.Tests.Write;

public class FrontEndAssetsTests
{
    [Fact]
    public void Without_nodejs_the_build_says_what_to_install()
    {
        using var site = new TestSite(withFrontEnd: false);
        var output = new Committee.Serve.PreviewSite();
        var e = Assert.Throws<FrontEndAssets.UnavailableException>(() =>
            FrontEndAssets.Add(site.SiteSources, output, TextWriter.Null, npm: "npm-that-is-not-installed"));
        Assert.Equal(0, output.Count);
        Assert.Contains("needs Node.js", e.Message);
        Assert.Contains("Install Node.js", e.Message);
        Assert.False(Directory.Exists(Path.Combine(site.SiteSources, "node_modules")));
    }

    [SkippableFact]
    public void A_site_without_its_front_end_packages_installs_them_once_and_builds()
    {
        var npm = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "npm")).FirstOrDefault(File.Exists);
        Skip.If(npm is null, "npm is not installed, so 'npm ci' cannot install the front-end packages.");
        using var site = new TestSite(withFrontEnd: false);
        site.WriteReport("safer-ppb/2024-11-12-performance.md", Reports.ValidPpb);
        Assert.False(Directory.Exists(Path.Combine(site.SiteSources, "node_modules")));

        var first = site.Run("build");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Installing the front-end packages", first.Out + first.Error);
        Assert.True(File.Exists(Path.Combine(site.SiteSources, "node_modules", "govuk-frontend", "dist", "govuk", "govuk-frontend.min.css")));
        Assert.Contains(".govuk-body", site.ReadOutput("assets/govuk/govuk-frontend.min.css"));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "govuk", "govuk-frontend.min.js")));
        var second = site.Run("build");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("Installing the front-end packages", second.Out + second.Error);
    }

    [Fact]
    public void The_govuk_font_is_stripped_from_the_css()
    {
        const string css = """@font-face{font-family:GDS Transport;font-style:normal;src:url(/assets/fonts/light.woff2)}.govuk-body{font-family:GDS Transport,arial,sans-serif}""";
        var result = FrontEndAssets.WithoutGovukFont(css);
        Assert.DoesNotContain("GDS Transport", result);
        Assert.DoesNotContain("/assets/fonts/", result);
        Assert.Contains(".govuk-body{font-family:arial,sans-serif}", result);
    }
}
