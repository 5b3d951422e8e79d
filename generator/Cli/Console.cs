namespace Committee.Cli;

/// <summary>Where a command writes, and whether that is a person's terminal (colour, progress) or a log (plain lines).</summary>
public sealed record CommandConsole(TextWriter Out, TextWriter Error, string WorkingDirectory, bool IsTerminal)
{
    public static CommandConsole System() => new(
        global::System.Console.Out,
        global::System.Console.Error,
        Directory.GetCurrentDirectory(),
        !global::System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
}
