namespace Committee.Serve;

/// <summary>
/// Reloads the open page when the preview is rebuilt. Each served page carries the build version it was
/// made from and asks <c>/__committee/version</c> once a second; when the answer differs, it reloads.
/// Polling rather than a held-open connection, so stopping the server never waits on a browser tab.
/// Added to pages as they are served, so it is never in a built site.
/// </summary>
public static class LiveReload
{
    public const string VersionAddress = "/__committee/version";

    public static string Script(int version) => $$"""
        <script>
        /* committee serve: reload when the preview is rebuilt. Only in the local preview, never in a built site. */
        (function () {
          var shown = {{version}};
          function check() {
            fetch('{{VersionAddress}}', { cache: 'no-store' })
              .then(function (response) { return response.text(); })
              .then(function (text) { if (parseInt(text, 10) !== shown) { location.reload(); } else { setTimeout(check, 1000); } })
              .catch(function () { setTimeout(check, 2000); });
          }
          setTimeout(check, 1000);
        })();
        </script>

        """;

    /// <summary>
    /// Puts the banners at the top of the page's main content (after the body's opening tag when the
    /// templates have no <c>id="main-content"</c>) and the reload script before <c>&lt;/body&gt;</c>.
    /// </summary>
    public static string Inject(string html, string banners, int version)
    {
        var script = Script(version);
        var bodyEnd = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = bodyEnd >= 0 ? html.Insert(bodyEnd, script) : html + script;
        if (banners.Length == 0) return html;

        var at = OpeningTagEnd(html, "id=\"main-content\"");
        if (at < 0) at = OpeningTagEnd(html, "<body");
        return at < 0 ? banners + html : html.Insert(at, "\n" + banners);
    }

    /// <summary>The index just after the '&gt;' of the tag containing <paramref name="marker"/>, or -1.</summary>
    private static int OpeningTagEnd(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0) return -1;
        var end = html.IndexOf('>', start);
        return end < 0 ? -1 : end + 1;
    }
}
