using Committee.Tests.Support;
using Committee.Write;

namespace Committee.Tests.Write;

public class FrontEndAssetsTests
{
    [Fact]
    public void Without_nodejs_the_build_says_what_to_install()
    {
        using var site = new TestSite();
        var output = new Committee.Serve.PreviewSite();
        var e = Assert.Throws<FrontEndAssets.UnavailableException>(() =>
            FrontEndAssets.Add(site.SiteSources, output, TextWriter.Null, npm: "npm-that-is-not-installed"));
        Assert.Equal(0, output.Count);
        Assert.Contains("needs Node.js", e.Message);
        Assert.Contains("Install Node.js", e.Message);
        Assert.False(Directory.Exists(Path.Combine(site.SiteSources, "node_modules")));
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
