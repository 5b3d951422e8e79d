using Committee.Incremental;
using Committee.Render;

namespace Committee.Tests.Serve;

public class ViewModelJsonTests
{
    /// <summary>A page model the memo cannot key is rendered at every save: each new model type is listed in ViewModelJson.</summary>
    [Fact]
    public void Every_page_model_can_be_keyed_by_the_preview_memo()
    {
        var missing = PageModels.Types.Where(t => ViewModelJson.Default.GetTypeInfo(t) is null).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"Add [JsonSerializable(typeof(…))] to Incremental/ViewModelJson.cs for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void A_page_key_changes_with_any_member_of_its_model_and_ignores_nothing_else()
    {
        var memo = new BuildMemo();
        var a = new NotFoundView(new SiteView("Eastmere", "Papers", "", "https://x/", "/", "en-GB", "#1d70b8", "/feed.xml"));
        var b = a with { Site = a.Site with { Colour = "#000000" } };
        Assert.Equal(memo.KeyOf("404.html", ("not-found", a)), memo.KeyOf("404.html", ("not-found", a with { })));
        Assert.NotEqual(memo.KeyOf("404.html", ("not-found", a)), memo.KeyOf("404.html", ("not-found", b)));
        Assert.NotEqual(memo.KeyOf("404.html", ("not-found", a)), memo.KeyOf("404.html", ("other", a)));
        Assert.NotEqual(memo.KeyOf("404.html", ("not-found", a)), memo.KeyOf("x/404.html", ("not-found", a)));
    }
}
