using System.Net;
using System.Text;
using Committee.Diagnostics;
using Committee.Pipeline;
using Committee.Render;

namespace Committee.Serve;

/// <summary>
/// What the preview adds to pages so an author sees problems where they are: the findings of a paper on
/// its page, a site-wide banner on every page while any paper has errors, a page of findings for a paper
/// that cannot be shown, and a page listing every problem. Never part of a built site.
/// </summary>
public static class ProblemBanner
{
    /// <summary>The page listing every problem in the archive.</summary>
    public const string ProblemsAddress = "/__committee/problems";

    public static string Papers(int n) => n == 1 ? "1 paper" : $"{n} papers";

    public static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>The banners for the page at <paramref name="url"/> (relative to the site root, e.g. <c>boards/x/2024-01-23/y/</c>).</summary>
    public static string ForPage(PreviewSnapshot snapshot, string url)
    {
        var html = new StringBuilder();
        if (snapshot.Failure is { } failure)
        {
            html.Append(ErrorSummary("The latest changes could not be built",
                $"<p class=\"govuk-body\">{Encode(failure)}</p><p class=\"govuk-body\">This is the last site that could be built. Save a fix and the page reloads.</p>"));
        }
        if (snapshot.PapersWithErrors > 0 || snapshot.SettingsErrors > 0)
        {
            var what = new List<string>();
            if (snapshot.PapersWithErrors > 0) what.Add($"{Papers(snapshot.PapersWithErrors)} {(snapshot.PapersWithErrors == 1 ? "has" : "have")} errors");
            if (snapshot.SettingsErrors > 0) what.Add($"the settings, boards, report types or templates have {Count(snapshot.SettingsErrors, "error")}");
            var title = string.Join(" and ", what);
            html.Append(ErrorSummary(char.ToUpperInvariant(title[0]) + title[1..],
                "<p class=\"govuk-body\">This is a preview: <code>committee build</code> would publish nothing until they are fixed. " +
                $"<a class=\"govuk-link\" href=\"{ProblemsAddress}\">See every problem</a>.</p>"));
        }
        if (snapshot.FindingsByUrl.TryGetValue(url, out var findings)) html.Append(ForPaper(findings));
        return html.ToString();
    }

    /// <summary>One paper's findings: an error summary when it has errors, a notification when it has only warnings.</summary>
    public static string ForPaper(IReadOnlyList<Diagnostic> findings)
    {
        var errors = findings.Count(d => d.IsError);
        var warnings = findings.Count - errors;
        var files = findings.Select(d => d.File).Distinct().ToList();
        var counts = string.Join(" and ", new[] { errors > 0 ? Count(errors, "error") : null, warnings > 0 ? Count(warnings, "warning") : null }.OfType<string>());
        var list = FindingList(findings);
        var saving = $"<p class=\"govuk-body\">Fix {(files.Count == 1 ? $"<code>{Encode(files[0])}</code>" : "the files below")} and save: the page reloads.</p>";
        if (errors > 0)
        {
            return ErrorSummary($"This paper has {counts}", saving + list);
        }
        return $"""
            <div class="govuk-notification-banner committee-preview-banner" role="region" aria-labelledby="committee-preview-warnings">
              <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="committee-preview-warnings">Preview</h2></div>
              <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">This paper has {counts}</p>
                {saving}
                {list}
              </div>
            </div>

            """;
    }

    /// <summary>The page served at the address of a paper that could not be made into a page; the banner lists its findings.</summary>
    public static string FindingsPage(PipelineContext context, ReportDocument document, IReadOnlyList<Diagnostic> findings)
    {
        var title = document.Report is { Title.Length: > 0 } report ? report.Title : Path.GetFileName(document.SourcePath);
        var content = $"""
            <span class="govuk-caption-l">{Encode(document.DisplayPath)}</span>
            <h1 class="govuk-heading-xl">{Encode(title)}</h1>
            <p class="govuk-body">This paper cannot be shown until {(findings.Count(d => d.IsError) == 1 ? "the error is" : "the errors are")} fixed. The preview keeps this address for it so the page reloads when you save the file.</p>

            """;
        return Page(context, $"Problems: {title}", content);
    }

    /// <summary>The page listing every finding, by file, with a link to each paper's page where it has one.</summary>
    public static string ProblemsPage(PipelineContext context, PreviewSnapshot snapshot, IReadOnlyList<ReportDocument> documents, IReadOnlyDictionary<string, string> addresses)
    {
        var root = Views.Site(context.Site.Settings).Root;
        var pageOf = documents.Where(d => addresses.ContainsKey(d.SourcePath))
            .GroupBy(d => d.DisplayPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => addresses[g.First().SourcePath], StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<h1 class=\"govuk-heading-xl\">Problems</h1>\n");
        if (snapshot.Diagnostics.IsEmpty)
        {
            html.Append("<p class=\"govuk-body\">No problems found: every paper would be published.</p>\n");
        }
        else
        {
            var errors = snapshot.Diagnostics.Count(d => d.IsError);
            html.Append($"<p class=\"govuk-body\">{Count(errors, "error")} and {Count(snapshot.Diagnostics.Count - errors, "warning")}. " +
                        "Errors stop <code>committee build</code> publishing anything; warnings do not.</p>\n");
            foreach (var file in snapshot.Diagnostics.GroupBy(d => d.File, StringComparer.Ordinal))
            {
                html.Append($"<h2 class=\"govuk-heading-m\">{Encode(file.Key)}</h2>\n");
                if (pageOf.TryGetValue(file.Key, out var url))
                {
                    html.Append($"<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"{Encode(root + url)}\">Open the paper's page</a></p>\n");
                }
                html.Append(FindingList(file.ToList()));
            }
        }
        return Page(context, "Problems", html.ToString());
    }

    private static string FindingList(IReadOnlyList<Diagnostic> findings)
    {
        var html = new StringBuilder("<ul class=\"govuk-list govuk-error-summary__list committee-preview-findings\">\n");
        foreach (var d in findings)
        {
            html.Append($"<li><strong>{Encode(d.Location)}</strong>: {(d.IsError ? "error" : "warning")} <code>{Encode(d.RuleId)}</code>: {Encode(d.Message)}");
            if (d.Hint is not null) html.Append($"<br><span class=\"govuk-hint\">Hint: {Encode(d.Hint)}</span>");
            html.Append("</li>\n");
        }
        return html.Append("</ul>\n").ToString();
    }

    /// <summary>
    /// GOV.UK's error summary. Auto-focus is off: the page reloads on every save, and jumping to the top
    /// each time would lose the author's place.
    /// </summary>
    private static string ErrorSummary(string title, string body) => $"""
        <div class="govuk-error-summary committee-preview-banner" data-module="govuk-error-summary" data-disable-auto-focus="true">
          <div role="alert">
            <h2 class="govuk-error-summary__title">{Encode(title)}</h2>
            <div class="govuk-error-summary__body">
              {body}
            </div>
          </div>
        </div>

        """;

    /// <summary>A page in the site's own frame when the templates allow it, else a plain one that still uses the site's CSS.</summary>
    private static string Page(PipelineContext context, string title, string content)
    {
        var site = Views.Site(context.Site.Settings);
        if (context.Templates is { } templates && templates.Has("layout"))
        {
            try
            {
                return templates.Render("layout", new PageView(site, title, title, site.BaseUrl, content, false, "", [new NavLink("Home", site.Root)]));
            }
            catch (Exception e) when (e is InvalidOperationException or Fluid.FluidException)
            {
                // The layout itself is broken; its finding is in the list, so show the list without it.
            }
        }
        return $"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head><meta charset="utf-8"><title>{Encode(title)}</title><link rel="stylesheet" href="{site.Root}assets/govuk/govuk-frontend.min.css"></head>
            <body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
            {content}
            </main></div></body>
            </html>

            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
