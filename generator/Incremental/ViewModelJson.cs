using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Committee.Render;

namespace Committee.Incremental;

/// <summary>
/// The page models as JSON, to key what a page was rendered from (<see cref="BuildMemo"/>): every member of the model,
/// whatever is added to it later, so a key cannot miss a field. Every type in <see cref="PageModels.Types"/> that a
/// template is rendered with must be listed here (a test checks); a model of a type not listed is simply rendered
/// each time.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(LeftOutConverter), typeof(ItemOnceConverter)])]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(ReportView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(SearchPage))]
[JsonSerializable(typeof(HomePage))]
[JsonSerializable(typeof(BoardsPage))]
[JsonSerializable(typeof(BoardPage))]
[JsonSerializable(typeof(MeetingPage))]
[JsonSerializable(typeof(MeetingsPage))]
[JsonSerializable(typeof(QuartersPage))]
[JsonSerializable(typeof(QuarterPage))]
[JsonSerializable(typeof(WardsPage))]
[JsonSerializable(typeof(WardPage))]
[JsonSerializable(typeof(BoroughWidePage))]
[JsonSerializable(typeof(RedirectPage))]
[JsonSerializable(typeof(StatementPage))]
[JsonSerializable(typeof(PackPage))]
[JsonSerializable(typeof(IndicatorsPage))]
[JsonSerializable(typeof(IndicatorPage))]
internal sealed partial class ViewModelJson : JsonSerializerContext
{
    /// <summary>
    /// The page's body is left out of the frame's JSON: it is made from the page's own model, which is keyed beside
    /// the frame (a report's or a listing's), and writing it here would render it.
    /// </summary>
    internal sealed class LeftOutConverter : JsonConverter<PageContent>
    {
        public override PageContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, PageContent value, JsonSerializerOptions options) => writer.WriteNullValue();
    }

    /// <summary>
    /// A paper's item is written the same in every listing that shows it (its board's, its meeting's, its quarter's, its
    /// wards'), so it is written once and copied as the JSON it is: the listings share one item a paper
    /// (<see cref="Render.Listings.ListingPages.Item"/>), and an item never changes once made. The key's bytes are the
    /// same as writing it each time.
    /// </summary>
    internal sealed class ItemOnceConverter : JsonConverter<ReportItem>
    {
        private static readonly ConditionalWeakTable<ReportItem, byte[]> Written = new();

        public override ReportItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, ReportItem value, JsonSerializerOptions options) =>
            writer.WriteRawValue(Written.GetValue(value, item => JsonSerializer.SerializeToUtf8Bytes(item, ItemJson.Plain.ReportItem)), skipInputValidation: true);
    }
}

/// <summary>A paper's item as JSON, as <see cref="ViewModelJson"/> would write it in place.</summary>
[JsonSerializable(typeof(ReportItem))]
internal sealed partial class ItemJson : JsonSerializerContext
{
    public static readonly ItemJson Plain = new(new JsonSerializerOptions { Encoder = BuildMemo.KeyEncoder });
}
