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
        var site = make();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Dispose();
        return (site, site.BuildOk(options));
    });

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
