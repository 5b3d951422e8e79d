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
}
