using Committee.Model;

namespace Committee.Tests.Read;

/// <summary>
/// The one check of a site's address, shared by <c>base_url</c> in site.yml (see SettingsRuleTests) and
/// <c>build --base-url</c>: a plain http(s) address with a host and a path, and nothing else.
/// </summary>
public class BaseAddressTests
{
    [Theory]
    [InlineData("https://papers.example.gov.uk/")]
    [InlineData("https://papers.example.gov.uk")]
    [InlineData("https://example.github.io/papers/")]
    [InlineData("http://localhost:4000/")]
    [InlineData("http://[::1]:4000/")]
    [InlineData("https://example.org/council%20papers/")]
    public void A_plain_web_address_is_fine(string value) => Assert.Null(BaseAddress.Problem(value, "--base-url"));

    [Theory]
    [InlineData("https://example.org/?utm=x", "must not have a query")]
    [InlineData("https://example.org/#x", "must not have a fragment")]
    [InlineData("https://example.org/\nSitemap: https://evil.example/s.xml", "no spaces or line breaks")]
    [InlineData("https://example.org/ https://evil.example/", "no spaces or line breaks")]
    [InlineData("https://example.org/redirect/https://evil.example/", "second web address")]
    [InlineData("https://evil.example@example.org/", "user name or password")]
    [InlineData("https://example.org/<script>/", "only letters, digits")]
    [InlineData("https://example.org/%zz/", "only letters, digits")]
    [InlineData("https://example.org/papers/../admin/", "'.' or '..'")]
    [InlineData("javascript:alert(1)", "starting https://")]
    [InlineData("HTTPS://example.org/", "starting https://")]
    [InlineData("https://", "starting https://")]
    [InlineData("https://exa mple.org/", "no spaces")]
    [InlineData("https://example.org:99999/", "starting https://")]
    public void Anything_else_is_named_with_what_is_wrong(string value, string says)
    {
        var problem = BaseAddress.Problem(value, "--base-url");
        Assert.NotNull(problem);
        Assert.StartsWith($"--base-url '{value}' ", problem);
        Assert.Contains(says, problem);
    }
}
