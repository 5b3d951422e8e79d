using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Committee.Tests.Support;
using CsCheck;
using Xunit.Abstractions;

namespace Committee.Tests.BadInput;

/// <summary>
/// Fuzzing: the demo papers, changed at random (<see cref="Mutations"/>), one at a time in a small site, each through
/// the real <c>committee validate</c> and <c>committee build</c> in-process. Whatever the paper, no exception may escape,
/// neither command may end with "This is a bug" (exit 2), and the process must live: a stack overflow would end the test
/// run. The seed is fixed, so every run makes the same papers; input n is made from a PCG seeded with <see cref="Seed"/> + n,
/// whichever thread runs it, and a failure names n and its changes. The fast set runs the first <see cref="FastInputs"/>
/// inputs; the slow set runs the rest, so the whole suite still tries all <see cref="Inputs"/>.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20_261_207;
    private const uint Stream = 7;
    private const int Inputs = 2000;
    // About a tenth of the inputs, for the set a contributor runs often: 200 inputs take some 9 s of the fast set's 90.
    private const int FastInputs = 200;
    // A hang guard only: one input normally takes milliseconds.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public void Randomly_changed_papers_never_crash_validate_or_build() => Check(0, FastInputs);

    [Fact]
    [Trait("Category", "Slow")]
    public void Many_more_randomly_changed_papers_never_crash_validate_or_build() => Check(FastInputs, Inputs);

    /// <summary>Tries inputs <paramref name="first"/> to <paramref name="end"/> (exclusive).</summary>
    private void Check(int first, int end)
    {
        var demo = Path.Combine(TestSite.RepoRoot, "content", "reports");
        var papers = Directory.EnumerateFiles(demo, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => (Name: Path.GetRelativePath(demo, p), Text: File.ReadAllText(p))).ToArray();
        Assert.True(papers.Length >= 20, $"only {papers.Length} demo papers");

        var failures = new ConcurrentQueue<string>();
        var exitCodes = new ConcurrentDictionary<string, int>();
        var slowest = new ConcurrentBag<(double Seconds, string What)>();
        var clock = Stopwatch.StartNew();
        // Two workers, each with its own site, as the machine has two cores.
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
        {
            using var site = new TestSite();
            string? previous = null;
            for (var n = first + worker; n < end && failures.IsEmpty; n += 2)
            {
                var pcg = new PCG(Stream, Seed + (ulong)n);
                var (name, original) = papers[pcg.Next((uint)papers.Length)];
                var changes = Mutations.Changes.Generate(pcg, null!, out _);
                var text = Mutations.Apply(original, changes);
                if (previous is not null) File.Delete(previous);
                // A lone surrogate becomes U+FFFD, as any editor would save it.
                previous = site.WriteBytes(Path.Combine("content", "reports", name), Encoding.UTF8.GetBytes(text));
                foreach (var command in new[] { "validate", "build" })
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = Run(site, command, $"input {n} ({name}: {string.Join("; ", changes.Select(c => c.ToString()))})");
                    slowest.Add((Stopwatch.GetElapsedTime(started).TotalSeconds, $"input {n} {command} ({text.Length:N0} chars; {string.Join("; ", changes.Select(c => c.ToString()))})"));
                    exitCodes.AddOrUpdate($"{command} {result.ExitCode}", 1, (_, c) => c + 1);
                    if (result.ExitCode is not (0 or 1) || result.Error.Contains("This is a bug"))
                    {
                        failures.Enqueue($"input {n} ({name}: {string.Join("; ", changes.Select(c => c.ToString()))}): {command}\n{result}");
                    }
                }
            }
        });
        output.WriteLine($"inputs {first} to {end - 1} (seed {Seed}) in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", exitCodes.OrderBy(e => e.Key).Select(e => $"{e.Key}: {e.Value}"))}");
        foreach (var (seconds, what) in slowest.OrderByDescending(s => s.Seconds).Take(8)) output.WriteLine($"  {seconds:0.00} s: {what}");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));
    }

    private static CliResult Run(TestSite site, string command, string input)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return site.Run(command);
            }
            catch (Exception e)
            {
                // CommitteeApp.Run catches everything; an exception here escaped it.
                return new CliResult(-1, "", $"an exception escaped: {e}");
            }
        });
        Assert.True(task.Wait(Limit), $"{input}: {command} was still running after {Limit.TotalMinutes} minutes");
        return task.Result;
    }
}
