using System.Text;
using Committee.Search;

namespace Committee.Tests.Search;

/// <summary>Postings lists as the shards store them, and how a patch reads them back and changes them.</summary>
public sealed class PostingsTests
{
    [Fact]
    public void A_list_is_stored_as_differences_and_reads_back_whole()
    {
        int[] list = [0, 120, 3, 45, 1000, 7, 123456, 99];
        var json = Postings.Json(list);
        Assert.Equal("[0,120,3,45,997,7,122456,99]", Encoding.UTF8.GetString(json));
        Assert.Equal(list, Postings.Parse(json));
        Assert.Empty(Postings.Parse("[]"u8));
    }

    [Fact]
    public void A_merge_changes_adds_and_removes_papers_in_document_order()
    {
        int[] list = [1, 10, 4, 40, 9, 90];
        var merged = Postings.Merge(list, [(0, 5), (4, 0), (9, 91), (12, 120)]);
        Assert.Equal([0, 5, 1, 10, 9, 91, 12, 120], merged);
        Assert.Equal([2, 20], Postings.Merge([], [(2, 20), (3, 0)]));
    }

    [Fact]
    public void A_shard_reads_back_its_stems_and_postings_as_written()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["school"] = "school", ["schools"] = "school", ["schooling"] = "school", ["scheme"] = "scheme", ["tŷ"] = "tŷ",
        };
        var postings = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["school"] = Postings.Json([0, 150, 7, 80]),
            ["scheme"] = Postings.Json([3, 210]),
            ["tŷ"] = Postings.Json([5, 100]),
        };
        var (_, shard) = Assert.Single(Shards.Files([("sc", ["scheme", "school", "schooling", "schools", "tŷ"])], words, postings));

        var read = Shards.ReadPostings(shard);

        Assert.Equal(["scheme", "school", "tŷ"], read.Select(p => p.Stem));
        Assert.All(read, p => Assert.Equal(postings[p.Stem], p.Postings));
    }

    [Fact]
    public void A_shard_with_an_escaped_stem_is_read_with_a_json_parser()
    {
        var shard = Encoding.UTF8.GetBytes("{\"postings\":{\"a\\\"b\":[1,2],\"c\":[0,5,2,6]},\"words\":{\"a\\\"b\":\"a\\\"b\",\"c\":\"c\"}}\n");
        var read = Shards.ReadPostings(shard);
        Assert.Equal(["a\"b", "c"], read.Select(p => p.Stem));
        Assert.Equal("[0,5,2,6]", Encoding.UTF8.GetString(read[1].Postings));
    }

    [Fact]
    public void A_cut_off_shard_is_not_read_as_if_whole()
    {
        var shard = Encoding.UTF8.GetBytes("{\"postings\":{\"a\":[1,2],\"b\":[0,5");
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Shards.ReadPostings(shard));
    }

}
