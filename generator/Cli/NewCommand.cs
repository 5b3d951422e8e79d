using System.CommandLine;
using Committee.Authoring;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Cli;

/// <summary>
/// <c>committee new --board ID --date YYYY-MM-DD --title "…"</c>: starts a paper from its report type's
/// template, at the conventional path, as a draft. A mistyped board, type or date is a usage problem (exit 2):
/// nothing is written, and the message says what the choices are.
/// </summary>
public static class NewCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var board = new Option<string>("--board") { Description = "The board or committee the paper goes to (a file name in content/boards/)", Required = true, HelpName = "ID" };
        var date = new Option<string>("--date") { Description = "The meeting date, yyyy-mm-dd", Required = true, HelpName = "YYYY-MM-DD" };
        var title = new Option<string>("--title") { Description = "The paper's title, as it will appear on the agenda", Required = true };
        var type = new Option<string?>("--type") { Description = "The report type (a file name in content/types/); default: the board's", HelpName = "ID" };
        var officer = new Option<string?>("--officer") { Description = "The reporting officer; default: the officer of the board's latest paper" };
        var command = new Command("new", "Start a new paper from its report type's template, as a draft, and print where it was written.");
        common.AddTo(command, withOutput: false);
        command.Options.Add(board);
        command.Options.Add(date);
        command.Options.Add(title);
        command.Options.Add(type);
        command.Options.Add(officer);
        command.Subcommands.Add(NewMeetingCommand.Create(console));
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory);
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);
            var request = new NewReportRequest(result.GetValue(board)!, result.GetValue(date)!, result.GetValue(title)!, result.GetValue(type), result.GetValue(officer));
            return Run(options, request, console);
        });
        return command;
    }

    public static int Run(BuildOptions options, NewReportRequest request, CommandConsole console)
    {
        // The whole archive is read so the new paper can take its officer from the board's latest paper.
        var run = ArchiveRun.Check(options, loadTemplates: false);
        NewReport paper;
        try
        {
            paper = ReportTemplate.Create(request, run.Context.Site, run.Documents);
        }
        catch (ReportTemplate.RequestException e)
        {
            return ValidateCommand.Usage(console, e.Message);
        }

        var shown = PathDisplay.Relative(paper.Path, console.WorkingDirectory);
        if (File.Exists(paper.Path))
        {
            return ValidateCommand.Usage(console, $"There is already a paper at {shown}; it has not been changed. Edit that paper, or give this one a different title.");
        }
        try
        {
            ReportTemplate.Write(paper);
        }
        catch (IOException) when (File.Exists(paper.Path))
        {
            return ValidateCommand.Usage(console, $"There is already a paper at {shown}; it has not been changed. Edit that paper, or give this one a different title.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ValidateCommand.Usage(console, $"The paper could not be written to {shown}: {e.Message}");
        }

        console.Out.WriteLine(shown);
        console.Error.WriteLine($"Started a new {paper.Type.Name} for the {paper.Board.Name}, as a draft.");
        console.Error.WriteLine("Next: write each section in place of its <!-- note -->; until then 'committee validate' reports the section as empty.");
        if (paper.StillToFillIn.Count > 0)
        {
            console.Error.WriteLine($"Fill in {string.Join(" and ", paper.StillToFillIn.Select(f => $"'{f}'"))} in the front matter (marked {ReportTemplate.ToDo}).");
        }
        console.Error.WriteLine($"Check it with: committee validate {shown}");
        console.Error.WriteLine("When it is ready to publish, change 'status: draft' to 'status: final'.");
        return (int)ExitCode.Success;
    }
}
