using System.Net;
using System.Net.Sockets;
using Committee.Cli;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Serve;

/// <summary>
/// <c>committee serve</c> run in-process on a free port of 127.0.0.1, against a mini-site in a temporary
/// folder; each test stops its server (and watcher) at the end, as Ctrl+C would.
/// </summary>
public sealed class ServeTests : IAsyncLifetime
{
    private const string ReportPath = "safer-ppb/2024-11-12-performance.md";
    private const string ReportUrl = "boards/safer-ppb/2024-11-12/performance/";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TestSite site = new TestSite().WithFrontEnd();
    private readonly CancellationTokenSource stop = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();
    private readonly HttpClient http;
    private readonly int port = FreePort();
    private Task<int>? serving;

    public ServeTests()
    {
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = Patience,
        };
    }

    public async Task InitializeAsync()
    {
        site.WriteReport(ReportPath, Reports.ValidPpb);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
        stop.Dispose();
        site.Dispose();
    }

    [Fact]
    public async Task Serves_the_home_page_and_a_report_page_on_localhost()
    {
        var home = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var homeHtml = await home.Content.ReadAsStringAsync();
        Assert.Contains("Community safety performance for Quarter 2 2024/25", homeHtml);

        var report = await http.GetStringAsync(ReportUrl);
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Community safety performance for Quarter 2 2024/25</h1>", report);
        Assert.Contains("/__committee/version", report);
        Assert.DoesNotContain("committee-preview-banner", report);

        var folder = await http.GetAsync("boards/safer-ppb");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/boards/safer-ppb/", folder.Headers.Location?.OriginalString);

        var css = await http.GetAsync("assets/govuk/govuk-frontend.min.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("no-such-page/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(".committee-site")).StatusCode);

        // The meeting's agenda pack is made when first asked for.
        var pack = await http.GetStringAsync(ReportUrl[..ReportUrl.TrimEnd('/').LastIndexOf('/')] + "/pack/");
        Assert.Contains("Community safety performance for Quarter 2 2024/25", pack);

        // The feeds and open data are made when first asked for, from the content as it is.
        var feed = await http.GetAsync("feed.xml");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("Community safety performance for Quarter 2 2024/25", await feed.Content.ReadAsStringAsync());

        // The search index is made after the pages are served; a request for it waits for it.
        var manifest = await http.GetAsync("search/manifest.json");
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Contains("\"version\"", await manifest.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task After_a_save_the_search_index_is_the_new_one()
    {
        site.WriteReport(ReportPath, Reports.ValidPpb.Replace("title: Community safety performance for Quarter 2 2024/25", "title: Community safety zanzibarish results"));
        await Eventually(() => http.GetStringAsync(ReportUrl), html => html.Contains("zanzibarish"));
        // Served only once it is the index of the content as saved: the paper's search file has its new title.
        var manifest = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("search/manifest.json")).RootElement;
        var papers = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32());
        var texts = await Task.WhenAll(papers.Select(n => http.GetStringAsync($"search/docs/{n / 1000}/{n}.json")));
        Assert.Contains(texts, t => t.Contains("Community safety zanzibarish results", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_change_is_rebuilt_and_the_version_moves_on()
    {
        var before = await Version();
        site.WriteReport(ReportPath, Reports.ValidPpb.Replace("title: Community safety performance for Quarter 2 2024/25", "title: Community safety results for the second quarter"));

        var page = await Eventually(() => http.GetStringAsync(ReportUrl), html => html.Contains("Community safety results for the second quarter"));
        Assert.DoesNotContain("Community safety performance for Quarter 2 2024/25", page);
        // The pages are written a moment before the build is announced; the open page reloads on the announcement.
        Assert.True(await Eventually(Version, v => v > before) > before);
    }

    [Fact]
    public async Task A_report_with_an_error_is_shown_with_its_findings_and_a_site_wide_banner()
    {
        site.WriteReport(ReportPath, Reports.ValidPpb.Replace("1.1 To report performance", "<b>Urgent</b>\n\n1.1 To report performance"));

        var page = await Eventually(() => http.GetStringAsync(ReportUrl), html => html.Contains("raw-html"));
        Assert.Contains("govuk-error-summary", page);
        Assert.Contains("This paper has 1 error", page);
        Assert.Contains("content/reports/safer-ppb/2024-11-12-performance.md:12:1", page);
        // Still rendered, so the author sees the page, with the HTML as text as ever.
        Assert.Contains("Community safety performance for Quarter 2 2024/25</h1>", page);
        Assert.Contains("&lt;b&gt;Urgent&lt;/b&gt;", page);

        var home = await http.GetStringAsync("");
        Assert.Contains("1 paper has errors", home);
        Assert.Contains("/__committee/problems", home);
        Assert.Contains("raw-html", await http.GetStringAsync("__committee/problems"));
    }

    [Fact]
    public async Task A_report_that_cannot_be_rendered_shows_its_findings_at_its_address()
    {
        site.WriteReport(ReportPath, Reports.ValidPpb.Replace("board: safer-ppb", "board: safer-pbb"));

        var response = await Eventually(() => http.GetAsync(ReportUrl), r => r.StatusCode == HttpStatusCode.OK && r.Content.ReadAsStringAsync().Result.Contains("board-unknown"));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is no board &#39;safer-pbb&#39;", page);
        Assert.Contains("cannot be shown until the error is fixed", page);
        Assert.DoesNotContain("Community safety performance", await http.GetStringAsync("boards/safer-ppb/"));
    }

    [Fact]
    public async Task Only_requests_for_localhost_are_answered_so_another_site_cannot_read_the_preview()
    {
        // DNS rebinding: a page on evil.example points its name at 127.0.0.1 and reads the preview, drafts and exempt papers too.
        foreach (var host in new[] { "evil.example", $"evil.example:{port}", $"localhost.evil.example:{port}", $"127.0.0.1.nip.io:{port}", $"localhost:{port + 1}", "" })
        {
            var (status, body) = await RawGet(host);
            Assert.True(status == 403, $"Host '{host}' was answered {status}");
            Assert.Contains($"http://localhost:{port}/", body);
            Assert.DoesNotContain("Community safety", body);
        }
        foreach (var host in new[] { $"localhost:{port}", $"127.0.0.1:{port}", $"[::1]:{port}", "localhost", "127.0.0.1", "[::1]", $"LocalHost:{port}" })
        {
            var (status, body) = await RawGet(host);
            Assert.True(status == 200, $"Host '{host}' was answered {status}");
            Assert.Contains("Community safety performance", body);
        }
    }

    [Fact]
    public async Task Stopping_closes_the_port_and_the_preview_wrote_nothing_to_disk()
    {
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("")).StatusCode);

        Assert.Equal(0, await StopAsync());
        Assert.Contains("Stopped.", stdout.ToString());
        // The preview is kept in memory: nothing beside the content and site sources.
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".committee")));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(""));
        // The published site is never touched by a preview.
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_problem()
    {
        var result = await Task.Run(() => site.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))).WaitAsync(Patience);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Port {port} is already in use", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void The_built_site_has_no_preview_script_or_banner()
    {
        using var built = new TestSite().WithFrontEnd();
        built.WriteReport(ReportPath, Reports.ValidPpb);
        built.BuildOk();

        Assert.All(built.OutputFiles(), file => Assert.DoesNotContain("__committee", file.Text));
    }

    private async Task StartAsync()
    {
        var console = new CommandConsole(stdout, stderr, site.Root, IsTerminal: false);
        serving = Task.Run(() => ServeCommand.RunAsync(site.Options(), port, console, stop.Token));
        await Eventually(async () =>
        {
            if (serving.IsCompleted) throw new InvalidOperationException($"serve stopped with exit {serving.Result}:\n{stdout}\n{stderr}");
            try { return (await http.GetAsync("")).StatusCode; }
            catch (HttpRequestException) { return HttpStatusCode.ServiceUnavailable; }
        }, status => status == HttpStatusCode.OK);
    }

    private async Task<int> StopAsync()
    {
        if (serving is null) return -1;
        stop.Cancel();
        var code = await serving.WaitAsync(Patience);
        serving = null;
        return code;
    }

    /// <summary>A GET of the report's page with this Host header, over a raw connection, as a browser on another site would send it.</summary>
    private async Task<(int Status, string Body)> RawGet(string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET /{ReportUrl} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(Patience);
        return (int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    private async Task<int> Version() => int.Parse(await http.GetStringAsync("__committee/version"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asks until the answer is right or <see cref="Patience"/> runs out; rebuilds take a moment after a save.</summary>
    private static async Task<T> Eventually<T>(Func<Task<T>> ask, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var answer = await ask();
            if (done(answer)) return answer;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not so after {Patience.TotalSeconds} s; last answer: {answer}");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
