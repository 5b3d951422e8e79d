using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Committee.Serve;

/// <summary>
/// Serves the preview's site (kept in memory, <see cref="PreviewSite"/>) on this computer only (localhost), adding the problem banners and the
/// reload script to each HTML page as it goes out. Pages are served as the published site would serve
/// them: a folder's <c>index.html</c>, <c>404.html</c> for anything else.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The port is taken, or the system refused it: a usage problem the command reports.</summary>
    public sealed class PortUnavailableException(string message) : Exception(message);

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication app;
    private readonly int port;
    private readonly TaskCompletionSource<PreviewSnapshot> firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile PreviewSnapshot? current;

    /// <summary>Completed when the build under way is served; null between builds.</summary>
    private TaskCompletionSource? building;

    public PreviewServer(int port)
    {
        this.port = port;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            // Only this computer: a preview may show drafts and papers with errors, which are not for anyone else.
            kestrel.ListenLocalhost(port);
            kestrel.AddServerHeader = false;
        });
        // The command handles Ctrl+C itself, so that it can stop the watcher too and say "Stopped.".
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public string Address => $"http://localhost:{port}/";

    /// <summary>The build being served; null until the first build is done.</summary>
    public PreviewSnapshot? Current => current;

    public async Task StartAsync(CancellationToken cancellation)
    {
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e)
        {
            throw new PortUnavailableException(
                $"Port {port} is already in use on this computer (perhaps by another 'committee serve'). Stop that, or choose another port with --port, e.g. --port {(port < 65535 ? port + 1 : 4000)}. ({e.Message})");
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new PortUnavailableException($"Port {port} cannot be used: {e.Message}. Choose another port with --port.");
        }
    }

    /// <summary>
    /// A rebuild is starting: a request that finds nothing (the page of a paper just added, say) waits for it rather
    /// than answering "not found".
    /// </summary>
    public void BuildStarting() => Volatile.Write(ref building, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Serves this build from now on; pages opened from an earlier build reload.</summary>
    public void Publish(PreviewSnapshot snapshot)
    {
        current = snapshot;
        firstBuild.TrySetResult(snapshot);
        Interlocked.Exchange(ref building, null)?.TrySetResult();
    }

    public async Task StopAsync()
    {
        firstBuild.TrySetCanceled();
        Interlocked.Exchange(ref building, null)?.TrySetCanceled();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(limit.Token);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        if (!IsThisComputer(request.Host.Value))
        {
            // DNS rebinding: a page on another site can point its own name at 127.0.0.1 and read the preview, drafts
            // and exempt papers included, through the visitor's browser. Such a request names that site as its Host.
            await Text(response, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8",
                $"This preview answers only at {Address}, on this computer. Open that address instead.");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        PreviewSnapshot snapshot;
        try
        {
            snapshot = current ?? await firstBuild.Task.WaitAsync(http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == LiveReload.VersionAddress)
        {
            await Text(response, 200, "text/plain; charset=utf-8", snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        if (path == ProblemBanner.ProblemsAddress)
        {
            await Page(response, 200, snapshot.ProblemsPage, snapshot, "");
            return;
        }

        if (await ServeFileAsync(http, snapshot, path)) return;
        if (Volatile.Read(ref building) is { } build)
        {
            try
            {
                await build.Task.WaitAsync(http.RequestAborted);
                if (current is { } rebuilt && await ServeFileAsync(http, rebuilt, path)) return;
                snapshot = current ?? snapshot;
            }
            catch (OperationCanceledException)
            {
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
        }

        var address = path.TrimStart('/');
        address = address.Length == 0 || address.EndsWith('/') ? address : address + "/";
        if (snapshot.FindingsPages.TryGetValue(address, out var findings))
        {
            await Page(response, 200, findings, snapshot, address);
            return;
        }
        var notFoundHtml = snapshot.Site?.Files.GetValueOrDefault("404.html") is { } notFound
            ? Encoding.UTF8.GetString(notFound)
            : "<!DOCTYPE html><title>Page not found</title><h1>Page not found</h1>";
        await Page(response, 404, notFoundHtml, snapshot, "");
    }

    /// <summary>Serves the file at the address from the snapshot's site; false when there is none.</summary>
    private static async Task<bool> ServeFileAsync(HttpContext http, PreviewSnapshot snapshot, string path)
    {
        var request = http.Request;
        var response = http.Response;
        if (snapshot.Site is not { } site)
        {
            // No site has been built yet (the templates are broken from the start): show what is wrong.
            await Page(response, 200, snapshot.ProblemsPage, snapshot, "");
            return true;
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Nothing hidden is served, and there is nothing outside the site to reach.
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\\'))) return false;
        var relative = string.Join('/', segments);
        var folder = relative.Length == 0 ? "" : relative + "/";
        var url = relative;
        byte[]? bytes;
        if (path.EndsWith('/') || relative.Length == 0)
        {
            if ((bytes = await site.FindAsync(folder + "index.html", http.RequestAborted)) is null) return false;
            (relative, url) = (folder + "index.html", folder);
        }
        else if ((bytes = await site.FindAsync(relative, http.RequestAborted)) is null)
        {
            if (!site.IsFolder(folder)) return false;
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = new PathString(path + "/").ToUriComponent() + request.QueryString;
            return true;
        }
        else if (segments[^1] == "index.html")
        {
            url = segments.Length > 1 ? string.Join('/', segments[..^1]) + "/" : "";
        }
        if (relative.EndsWith(".html", StringComparison.Ordinal))
        {
            await Page(response, 200, Encoding.UTF8.GetString(bytes), snapshot, url);
            return true;
        }
        response.ContentType = ContentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method)) await response.Body.WriteAsync(bytes, http.RequestAborted);
        return true;
    }

    private static Task Page(HttpResponse response, int status, string html, PreviewSnapshot snapshot, string url) =>
        Text(response, status, "text/html; charset=utf-8", LiveReload.Inject(html, ProblemBanner.ForPage(snapshot, url), snapshot.Version));

    /// <summary>Whether a request's Host is this computer by a name no other site can claim, with this port or none.</summary>
    private bool IsThisComputer(string? host) =>
        host is not null && LoopbackNames.Any(name =>
            host.Equals(name, StringComparison.OrdinalIgnoreCase) ||
            host.Equals(FormattableString.Invariant($"{name}:{port}"), StringComparison.OrdinalIgnoreCase));

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private static async Task Text(HttpResponse response, int status, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method)) await response.Body.WriteAsync(bytes);
    }

    /// <summary>Leaves Ctrl+C and SIGTERM to the command instead of the host's console lifetime.</summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
