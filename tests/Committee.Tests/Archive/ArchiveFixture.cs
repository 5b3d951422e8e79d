using System.Globalization;
using Committee.Tests.Build;
using Committee.Tests.Support;
using YamlDotNet.Serialization;

namespace Committee.Tests.Archive;

/// <summary>
/// The demo content built once for every archive test: the default build (<see cref="Output"/>), a second build
/// of the same content into another folder (<see cref="Again"/>, for determinism) and a build with
/// <c>--drafts</c> (<see cref="Drafts"/>). <see cref="Content"/> is what the tests expect, read from the front matter.
/// </summary>
public sealed class ArchiveFixture : IDisposable
{
    public TestSite Site { get; }
    public ArchiveContent Content { get; }
    public string Output => Site.Output;
    public string Again => Path.Combine(Site.Root, "_site-again");
    public string Drafts => Path.Combine(Site.Root, "_site-drafts");

    public ArchiveFixture()
    {
        // The default build is the run's shared one (copied); the other two are built here.
        Site = BuiltSite.Demo.Copy();
        Content = ArchiveContent.Read(Site.Content, Site.SiteSources);
        Site.BuildOk("--output", Again);
        Site.BuildOk("--drafts", "--output", Drafts);
    }

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ArchiveCollection : ICollectionFixture<ArchiveFixture>, ICollectionFixture<SmallSiteFixture>
{
    public const string Name = "Archive: demo site";
}

/// <summary>
/// A small site of three papers at one meeting (safer-ppb, 10 July 2024): one with a period of 2024/25 Q1, one
/// without a period (so listed under its meeting's quarter, 2024/25 Q2), and one whose title holds a comma and
/// quotes (for CSV quoting) and which has an agenda item, so it comes first.
/// </summary>
public sealed class SmallSiteFixture : IDisposable
{
    public const string Meeting = "boards/safer-ppb/2024-07-10/";
    public const string WithPeriod = Meeting + "quarter-1-performance/";
    public const string WithoutPeriod = Meeting + "night-time-economy/";
    public const string Quoted = Meeting + "parking-charges/";
    public const string QuotedTitle = "Parking charges, \"pay and display\" review";

    public TestSite Site { get; }
    public ArchiveContent Content { get; }

    public SmallSiteFixture()
    {
        Site = new TestSite().WithFrontEnd();
        var body = Reports.ValidPpb[Reports.ValidPpb.IndexOf("## 1.0", StringComparison.Ordinal)..];
        Site.WriteReport("safer-ppb/2024-07-10-quarter-1-performance.md", $"""
            ---
            title: Community safety performance for Quarter 1 2024/25
            board: safer-ppb
            date: 2024-07-10
            officer: Strategic Director, Communities
            wards: all
            period: 2024/25 Q1
            ---

            {body.Replace("second quarter", "first quarter")}
            """);
        Site.WriteReport("safer-ppb/2024-07-10-night-time-economy.md", $"""
            ---
            title: Night-time economy and licensed premises
            board: safer-ppb
            date: 2024-07-10
            officer: Strategic Director, Communities
            wards: [riverside]
            ---

            {body.Replace("To report performance for the second quarter of 2024/25.", "To report on the night-time economy.")}
            """);
        Site.WriteReport("safer-ppb/2024-07-10-parking-charges.md", $"""
            ---
            title: '{QuotedTitle}'
            board: safer-ppb
            date: 2024-07-10
            item: 2
            officer: Strategic Director, Communities
            wards: [abbey, harbour]
            summary: 'Reviews "pay and display" charges, and proposes, for consultation, new tariffs.'
            ---

            {body.Replace("To report performance for the second quarter of 2024/25.", "To review parking charges.")}
            """);
        Content = ArchiveContent.Read(Site.Content, Site.SiteSources);
        Site.BuildOk();
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>One report as the tests expect to see it, read from its front matter without the generator's code.</summary>
public sealed record ArchiveReport(
    string File, string Title, string Board, DateOnly Date, Committee.Model.ItemNumber? Item, bool AllWards, string[] Wards, string? Period,
    bool Draft, bool Exempt, string Slug, string Type, string Officer, string? Portfolio, string? Contact, string? Summary)
{
    /// <summary>The paper's old addresses (<c>aliases</c>), relative to the site root, each ending '/'.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>"boards/&lt;board&gt;/&lt;date&gt;/&lt;slug&gt;/", relative to the site root.</summary>
    public string Path => $"{MeetingPath}{Slug}/";
    public string MeetingPath => $"boards/{Board}/{Iso}/";
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public bool PublicFinal => !Draft && !Exempt;

    /// <summary>The quarter it is listed under: its period, else its meeting's financial quarter (April start).</summary>
    public Quarter Quarter => Period is { } p ? Quarter.Parse(p) : Quarter.Of(Date);
}

/// <summary>A financial quarter, computed here independently of the generator (financial year from April).</summary>
public readonly record struct Quarter(int StartYear, int Number) : IComparable<Quarter>
{
    public static Quarter Of(DateOnly date)
    {
        var months = (date.Month - 4 + 12) % 12;
        return new Quarter(date.Month >= 4 ? date.Year : date.Year - 1, months / 3 + 1);
    }

    public static Quarter Parse(string text)
    {
        var m = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4})/(\d{2}) Q([1-4])$");
        if (!m.Success) throw new FormatException($"Not a period: {text}");
        return new Quarter(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    public string Label => $"{StartYear}/{(StartYear + 1) % 100:D2} Q{Number}";
    public string Year => $"{StartYear}/{(StartYear + 1) % 100:D2}";
    public string Path => $"quarters/{StartYear}-{(StartYear + 1) % 100:D2}-q{Number}/";

    /// <summary>"2024/25 Q2 — July to September 2024".</summary>
    public string Title
    {
        get
        {
            var first = new DateOnly(StartYear, 4, 1).AddMonths(3 * (Number - 1));
            var last = first.AddMonths(2);
            var from = first.Year == last.Year ? first.ToString("MMMM", CultureInfo.InvariantCulture) : first.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return $"{Label} — {from} to {last.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
        }
    }

    public int CompareTo(Quarter other) => (StartYear, Number).CompareTo((other.StartYear, other.Number));
}

/// <summary>The content of a test site as the tests expect it: reports, boards, wards and the base URL.</summary>
public sealed class ArchiveContent
{
    public required IReadOnlyList<ArchiveReport> Reports { get; init; }
    public required IReadOnlyDictionary<string, (string Name, string Type)> Boards { get; init; }
    public required IReadOnlyList<(string Id, string Name)> Wards { get; init; }
    public required string BaseUrl { get; init; }

    /// <summary>The meeting pages the meeting files make (content/meetings/&lt;board&gt;/&lt;date&gt;.md): boards/&lt;board&gt;/&lt;date&gt;/.</summary>
    public IReadOnlyList<string> MeetingFilePaths { get; init; } = [];

    /// <summary>The meetings whose files have minutes: each is one more document of the search index, at its meeting's page.</summary>
    public IReadOnlyList<ArchiveMinutes> Minutes { get; init; } = [];
    /// <summary>The indicator pages: indicators/, and indicators/&lt;id&gt;/ for each of the catalogue (content/indicators/&lt;id&gt;.yml).</summary>
    public IReadOnlyList<string> IndicatorPaths { get; init; } = [];

    /// <summary>The papers a default build lists: every report but drafts.</summary>
    public IEnumerable<ArchiveReport> Listed(bool drafts = false) => Reports.Where(r => drafts || !r.Draft);
    public IEnumerable<ArchiveReport> PublicFinal => Reports.Where(r => r.PublicFinal);

    /// <summary>Agenda order: item (papers without one last), then title.</summary>
    public static IEnumerable<ArchiveReport> AgendaOrder(IEnumerable<ArchiveReport> reports) =>
        reports.OrderBy(r => r.Date).ThenBy(r => r.Item ?? Committee.Model.ItemNumber.Last).ThenBy(r => r.Title, StringComparer.Ordinal);

    public string Url(string path) => BaseUrl + path;

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static ArchiveContent Read(string contentFolder, string siteFolder)
    {
        var settings = Yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(Path.Combine(siteFolder, "site.yml")));
        var wards = ((List<object>)settings["wards"]).Cast<Dictionary<object, object>>()
            .Select(w => ((string)w["id"], (string)w["name"])).ToList();
        var boards = Directory.EnumerateFiles(Path.Combine(contentFolder, "boards"), "*.yml")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f =>
            {
                var board = Yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(f));
                return ((string)board["name"], (string)board["type"]);
            });
        var reports = Directory.EnumerateFiles(Path.Combine(contentFolder, "reports"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ReadReport(f, boards))
            .ToList();
        var meetings = Path.Combine(contentFolder, "meetings");
        var meetingPaths = Directory.Exists(meetings)
            ? Directory.EnumerateFiles(meetings, "*.md", SearchOption.AllDirectories)
                .Select(f => $"boards/{Path.GetFileName(Path.GetDirectoryName(f))}/{Path.GetFileNameWithoutExtension(f)}/").Order(StringComparer.Ordinal).ToList()
            : [];
        var minutes = Directory.Exists(meetings)
            ? Directory.EnumerateFiles(meetings, "*.md", SearchOption.AllDirectories)
                .Where(f => File.ReadAllText(f).Contains("\n## Minutes", StringComparison.Ordinal))
                .Select(f => new ArchiveMinutes(Path.GetFileName(Path.GetDirectoryName(f))!, DateOnly.ParseExact(Path.GetFileNameWithoutExtension(f), "yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .OrderBy(m => m.Path, StringComparer.Ordinal).ToList()
            : [];
        var indicators = Path.Combine(contentFolder, "indicators");
        // The index is made even without a catalogue (the menu links to it).
        List<string> indicatorPaths = ["indicators/", .. (Directory.Exists(indicators) ? Directory.EnumerateFiles(indicators, "*.yml") : [])
            .Select(f => $"indicators/{Path.GetFileNameWithoutExtension(f)}/").Order(StringComparer.Ordinal)];
        return new ArchiveContent { Reports = reports, Boards = boards, Wards = wards, BaseUrl = (string)settings["base_url"], MeetingFilePaths = meetingPaths, Minutes = minutes, IndicatorPaths = indicatorPaths };
    }

    private static ArchiveReport ReadReport(string file, Dictionary<string, (string Name, string Type)> boards)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n");
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var fields = Yaml.Deserialize<Dictionary<string, object>>(text[4..end]);
        string? Get(string key) => fields.TryGetValue(key, out var v) ? v as string : null;
        var wards = fields["wards"] is List<object> list ? list.Cast<string>().ToArray() : [(string)fields["wards"]];
        var all = wards is ["all"];
        var name = Path.GetFileNameWithoutExtension(file);
        var slug = Get("slug") ?? System.Text.RegularExpressions.Regex.Replace(name, @"^\d{4}-\d{2}-\d{2}-", "");
        var board = Get("board")!;
        return new ArchiveReport(
            file, Get("title")!, board, DateOnly.ParseExact(Get("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Get("item") is { } item ? Committee.Model.ItemNumber.Parse(item) : null,
            all, all ? [] : wards, Get("period"),
            string.Equals(Get("status"), "draft", StringComparison.OrdinalIgnoreCase),
            string.Equals(Get("access"), "exempt", StringComparison.OrdinalIgnoreCase),
            slug, Get("type") ?? boards[board].Type, Get("officer")!, Get("portfolio"), Get("contact"), Get("summary"))
        {
            Aliases = fields.TryGetValue("aliases", out var aliases) && aliases is List<object> old ? [.. old.Cast<string>().Select(a => a.Trim('/') + "/")] : [],
        };
    }
}

/// <summary>A demo meeting with minutes, as the search index holds it: at its page, with its board and financial year.</summary>
public sealed record ArchiveMinutes(string Board, DateOnly Date)
{
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string Path => $"boards/{Board}/{Iso}/";
    public string Year => Committee.Model.FinancialPeriod.Of(Date, 4).Year;
}
