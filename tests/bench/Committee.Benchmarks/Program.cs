using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/bench/Committee.Benchmarks -- --filter '*'`; see README.md.
// Results go under bin/ (ignored by Git) rather than into whichever folder the command was run from.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Committee.Benchmarks.ReportBenchmarks).Assembly).Run(args, config);
