using System.Diagnostics;
using Committee.Tests.Support;

namespace Committee.Tests.Write;

/// <summary>
/// A build on a disk that fills up part-way: the real tool, in its own process, writing to a small RAM file system
/// (tmpfs, mounted in a private mount namespace by <c>unshare</c>, so nothing on the machine changes). The first build
/// fits; the file system is then shrunk to a little more than that site, so the next full build (a fresh folder beside
/// the old site) runs out of room while it writes its files, on whichever thread and in whichever stage that happens.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FullDiskTests
{
    [SkippableFact]
    public void A_build_that_runs_out_of_disk_space_says_so_without_a_stack_trace_and_keeps_the_previous_site()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "A tmpfs in a mount namespace needs Linux.");
        using var site = new TestSite(withDemoReports: true);
        var disk = Path.Combine(site.Root, "disk");
        var work = Path.Combine(site.Root, "work");
        Directory.CreateDirectory(disk);
        Directory.CreateDirectory(work);
        var committee = Path.Combine(AppContext.BaseDirectory, "committee.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var build = $"'{dotnet}' '{committee}' build --content '{site.Content}' --site '{site.SiteSources}' --output '{disk}/_site'";
        var script = $$"""
            set -u
            mount -t tmpfs -o size=64m tmpfs '{{disk}}' || exit 77
            cd '{{work}}'
            {{build}} >first.out 2>first.err; echo $? >first.code
            (cd '{{disk}}' && find _site -type f -exec sha256sum {} + | sort) >before
            # A little more than the site takes: room for the cache-less second build to start, not to finish.
            mount -o remount,size=$(( $(du -sk '{{disk}}' | cut -f1) * 3 / 2 ))k '{{disk}}'
            rm -rf .committee
            {{build}} >second.out 2>second.err; echo $? >second.code
            (cd '{{disk}}' && find _site -type f -exec sha256sum {} + | sort) >after
            ls -A '{{disk}}' >left
            """;
        var start = new ProcessStartInfo("unshare", ["-rm", "sh", "-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "The builds did not finish in 3 minutes.");
        Skip.If(process.ExitCode == 77 || !File.Exists(Path.Combine(work, "first.code")),
            $"This machine does not let a test mount a tmpfs in its own namespace (unshare -rm): {errors.Result.Trim()}");

        string Read(string name) => File.ReadAllText(Path.Combine(work, name)).Trim();
        Assert.True(Read("first.code") == "0", $"The first build, with room, failed:\n{Read("first.out")}\n{Read("first.err")}");
        Assert.Equal("2", Read("second.code"));
        var said = Read("second.err");
        Assert.StartsWith("committee: ", said);
        Assert.Contains("No space left on device", said);
        Assert.Contains("Nothing was published: the site in ", said);
        Assert.DoesNotContain("   at ", said);
        Assert.DoesNotContain("Exception", said);
        Assert.DoesNotContain("One or more errors", said);
        // The previous site, every file byte for byte; and no half-written folder beside it.
        Assert.True(Read("before").Split('\n').Length > 100, "The first build wrote too few files to be a site.");
        Assert.Equal(Read("before"), Read("after"));
        Assert.Equal("_site", Read("left"));
    }
}
