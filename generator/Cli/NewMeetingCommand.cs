using System.CommandLine;
using Committee.Authoring;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Cli;

/// <summary>
/// <c>committee new meeting --board ID --date YYYY-MM-DD [--time HH:MM] [--venue "…"]</c>: starts a meeting file with
/// the standard agenda items and the papers already written for the meeting. A mistyped board, date or time is a
/// usage problem (exit 2), and nothing is written.
/// </summary>
public static class NewMeetingCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var board = new Option<string>("--board") { Description = "The board or committee that meets (a file name in content/boards/)", Required = true, HelpName = "ID" };
        var date = new Option<string>("--date") { Description = "The meeting date, yyyy-mm-dd", Required = true, HelpName = "YYYY-MM-DD" };
        var time = new Option<string?>("--time") { Description = "The start time on the 24-hour clock", HelpName = "HH:MM" };
        var venue = new Option<string?>("--venue") { Description = "Where the meeting is held" };
        var command = new Command("meeting", "Start a meeting file with the standard agenda items, and print where it was written.");
        common.AddTo(command, withOutput: false);
        command.Options.Add(board);
        command.Options.Add(date);
        command.Options.Add(time);
        command.Options.Add(venue);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory);
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);
            return Run(options, new NewMeetingRequest(result.GetValue(board)!, result.GetValue(date)!, result.GetValue(time), result.GetValue(venue)), console);
        });
        return command;
    }

    public static int Run(BuildOptions options, NewMeetingRequest request, CommandConsole console)
    {
        // The whole archive is read so the agenda can list the papers already written for the meeting.
        var run = ArchiveRun.Check(options, loadTemplates: false);
        var (words, _) = Render.Words.Load(options.SiteDirectory, run.Context.Display);
        NewMeeting meeting;
        try
        {
            meeting = MeetingTemplate.Create(request, run.Context.Site, run.Documents, words);
        }
        catch (ReportTemplate.RequestException e)
        {
            return ValidateCommand.Usage(console, e.Message);
        }
        var shown = PathDisplay.Relative(meeting.Path, console.WorkingDirectory);
        var exists = $"There is already a meeting file at {shown}; it has not been changed. Edit that file instead.";
        if (File.Exists(meeting.Path)) return ValidateCommand.Usage(console, exists);
        try
        {
            MeetingTemplate.Write(meeting);
        }
        catch (IOException) when (File.Exists(meeting.Path))
        {
            return ValidateCommand.Usage(console, exists);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ValidateCommand.Usage(console, $"The meeting file could not be written to {shown}: {e.Message}");
        }
        console.Out.WriteLine(shown);
        console.Error.WriteLine($"Started the agenda of the {meeting.Board.Name} meeting of {Render.Views.LongDate(meeting.Date)}.");
        console.Error.WriteLine("Next: fill in the time and venue if they are blank, and add each paper to the agenda as [[its-slug]] (exempt papers under '## Part 2').");
        console.Error.WriteLine("Check it with: committee validate");
        return (int)ExitCode.Success;
    }
}
