using System.Net;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Committee.Model;
using Committee.Parse;
using Committee.Pipeline;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Committee.Validate;

/// <summary>
/// Checks what a report's body must not publish: raw HTML, notes to authors left unclosed, links that run script or
/// embed data, and links to hosts only staff can reach; and a quarter named in the text that differs from the period.
/// </summary>
public sealed partial class CheckContent : IDocumentStage
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    private static readonly string[] PrivateSuffixes = [".local", ".internal", ".intranet", ".lan", ".corp", ".localdomain", ".home.arpa", ".private"];

    [GeneratedRegex(@"\b(?<ordinal>first|second|third|fourth)\s+quarter|\bquarter\s+(?<word>one|two|three|four|[1-4])\b|\bQ(?<digit>[1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterMention();

    public string Name => "Check content";

    public ReportDocument Process(ReportDocument document, PipelineContext context)
    {
        if (document.Markdown is not { } markdown) return document;
        var file = document.DisplayPath;
        var diagnostics = new List<Diagnostic>();
        var links = 0;
        var attachments = new List<(string Url, int Line, int Column)>();
        CheckBlocks(markdown, file, diagnostics, ref links, attachments);
        foreach (var (url, line, column) in attachments) CheckAttachmentLink(document, url, line, column, diagnostics);
        if (document.Report?.Period is { } period) CheckQuarterMentions(document, period, diagnostics);
        return document.With(diagnostics);
    }

    /// <summary>
    /// Every block and inline in document order (each block, then its inlines), walked by hand: Markdig's
    /// <c>Descendants()</c> iterator and its two stacks made the check slower (figures: docs/performance.md,
    /// 'Per-report work walks and compares once').
    /// </summary>
    private static void CheckBlocks(ContainerBlock container, string file, List<Diagnostic> diagnostics, ref int links, List<(string, int, int)> attachments)
    {
        foreach (var block in container)
        {
            if (block is HtmlBlock { Type: not HtmlBlockType.Comment } html)
            {
                diagnostics.Add(Rules.RawHtml.At(file, html.Line + 1, html.Column + 1, Snippet(html.Lines.ToString())));
            }
            else if (block is HtmlBlock comment && !comment.Lines.ToString().Contains("-->", StringComparison.Ordinal))
            {
                // A comment on a line of its own runs to its '-->'; without one it takes the rest of the paper off the page.
                diagnostics.Add(Rules.CommentUnclosed.At(file, comment.Line + 1, comment.Column + 1));
            }
            if (block is ContainerBlock inner) CheckBlocks(inner, file, diagnostics, ref links, attachments);
            else if (block is LeafBlock { Inline: { } inline }) CheckInlines(inline, file, diagnostics, ref links, attachments);
        }
    }

    private static void CheckInlines(ContainerInline container, string file, List<Diagnostic> diagnostics, ref int links, List<(string, int, int)> attachments)
    {
        for (var node = container.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                // A closing tag needs no finding of its own: its opening tag has one.
                case HtmlInline inline when !inline.Tag.StartsWith("<!--", StringComparison.Ordinal) && !inline.Tag.StartsWith("</", StringComparison.Ordinal):
                    diagnostics.Add(Rules.RawHtml.At(file, inline.Line + 1, inline.Column + 1, Snippet(inline.Tag)));
                    break;
                // Inside a paragraph, '<!--' with no '-->' is not a comment at all: it would be published as text.
                case LiteralInline literal when UnclosedComment(literal) is >= 0 and var at:
                    diagnostics.Add(Rules.CommentUnclosed.At(file, literal.Line + 1, literal.Column + 1 + at));
                    break;
                case LinkInline link:
                    CountLink(ref links, link, file, diagnostics);
                    CheckLink(link.Url ?? "", link.Line + 1, link.Column + 1, file, diagnostics);
                    // A relative link may be to an attachment: checked against the paper's folder once the walk is done.
                    if (link.Url is { Length: > 0 } url && !url.Contains("://", StringComparison.Ordinal)) attachments.Add((url, link.Line + 1, link.Column + 1));
                    break;
                case AutolinkInline auto:
                    CountLink(ref links, auto, file, diagnostics);
                    CheckLink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, auto.Line + 1, auto.Column + 1, file, diagnostics);
                    break;
            }
            if (node is ContainerInline inner) CheckInlines(inner, file, diagnostics, ref links, attachments);
        }
    }

    /// <summary>Where '&lt;!--' starts in the text, or -1; a backslash-escaped '\&lt;!--' is text the author meant.</summary>
    private static int UnclosedComment(LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        var skip = literal.IsFirstCharacterEscaped ? 1 : 0;
        var at = text[skip..].IndexOf("<!--", StringComparison.Ordinal);
        return at < 0 ? -1 : at + skip;
    }

    /// <summary>Counts a link; the first past <see cref="TextLimits.MaxLinks"/> is a finding (the text was checked for
    /// addresses before it was parsed: this counts links of every kind, "[text](page)" too).</summary>
    private static void CountLink(ref int links, Inline link, string file, List<Diagnostic> diagnostics)
    {
        if (++links == TextLimits.MaxLinks + 1) diagnostics.Add(Rules.TooManyLinks.At(file, link.Line + 1, link.Column + 1, TextLimits.MaxLinks));
    }

    /// <summary>A link to an attachment that is not in the paper's folder, or written so it would lead nowhere.</summary>
    private static void CheckAttachmentLink(ReportDocument document, string url, int line, int column, List<Diagnostic> diagnostics)
    {
        var folder = document.FolderName;
        if (CheckAttachments.LinkedName(url, folder, out var bare) is not { } name) return;
        if (bare)
        {
            diagnostics.Add(Rules.AttachmentMissing.At(document.DisplayPath, line, column, url, folder)
                .WithHint($"a link to an attachment starts with the paper's folder: write '{folder}/{name}'"));
        }
        else if (!CheckAttachments.Has(document, name))
        {
            diagnostics.Add(Rules.AttachmentMissing.At(document.DisplayPath, line, column, name, folder));
        }
    }

    private static string Snippet(string html)
    {
        var line = html.Split('\n')[0].Trim();
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    /// <summary>True for a URL that would run script or smuggle content if it reached a page.</summary>
    public static bool IsUnsafe(string url)
    {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
        var squeezed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return UnsafeSchemes.Any(s => squeezed.StartsWith(s, StringComparison.Ordinal));
    }

    private static void CheckLink(string url, int line, int column, string file, List<Diagnostic> diagnostics)
    {
        if (IsUnsafe(url))
        {
            diagnostics.Add(Rules.UnsafeLink.At(file, line, column, url.Length > 60 ? url[..60] + "…" : url));
            return;
        }
        if (PrivateHost(url) is { } host) diagnostics.Add(Rules.PrivateLink.At(file, line, column, url, host));
    }

    /// <summary>The host of a link only staff can reach (a bare intranet name, a local suffix, a private address), or null.</summary>
    public static string? PrivateHost(string url)
    {
        if (url.StartsWith(@"\\", StringComparison.Ordinal) || url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return url.StartsWith(@"\\", StringComparison.Ordinal) ? url.TrimStart('\\').Split('\\')[0] : "a file on someone's computer";
        }
        // A scheme-relative link ("//intranet/x") goes to the host it names.
        if (url.StartsWith("//", StringComparison.Ordinal)) url = "https:" + url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return IsPrivate(address) ? host : null;
        }
        // A name without a dot ("intranet", "sharepoint") only resolves inside the council's network.
        if (!host.Contains('.') || PrivateSuffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal))) return host;
        return null;
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address)) return true;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal) return true;
        var b = address.GetAddressBytes();
        return b.Length == 4 && (b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254));
    }

    // Seen in a real paper: a Quarter 2 performance report whose recommendation receives "the first quarter's" report.
    // Only the parts that say what the paper is (title, summary, the first two sections: purpose and recommendations)
    // are checked; supporting text may rightly compare with other quarters.
    private static void CheckQuarterMentions(ReportDocument document, FinancialPeriod period, List<Diagnostic> diagnostics)
    {
        var ordinal = new[] { "first", "second", "third", "fourth" }[period.Quarter - 1];
        foreach (var section in document.Sections.Take(2))
        {
            foreach (var leaf in section.Blocks.SelectMany(b => b is LeafBlock l ? [l] : b.Descendants<LeafBlock>()))
            {
                var text = InlineText.Of(leaf);
                foreach (Match match in QuarterMention().Matches(text))
                {
                    var quarter = QuarterOf(match);
                    if (quarter != period.Quarter)
                    {
                        diagnostics.Add(Rules.QuarterMismatch.At(document.DisplayPath, leaf.Line + 1, leaf.Column + 1, match.Value, period, ordinal));
                    }
                }
            }
        }
    }

    private static int QuarterOf(Match match)
    {
        var word = (match.Groups["ordinal"].Success ? match.Groups["ordinal"] : match.Groups["word"].Success ? match.Groups["word"] : match.Groups["digit"]).Value.ToLowerInvariant();
        return word switch
        {
            "first" or "one" or "1" => 1,
            "second" or "two" or "2" => 2,
            "third" or "three" or "3" => 3,
            _ => 4,
        };
    }
}
