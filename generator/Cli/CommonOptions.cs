using System.CommandLine;
using Committee.Pipeline;

namespace Committee.Cli;

/// <summary>The folder options every command takes, with the same names and defaults.</summary>
public sealed class CommonOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The content folder (boards, report types, reports)", DefaultValueFactory = _ => "content" };
    public Option<string> Site { get; } = new("--site") { Description = "The site sources folder (site.yml, templates, assets)", DefaultValueFactory = _ => "site-src" };
    public Option<string> Output { get; } = new("--output") { Description = "The folder the site is written to; replaced on each build", DefaultValueFactory = _ => "_site" };

    public Option<string?> BuildDate { get; } = new("--build-date")
    {
        Description = "Build the site as on this day (yyyy-mm-dd): which meetings are forthcoming. Default: COMMITTEE_BUILD_DATE, else today",
    };

    public void AddTo(Command command, bool withOutput)
    {
        command.Options.Add(Content);
        command.Options.Add(BuildDate);
        BuildDate.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && ParseDate(value) is null) result.AddError($"--build-date '{value}' must be a date written yyyy-mm-dd, like 2027-01-14.");
        });
        command.Options.Add(Site);
        if (withOutput) command.Options.Add(Output);
    }

    public BuildOptions Read(ParseResult result, string workingDirectory) => new()
    {
        WorkingDirectory = workingDirectory,
        ContentDirectory = Path.GetFullPath(result.GetValue(Content)!, workingDirectory),
        SiteDirectory = Path.GetFullPath(result.GetValue(Site)!, workingDirectory),
        OutputDirectory = Path.GetFullPath(result.GetValue(Output) ?? "_site", workingDirectory),
        BuildDate = ParseDate(result.GetValue(BuildDate) ?? Environment.GetEnvironmentVariable("COMMITTEE_BUILD_DATE") ?? "")
            ?? DateOnly.FromDateTime(DateTime.Today),
    };

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A usage problem (exit 2) when a folder the command needs does not exist.</summary>
    public static string? MissingFolder(BuildOptions options) =>
        !Directory.Exists(options.ContentDirectory) ? $"There is no content folder at '{options.ContentDirectory}'. Run committee from the repository's top folder, or give --content."
        : !Directory.Exists(options.SiteDirectory) ? $"There is no site sources folder at '{options.SiteDirectory}'. Run committee from the repository's top folder, or give --site."
        : null;
}
