using System.Diagnostics;
using System.Text;

namespace Committee.Read;

/// <summary>What a git command printed, and how it ended.</summary>
public sealed record GitResult(int Code, string Output, string Error);

/// <summary>Runs git and captures its output: the one place committee starts a git process.</summary>
public static class GitCommand
{
    /// <returns>The result, or null when git is not installed (callers decide whether that matters).</returns>
    public static GitResult? Run(string workingDirectory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["GIT_TERMINAL_PROMPT"] = "0";
            start.Environment["GIT_OPTIONAL_LOCKS"] = "0"; // reading must not take the index lock from an author's other git command
            using var process = Process.Start(start);
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output, errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
