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

    /// <summary>A paper's item is written once and copied into every listing that shows it: the keys are the same as
    /// writing it each time, and still change with any of its members.</summary>
    [Fact]
    public void A_listing_key_is_the_same_whether_its_papers_items_are_shared_or_made_afresh()
    {
        var memo = new BuildMemo();
        var site = new SiteView("Eastmere", "Papers", "", "https://x/", "/", "en-GB", "#1d70b8", "/feed.xml");
        ReportItem Item(string title) => new(title, "/boards/b/2024-01-01/p/", "b", "Board", "1 January 2024", "2024-01-01", "2023/24 Q4",
            "A summary with “quotes”, <b>angles</b> & ampersands – and é", "7", false, false);
        var shared = Item("Budget monitoring");
        var once = new BoroughWidePage(site, [shared, Item("Fly-tipping")], "", []);
        var again = new BoroughWidePage(site, [shared, Item("Fly-tipping")], "", []); // the shared item, written before
        var afresh = new BoroughWidePage(site, [Item("Budget monitoring"), Item("Fly-tipping")], "", []);
        Assert.Equal(memo.KeyOf("wards/all/index.html", ("borough-wide", once)), memo.KeyOf("wards/all/index.html", ("borough-wide", again)));
        Assert.Equal(memo.KeyOf("wards/all/index.html", ("borough-wide", once)), memo.KeyOf("wards/all/index.html", ("borough-wide", afresh)));
        var changed = new BoroughWidePage(site, [shared with { Status = "withdrawn" }, Item("Fly-tipping")], "", []);
        Assert.NotEqual(memo.KeyOf("wards/all/index.html", ("borough-wide", once)), memo.KeyOf("wards/all/index.html", ("borough-wide", changed)));
        // Written with the keys' escaping, which leaves typographic characters and HTML's alone.
        var plain = System.Text.Json.JsonSerializer.Serialize(shared, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = ItemJson.Plain });
        Assert.Contains("“quotes”, <b>angles</b> & ampersands", plain);
    }
}
