using System.CommandLine;
using System.Text;
using Committee.Authoring;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Cli;

/// <summary>
/// <c>committee schema [--out FILE]</c>: writes the JSON Schema of a paper's front matter, generated from
/// the boards, report types and wards, for editors to complete and check front matter as it is typed.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the schema; '-' for the screen",
            DefaultValueFactory = _ => ReportTemplate.SchemaPath,
            HelpName = "FILE",
        };
        var command = new Command("schema", "Write a JSON Schema of the front matter (boards, report types, wards), for editors. Run it again after changing a board, type or ward.");
        common.AddTo(command, withOutput: false);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory);
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);
            return Run(options, result.GetValue(output)!, console);
        });
        return command;
    }

    public static int Run(BuildOptions options, string target, CommandConsole console)
    {
        var (site, diagnostics) = Read.ReadSite.From(options.ContentDirectory, options.SiteDirectory, p => PathDisplay.Relative(p, options.WorkingDirectory));
        if (diagnostics.Any(d => d.IsError))
        {
            // A schema from broken settings would tell editors the wrong boards or wards.
            new Diagnostics.Formatters.TextFormatter(console.IsTerminal, ValidateCommand.SourceLines(console.WorkingDirectory))
                .Write(diagnostics, new(0, diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError), diagnostics.Select(d => d.File).Distinct().Count()), console.Error);
            console.Error.WriteLine("No schema was written: fix the settings above first.");
            return (int)ExitCode.ErrorsFound;
        }
        var text = FrontMatterSchema.ToText(FrontMatterSchema.Create(site));
        if (target == "-")
        {
            console.Out.Write(text);
            return (int)ExitCode.Success;
        }
        var path = Path.GetFullPath(target, console.WorkingDirectory);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ValidateCommand.Usage(console, $"The schema could not be written to '{target}': {e.Message}");
        }
        console.Out.WriteLine($"Wrote the front matter schema ({site.Boards.Count} boards, {site.Types.Count} report types, {site.Settings.Wards.Length} wards) to {PathDisplay.Relative(path, console.WorkingDirectory)}.");
        return (int)ExitCode.Success;
    }
}
