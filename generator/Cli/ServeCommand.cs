using System.CommandLine;
using System.Runtime.InteropServices;
using Committee.Diagnostics;
using Committee.Pipeline;
using Committee.Serve;

namespace Committee.Cli;

/// <summary>
/// <c>committee serve</c>: builds the site in memory, serves it on this computer, and rebuilds
/// and reloads the open page whenever a file in the content or site sources is saved. Papers with errors
/// are shown with their findings rather than leaving nothing to look at, as <c>build</c> would.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "The port to serve on, at http://localhost:PORT/", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 65535) result.AddError($"--port {value} is not a port: give a number from 1 to 65535, such as {DefaultPort}.");
        });
        var drafts = new Option<bool>("--drafts") { Description = "Include draft papers, marked DRAFT" };
        var full = new Option<bool>("--full-rebuilds") { Description = "Rebuild everything at each save, reusing nothing from the last build (slower; the same site)" };
        var command = new Command("serve", "Preview the site on this computer, rebuilding and reloading the page when a file is saved.");
        common.AddTo(command, withOutput: false);
        command.Options.Add(port);
        command.Options.Add(drafts);
        command.Options.Add(full);
        var timings = new Option<bool>("--timings") { Description = "Print each stage's wall and CPU time, memory, GC pauses and JIT time at each rebuild" };
        command.Options.Add(timings);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory) with { IncludeDrafts = result.GetValue(drafts) };
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);

            // Ctrl+C (and SIGTERM from a process manager) ask the preview to stop; it then shuts down cleanly.
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            try
            {
                return RunAsync(options, result.GetValue(port), console, stop.Token, fullRebuilds: result.GetValue(full), timings: result.GetValue(timings)).GetAwaiter().GetResult();
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    /// <summary>
    /// Serves until <paramref name="stop"/> is cancelled (Ctrl+C on the command line; the tests cancel it
    /// themselves), then stops the watcher and the server.
    /// </summary>
    /// <param name="fullRebuilds">Each rebuild makes everything afresh instead of finding what did not change in the
    /// memo of the last build (<see cref="Incremental.BuildMemo"/>).</param>
    public static async Task<int> RunAsync(BuildOptions options, int port, CommandConsole console, CancellationToken stop, bool fullRebuilds = false, bool timings = false)
    {
        // The watcher's rebuilds and the command both write, from different threads.
        var output = TextWriter.Synchronized(console.Out);
        var error = TextWriter.Synchronized(console.Error);
        options = options with { BaseUrl = $"http://localhost:{port}/", Preview = true };

        await using var server = new PreviewServer(port);
        try
        {
            await server.StartAsync(stop);
        }
        catch (PreviewServer.PortUnavailableException e)
        {
            error.WriteLine($"committee: {e.Message}");
            return (int)ExitCode.UsageOrIo;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            output.WriteLine("Stopped.");
            return (int)ExitCode.Success;
        }

        PreviewBuild? build = null;
        SiteWatcher? watcher = new([options.ContentDirectory, options.SiteDirectory], []);
        try
        {
            try
            {
                watcher.Start();
            }
            catch (IOException e)
            {
                // Linux limits how many folders may be watched; the preview still works, without reloading.
                error.WriteLine($"committee: saved files will not be picked up automatically ({e.Message}). Stop and start 'committee serve' to see changes.");
                watcher.Dispose();
                watcher = null;
            }

            build = new PreviewBuild(options, output, console.IsTerminal, fullRebuilds ? null : new Incremental.BuildMemo()) { Timings = timings };
            var version = 1;
            output.WriteLine($"Building the preview{(options.IncludeDrafts ? ", drafts included" : "")}…");
            PreviewSnapshot snapshot;
            try
            {
                snapshot = await Task.Run(() => build.Run(version, previous: null), stop);
            }
            catch (PreviewBuild.SetupException e)
            {
                error.WriteLine($"committee: {e.Message}");
                return (int)ExitCode.UsageOrIo;
            }
            server.Publish(snapshot);
            output.WriteLine($"Serving the preview at {server.Address}: press Ctrl+C to stop.");

            while (!stop.IsCancellationRequested)
            {
                if (watcher is null)
                {
                    await Task.Delay(Timeout.Infinite, stop);
                    break;
                }
                var changed = await watcher.NextChangesAsync(stop);
                output.WriteLine($"Changed: {Describe(changed, options)}. Rebuilding…");
                var previous = snapshot;
                version++;
                server.BuildStarting();
                try
                {
                    // Not cancelled part-way: the server should serve a whole build, never half of one.
                    snapshot = await Task.Run(() => build.Run(version, previous), CancellationToken.None);
                }
                catch (PreviewBuild.SetupException e)
                {
                    error.WriteLine($"committee: {e.Message}");
                    snapshot = previous with { Version = version, Failure = e.Message };
                }
                server.Publish(snapshot);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C: stop below.
        }
        finally
        {
            watcher?.Dispose();
            await server.StopAsync();
        }
        output.WriteLine("Stopped.");
        return (int)ExitCode.Success;
    }

    private static string Describe(IReadOnlyCollection<string> changed, BuildOptions options)
    {
        // An editor's temporary files come and go within the quiet time; name the files that are there now.
        var present = changed.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        if (present.Count > 0) changed = present;
        var shown = changed.Take(3).Select(p => PathDisplay.Relative(p, options.WorkingDirectory)).ToList();
        return string.Join(", ", shown) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : "");
    }
}
