using System.Diagnostics;

namespace Committee.Cli;

/// <summary>
/// Times each stage of a build and samples the working set while it runs, so the build's log can say what each stage
/// costs in time and in memory ("+120 MB": how far the working set rose above where it was when the stage began), and
/// how much of that time, on any thread, went in compiling code ("JIT 40 ms"): in a short run under the JIT, such as a
/// build of a small site, compiling is much of the work, and this shows where. It also gives the CPU time the process
/// spent in the stage, on all threads, user and system ("CPU 1900 ms"), and the part of it spent in the kernel
/// ("system 400 ms"): on a machine shared with other work the wall time of a stage swings from run to run, its CPU
/// time much less, and the two together say whether a stage waited (on the disk, say); the system part is mostly the
/// file system making files, which in a very large archive grows faster than the archive.
/// And how long the collector stopped the program ("GC 120 ms"), which grows with the heap, and in a large archive the
/// documents alone fill much of it.
/// </summary>
public sealed class StageMeter : IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Timer sampler;
    private long start = Environment.WorkingSet;
    private TimeSpan compiling = System.Runtime.JitInfo.GetCompilationTime();
    private TimeSpan working = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan kernel = Process.GetCurrentProcess().PrivilegedProcessorTime;
    private TimeSpan paused = GC.GetTotalPauseDuration();
    private long peak = Environment.WorkingSet;

    public StageMeter() => sampler = new Timer(_ => Sample(), null, 0, 10);

    private void Sample()
    {
        var now = Environment.WorkingSet;
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
    }

    /// <summary>Ends the stage that was running: "N ms, CPU C ms (system S ms), +M MB, GC G ms, JIT J ms"; and starts timing the next.</summary>
    public string Lap()
    {
        Sample();
        var compiled = System.Runtime.JitInfo.GetCompilationTime();
        var process = Process.GetCurrentProcess();
        var worked = process.TotalProcessorTime;
        var system = process.PrivilegedProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var text = $"{clock.ElapsedMilliseconds} ms, CPU {(worked - working).TotalMilliseconds:0} ms (system {(system - kernel).TotalMilliseconds:0} ms), +{Math.Max(0, Interlocked.Read(ref peak) - start) / (1024 * 1024)} MB, " +
            $"GC {(pause - paused).TotalMilliseconds:0} ms, JIT {(compiled - compiling).TotalMilliseconds:0} ms";
        paused = pause;
        compiling = compiled;
        working = worked;
        kernel = system;
        clock.Restart();
        start = Environment.WorkingSet;
        Interlocked.Exchange(ref peak, start);
        return text;
    }

    public void Dispose() => sampler.Dispose();
}
