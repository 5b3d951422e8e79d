using System.Diagnostics;
using Committee.Tests.Build;
using Committee.Tests.Support;

namespace Committee.Tests.Safety;

/// <summary>
/// A build killed at any moment (kill -9: no handler runs) leaves the live site as it was or as the finished build
/// makes it, never a mix; the next build clears what the killed one left beside it.
/// </summary>
[Trait("Category", "Slow")]
public class KilledBuildTests
{
    private const string Edited = "content/reports/childrens-ppb/2023-09-18-primary-school-places.md";
    private const string Removed = "content/reports/safer-ppb/2023-10-10-cctv-network-upgrade.md";

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one()
    {
        using var site = new TestSite(withDemoReports: true).WithFrontEnd();
        var edited = Path.Combine(site.Root, Edited);
        var removed = Path.Combine(site.Root, Removed);
        var (editedFirst, removedText) = (File.ReadAllText(edited), File.ReadAllText(removed));
        var editedSecond = editedFirst.Replace("Primary school places", "Primary school places, revised", StringComparison.Ordinal);

        // The two versions of the content and the site each makes, built in full beside the live one (in this process:
        // the test needs only their files; the killed builds and the live one run in processes of their own).
        void Version(int v)
        {
            File.WriteAllText(edited, v == 0 ? editedFirst : editedSecond);
            if (v == 0) File.WriteAllText(removed, removedText);
            else File.Delete(removed);
        }
        var sites = new SortedDictionary<string, string>[2];
        for (var v = 0; v < 2; v++)
        {
            Version(v);
            site.BuildOk("--output", $"_expected{v}");
            sites[v] = SiteBuild.Files(Path.Combine(site.Root, $"_expected{v}"));
            Directory.Delete(Path.Combine(site.Root, $"_expected{v}"), recursive: true);
        }
        Assert.NotEqual(sites[0], sites[1]);
        Version(0);
        using (var first = Start(site))
        {
            Assert.True(first.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not finish");
        }
        Assert.Equal(sites[0], SiteBuild.Files(site.Output));
        var live = 0;

        // Moments from before the tool has started to after it has finished, across every stage.
        int[] delays = [50, 250, 450, 650, 800, 950, 1100, 1300, 1500, 1700, 2000, 2400, 2900, 3500];
        for (var i = 0; i < delays.Length; i++)
        {
            var target = 1 - live;
            Version(target);
            using (var build = Start(site))
            {
                Thread.Sleep(delays[i]);
                if (!build.HasExited) build.Kill(entireProcessTree: true);
                Assert.True(build.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not stop");
            }
            var now = SiteBuild.Files(site.Output);
            if (now.SequenceEqual(sites[target])) live = target;
            else Assert.True(now.SequenceEqual(sites[live]), $"killed after {delays[i]} ms: the live site is neither the old one nor the new one; differs from the old in {Differences(now, sites[live])}; from the new in {Differences(now, sites[target])}");
        }

        // A finished build clears everything the killed ones left.
        using (var last = Start(site))
        {
            Assert.True(last.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not finish");
            Assert.Equal(0, last.ExitCode);
        }
        Assert.Equal(File.ReadAllText(edited) == editedSecond ? sites[1] : sites[0], SiteBuild.Files(site.Output));
        Assert.Equal(["_site", "content", "site-src"], SiteBuild.Folders(site.Root));
    }

    private static string Differences(SortedDictionary<string, string> a, SortedDictionary<string, string> b) =>
        string.Join(", ", a.Keys.Union(b.Keys).Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || x != y).Take(8));

    /// <summary>The real tool, in a process of its own, as a council's CI runs it.</summary>
    private static Process Start(TestSite site, params string[] options)
    {
        var tool = typeof(Committee.Cli.CommitteeApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [tool, "build", .. options];
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
