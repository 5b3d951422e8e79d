using Committee.Tests.Build;

namespace Committee.Tests.Support;

/// <summary>
/// A site built once per test run, for the many tests that start from the same build. A test that only reads the
/// output reads <see cref="Output"/>; a test that changes anything takes a <see cref="Copy"/> (content, site sources and
/// output) and changes that, which costs a tenth of a build. The shared site is never written after its build.
/// </summary>
public sealed class BuiltSite
{
    /// <summary>The demo content with govuk-frontend in place, built with no options, as <c>committee build</c> in the repository.</summary>
    public static BuiltSite Demo { get; } = new(() => new TestSite(withDemoReports: true).WithFrontEnd());

    private readonly Lazy<(TestSite Site, CliResult Result)> _built;

    /// <param name="make">Makes the site's content and sources; the build runs with <paramref name="options"/>.</param>
    public BuiltSite(Func<TestSite> make, params string[] options) => _built = new(() =>
    {
        Sweep.Value.Wait();
        var site = make();
        // The test host is not always given time to run this, so each shared site also leaves a note of its process
        // beside it, and the next run removes the sites of processes that have gone (they may be in memory: /dev/shm).
        File.WriteAllText(site.Root + Note, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            site.Dispose();
            File.Delete(site.Root + Note);
        };
        return (site, site.BuildOk(options));
    });

    private const string Note = ".built-by";

    /// <summary>Removes the shared sites that earlier runs left, once per run, beside this run's first build.</summary>
    private static readonly Lazy<Task> Sweep = new(() => Task.Run(() =>
    {
        // Without /proc there is no telling whether a process has gone.
        if (!Directory.Exists("/proc")) return;
        foreach (var note in Directory.EnumerateFiles(TestSite.Parent, "committee-test-*" + Note))
        {
            try
            {
                if (int.TryParse(File.ReadAllText(note), out var pid) && Directory.Exists($"/proc/{pid}")) continue;
                var root = note[..^Note.Length];
                if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
                File.Delete(note);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }));

    /// <summary>The shared site's output folder: read it, never write it.</summary>
    public string Output => _built.Value.Site.Output;

    /// <summary>The shared site's content folder: read it, never write it.</summary>
    public string Content => _built.Value.Site.Content;

    /// <summary>What the build printed.</summary>
    public CliResult Result => _built.Value.Result;

    public string ReadOutput(string relativePath) => _built.Value.Site.ReadOutput(relativePath);

    /// <summary>Every file the build wrote, as text (binary assets skipped).</summary>
    public IEnumerable<(string Path, string Text)> OutputFiles() => _built.Value.Site.OutputFiles();

    /// <summary>A site of its own, as if the test had just built it; the caller disposes it.</summary>
    public TestSite Copy() => TestSite.CopyOf(_built.Value.Site);
}
