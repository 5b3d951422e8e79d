using System.Diagnostics;

namespace Committee.Cli;

/// <summary>
/// Times each stage of a build and samples the working set while it runs, so the build's log can say what each stage
/// costs in time and in memory ("+120 MB": how far the working set rose above where it was when the stage began).
/// </summary>
public sealed class StageMeter : IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Timer sampler;
    private long start = Environment.WorkingSet;
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

    /// <summary>Ends the stage that was running: "N ms, +M MB"; and starts timing the next.</summary>
    public string Lap()
    {
        Sample();
        var text = $"{clock.ElapsedMilliseconds} ms, +{Math.Max(0, Interlocked.Read(ref peak) - start) / (1024 * 1024)} MB";
        clock.Restart();
        start = Environment.WorkingSet;
        Interlocked.Exchange(ref peak, start);
        return text;
    }

    public void Dispose() => sampler.Dispose();
}
