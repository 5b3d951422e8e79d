using Committee.Cli;
using Committee.Diagnostics;
using Committee.Pipeline;

namespace Committee.Tests.Support;

/// <summary>
/// A whole mini-site in a temporary folder: the repository's real settings, boards and report types,
/// plus whatever reports a test writes. Runs the real pipeline or the real CLI in-process.
/// </summary>
public sealed class TestSite : IDisposable
{
    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string SiteSources => Path.Combine(Root, "site-src");
    public string Output => Path.Combine(Root, "_site");

    /// <param name="withFrontEnd">Whether govuk-frontend's two files are in place, as after 'npm ci' in site-src. Without
    /// them a build runs 'npm ci' in the test's site-src, which costs a second or two.</param>
    public TestSite(bool withDemoReports = false, bool withFrontEnd = true)
    {
        Root = NewRoot();
        var repo = RepoRoot;
        CopyFolder(Path.Combine(repo, "site-src"), SiteSources, skip: "node_modules");
        // Without the repository's packages (no npm here) the site goes without, and only a build needs them.
        if (withFrontEnd && InstalledGovuk.Value is not null) AddFrontEnd();
        CopyFolder(Path.Combine(repo, "content", "boards"), Path.Combine(Content, "boards"));
        CopyFolder(Path.Combine(repo, "content", "types"), Path.Combine(Content, "types"));
        CopyFolder(Path.Combine(repo, "content", "indicators"), Path.Combine(Content, "indicators"));
        if (withDemoReports)
        {
            CopyFolder(Path.Combine(repo, "content", "reports"), Path.Combine(Content, "reports"));
            CopyFolder(Path.Combine(repo, "content", "meetings"), Path.Combine(Content, "meetings"));
        }
        else Directory.CreateDirectory(Path.Combine(Content, "reports"));
    }

    private TestSite(string root) => Root = root;

    /// <summary>
    /// Where test sites are made: COMMITTEE_TEST_TMP if set, else /dev/shm (memory) where it has room, else the system's
    /// temporary folder. On an ext4 disk that has seen many files deleted, making a file is slow (the file system
    /// searches for recently freed inodes): on the project's shared machine a one-paper build, warm, took 370 ms (200 ms
    /// of CPU) in /tmp and 56 ms (60 ms of CPU) in /dev/shm. See docs/performance.md, "The test suite".
    /// </summary>
    public static string Parent { get; } = ChooseParent();

    private static string ChooseParent()
    {
        if (Environment.GetEnvironmentVariable("COMMITTEE_TEST_TMP") is { Length: > 0 } chosen) return chosen;
        const string memory = "/dev/shm";
        try
        {
            // Docker's default /dev/shm is 64 MB: too small for the long archive's builds.
            if (Directory.Exists(memory) && new DriveInfo(memory).AvailableFreeSpace > (2L << 30)) return memory;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Path.GetTempPath();
    }

    private static string NewRoot()
    {
        var root = Path.Combine(Parent, "committee-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>A new site holding a copy of everything in <paramref name="site"/>: its content, site sources and any output
    /// (see <see cref="BuiltSite"/>). Folders are copied even when empty, so the copy builds as the original would.</summary>
    public static TestSite CopyOf(TestSite site)
    {
        var copy = new TestSite(NewRoot());
        foreach (var folder in Directory.EnumerateDirectories(site.Root, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(copy.Root, Path.GetRelativePath(site.Root, folder)));
        }
        CopyFolder(site.Root, copy.Root);
        return copy;
    }

    private const string GovukDist = "node_modules/govuk-frontend/dist/govuk";

    /// <summary>
    /// Puts the two govuk-frontend files the build copies into the site's site-src, from the repository's installed
    /// packages, so the build never runs 'npm ci' (no network, and nothing written outside the output).
    /// </summary>
    public TestSite AddFrontEnd()
    {
        var from = InstalledGovuk.Value ?? throw new InvalidOperationException(
            $"{Path.Combine(RepoRoot, "site-src", GovukDist)} is missing: run 'npm ci' in site-src before the build tests.");
        var to = Path.Combine(SiteSources, GovukDist);
        Directory.CreateDirectory(to);
        foreach (var name in GovukFiles)
        {
            if (!File.Exists(Path.Combine(to, name))) File.Copy(Path.Combine(from, name), Path.Combine(to, name));
        }
        return this;
    }

    /// <summary>The demo's draft paper that keeps one deliberate indicator slip, so `committee validate` on the demo shows the rule.</summary>
    public const string DemoSlipPaper = "safer-ppb/2025-09-09-anti-social-behaviour-pspo.md";

    /// <summary>Corrects the demo draft's deliberate slip (a status marked Green that misses its target), for tests that
    /// start from demo content with no findings.</summary>
    public TestSite WithoutDemoSlip()
    {
        var path = Path.Combine(Content, "reports", DemoSlipPaper);
        File.WriteAllText(path, File.ReadAllText(path).Replace("| 1,610 | Green |", "| 1,610 | Red |"));
        return this;
    }

    /// <summary>The repository's top folder (holding Committee.sln), found from the test binaries.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static readonly string[] GovukFiles = ["govuk-frontend.min.css", "govuk-frontend.min.js"];

    /// <summary>The repository's govuk-frontend folder holding both files, or null where they cannot be had. On a fresh
    /// clone `dotnet test` may run before any build: install the packages the way a build would.</summary>
    private static readonly Lazy<string?> InstalledGovuk = new(() =>
    {
        var siteSources = Path.Combine(RepoRoot, "site-src");
        try
        {
            Committee.Write.FrontEndAssets.EnsureInstalled(siteSources, TextWriter.Null);
        }
        catch (Committee.Write.FrontEndAssets.UnavailableException)
        {
            return null;
        }
        var dist = Path.Combine(siteSources, GovukDist);
        return GovukFiles.All(name => File.Exists(Path.Combine(dist, name))) ? dist : null;
    });

    /// <summary>The shared seeds folder beside the repository, or null where it is absent.</summary>
    public static string? SeedsFolder
    {
        get
        {
            var seeds = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));
            return Directory.Exists(seeds) ? seeds : null;
        }
    }

    /// <summary>Writes a file under the site's root (e.g. "content/reports/safer-ppb/x.md") and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes a report to content/reports/&lt;name&gt;.</summary>
    public string WriteReport(string name, string text) => Write(Path.Combine("content", "reports", name), text);

    public BuildOptions Options(bool drafts = false) => new()
    {
        ContentDirectory = Content,
        SiteDirectory = SiteSources,
        OutputDirectory = Output,
        IncludeDrafts = drafts,
        WorkingDirectory = Root,
    };

    /// <summary>Runs the validate pipeline and returns every diagnostic.</summary>
    public RunResult Validate() => ArchiveRun.Check(Options(), loadTemplates: false);

    /// <summary>Runs the real <c>committee</c> command in this site's folder, capturing its output.</summary>
    public CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommitteeApp.Run(args, new CommandConsole(stdout, stderr, Root, IsTerminal: false));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>Every file the build wrote, as text (binary assets skipped).</summary>
    public IEnumerable<(string Path, string Text)> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetExtension(p) is ".html" or ".xml" or ".json" or ".csv" or ".txt" or ".ics" or ".js" or ".css" or ".atom" or "")
            .Select(p => (p, File.ReadAllText(p)));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Committee.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Committee.sln not found above the test binaries.");
    }

    private static void CopyFolder(string from, string to, string? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (skip is not null && relative.Split(Path.DirectorySeparatorChar).Contains(skip)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Small valid reports to start each test from; a test changes one thing and checks the finding.</summary>
public static class Reports
{
    /// <summary>A complete, valid Policy and Performance Board report for the safer-ppb board.</summary>
    public const string ValidPpb = """
        ---
        title: Community safety performance for Quarter 2 2024/25
        board: safer-ppb
        date: 2024-11-12
        officer: Strategic Director, Communities
        wards: all
        period: 2024/25 Q2
        ---

        ## 1.0 Purpose of report

        1.1 To report performance for the second quarter of 2024/25.

        ## 2.0 Recommended

        That the Board:

        1. Note the report.

        ## 3.0 Supporting information

        3.1 Most measures are on target.

        3.2 Two are not, and are explained below.

        ## 4.0 Policy implications

        4.1 None.

        ## 5.0 Other implications

        5.1 None.

        ## 6.0 Implications for the Council's priorities

        6.1 The measures support the priority for safer communities.

        ## 7.0 Risk analysis

        7.1 Not applicable.

        ## 8.0 Equality and diversity issues

        8.1 Not applicable.

        ## 9.0 List of background papers under section 100D of the Local Government Act 1972

        9.1 None under the meaning of the Act.
        """;

    /// <summary>A complete, valid Overview and Scrutiny report for the childrens-osc board.</summary>
    public const string ValidOsc = """
        ---
        title: School attendance
        board: childrens-osc
        date: 2025-02-04
        officer: Director of Children's Services
        contact: Sam Patel, Head of Inclusion, sam.patel@eastmere.example
        summary: Attendance in the autumn term and the plan to improve it.
        wards: [dockside, harbour]
        ---

        ## Corporate implications

        ### Council priorities

        1. Good attendance supports the priority for children and young people.

        ### Financial

        2. There are no financial implications.

        ## Recommendations

        That the Committee notes the report.

        ## Background

        3. Attendance fell slightly in the autumn term.

        4. The attendance team is working with six schools.
        """;
}
