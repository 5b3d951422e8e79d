using System.CommandLine;
using Committee.Diagnostics;

namespace Committee.Cli;

/// <summary>The <c>committee</c> command and its subcommands, listed in one place.</summary>
public static class CommitteeApp
{
    /// <summary>Every command, in one place; the tests parse the workflows' command lines against it.</summary>
    public static RootCommand CreateRoot(CommandConsole console) => new("committee: publish council committee papers from Markdown.")
    {
        BuildCommand.Create(console),
        ValidateCommand.Create(console),
        ImportCommand.Create(console),
        ServeCommand.Create(console),
        NewCommand.Create(console),
        ReviewCommand.Create(console),
        SchemaCommand.Create(console),
    };

    public static int Run(string[] args, CommandConsole console)
    {
        var root = CreateRoot(console);
        var parsed = root.Parse(args);
        // Without System.CommandLine's own handler, which prints an exception's stack trace: a failure reaches the catch below.
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            // No arguments: show what the tool can do rather than an error.
            return root.Parse(["--help"]).Invoke(configuration);
        }
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) console.Error.WriteLine($"committee: {error.Message}");
            console.Error.WriteLine("Run 'committee --help' to see the commands and their options.");
            return (int)ExitCode.UsageOrIo;
        }
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception thrown)
        {
            var e = Pipeline.PipelineRunner.Unwrap(thrown);
            if (e is IOException or UnauthorizedAccessException)
            {
                // The machine's doing (a full disk, a folder it may not write), where a command had no better word for it.
                console.Error.WriteLine($"committee: a file or folder could not be read or written: {e.Message}");
                return (int)ExitCode.UsageOrIo;
            }
            // A bug in committee itself, never an author's mistake (those are diagnostics): say so plainly, without a stack trace.
            console.Error.WriteLine($"committee: something went wrong inside committee ({e.GetType().Name}: {e.Message}). This is a bug; please report it with the command you ran.");
            return (int)ExitCode.UsageOrIo;
        }
    }
}
