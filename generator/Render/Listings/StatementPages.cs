using System.Net;
using Committee.Model;

namespace Committee.Render.Listings;

/// <summary>
/// What a public-sector site must publish about itself: the accessibility statement (the Public Sector Bodies
/// Accessibility Regulations 2018, following the GOV.UK model statement) and a short privacy notice, both from
/// <c>site.yml</c>, linked from every page's footer; and the favicon made from the council's colour, unless the council
/// supplies its own.
/// </summary>
internal static class StatementPages
{
    public const string Accessibility = "accessibility/";
    public const string Privacy = "privacy/";

    public static void Add(ListingPages pages)
    {
        var (view, words, information) = (pages.View, pages.Words, pages.Site.Settings.Information);
        StatementPage Model() => new(view,
            information.ContactEmail, information.ContactPhone, information.ContactUrl,
            Views.LongDate(information.AccessibilityTested), Views.Iso(information.AccessibilityTested),
            information.AccessibilityIssues, information.PrivacyUrl,
            pages.Root + Accessibility, pages.Root + Privacy);
        pages.Page(Accessibility, "accessibility", Model,
            words["accessibility_title", ("site", view.Title)], words["accessibility_description", ("council", view.Council)], "", pages.Home);
        pages.Page(Privacy, "privacy", Model,
            words["privacy_title"], words["privacy_description", ("council", view.Council)], "", pages.Home);
        if (pages.Site.Settings.Favicon == "favicon.svg") pages.Files.Add(new ListingFile("favicon.svg", () => Favicon(pages.Site.Settings)));
    }

    /// <summary>A square of the council's colour with the first letter of its name in white: legible at 16 pixels.</summary>
    public static string Favicon(SiteSettings settings)
    {
        var letter = settings.Council.FirstOrDefault(char.IsLetterOrDigit) is var c && c != default ? char.ToUpperInvariant(c).ToString() : "";
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="{settings.Colour}"/><text x="16" y="24" font-family="Arial, Helvetica, sans-serif" font-size="22" font-weight="700" fill="#ffffff" text-anchor="middle">{WebUtility.HtmlEncode(letter)}</text></svg>

            """;
    }
}
