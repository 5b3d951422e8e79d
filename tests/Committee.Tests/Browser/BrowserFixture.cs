using Committee.Tests.Support;
using Microsoft.Playwright;

namespace Committee.Tests.Browser;

/// <summary>
/// A headless Chromium, shared by the browser tests of a collection (two collections, so two browsers), showing the
/// run's one build of the demo (or another built site a test names). The site is served to the
/// browser by Playwright's request routing straight from the build folder: no port, no real network. Any request
/// to another host is aborted, so a page that tries to reach the internet fails visibly instead of hanging.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium: the tests use the system browser and never download one. COMMITTEE_CHROMIUM points
    /// them at another build (or at a missing file, to see the skip).
    /// </summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("COMMITTEE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The site's base_url (site-src/site.yml), without the trailing slash.</summary>
    public const string Origin = "https://papers.eastmere.example";

    public static string? SkipReason =>
        File.Exists(ChromiumPath) ? null : $"{ChromiumPath} is not installed (apt-get install chromium), so the browser tests cannot run.";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The demo as the run's shared build made it (<see cref="BuiltSite.Demo"/>): the browser only reads it.</summary>
    public string SiteFolder => BuiltSite.Demo.Output;
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not running.");

    /// <summary>Where screenshots go: TestResults/screenshots in the repository (gitignored).</summary>
    public static string ScreenshotFolder => Path.Combine(TestSite.RepoRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh page in its own context, at the given viewport width, serving the built site (or another built
    /// site, <paramref name="siteFolder"/>, for a test that builds its own).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true, string? siteFolder = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Origin,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(10_000);
        await context.RouteAsync("**/*", route => Serve(route, siteFolder ?? SiteFolder));
        return await context.NewPageAsync();
    }

    /// <summary>Answers a request from the build folder as a static host would; aborts anything off-site.</summary>
    private static async Task Serve(IRoute route, string siteFolder)
    {
        var uri = new Uri(route.Request.Url);
        if (!uri.GetLeftPart(UriPartial.Authority).Equals(Origin, StringComparison.OrdinalIgnoreCase))
        {
            await route.AbortAsync("blockedbyclient");
            return;
        }
        var file = Resolve(Uri.UnescapeDataString(uri.AbsolutePath), siteFolder);
        if (file is null)
        {
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 404,
                ContentType = "text/html; charset=utf-8",
                BodyBytes = await File.ReadAllBytesAsync(Path.Combine(siteFolder, "404.html")),
            });
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = ContentType(file),
            BodyBytes = await File.ReadAllBytesAsync(file),
        });
    }

    /// <summary>The file for a URL path ("/" and "/x/" map to index.html), or null; never outside the site.</summary>
    public string? Resolve(string urlPath) => Resolve(urlPath, SiteFolder);

    private static string? Resolve(string urlPath, string siteFolder)
    {
        var relative = urlPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var root = Path.GetFullPath(siteFolder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }

    public static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        _ => "application/octet-stream",
    };
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The page-by-page checks (axe and reflow on some fifty pages), in a collection of their own with a second Chromium:
/// a collection's tests run one after another, and with every browser test in one the browser tests alone took as
/// long as the rest of the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserPagesCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: page by page";
}
