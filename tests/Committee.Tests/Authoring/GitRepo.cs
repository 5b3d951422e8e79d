using System.Diagnostics;

namespace Committee.Tests.Authoring;

/// <summary>
/// Runs git in a test's temporary folder, with its own identity and none of the machine's git settings,
/// so a test never depends on, or touches, any other repository.
/// </summary>
public static class GitRepo
{
    public static void Init(string folder)
    {
        Run(folder, "init", "--quiet", "--initial-branch=main");
    }

    public static void CommitAll(string folder, string message)
    {
        Run(folder, "add", "--all");
        Run(folder, "commit", "--quiet", "--no-verify", "-m", message);
    }

    /// <summary>Commits everything as made on a day (yyyy-mm-dd, noon UTC), for tests of the dates Git gives.</summary>
    public static void CommitAllOn(string folder, string message, string day)
    {
        Run(folder, "add", "--all");
        var when = new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = day + "T12:00:00Z", ["GIT_COMMITTER_DATE"] = day + "T12:00:00Z" };
        Run(folder, when, "commit", "--quiet", "--no-verify", "-m", message);
    }

    public static string Run(string folder, params string[] args) => Run(folder, null, args);

    private static string Run(string folder, Dictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var setting in new[] { "user.name=Committee Tests", "user.email=tests@committee.invalid", "commit.gpgsign=false", "core.autocrlf=false" })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Ignore the machine's and the user's git configuration (hooks, signing, templates).
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var inherited in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE" }) start.Environment.Remove(inherited);
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {errors.Result}");
        return output;
    }
}
