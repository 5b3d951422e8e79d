using System.Runtime.CompilerServices;

namespace Committee.Pipeline;

/// <summary>
/// How the methods that run once per report, word or stem are compiled. A run is short, shorter than tiered
/// compilation takes to optimise them, so in the plain <c>dotnet build</c> output they are compiled optimised from the
/// start. In the ReadyToRun tool (<c>dotnet publish -p:PublishReadyToRun=true</c>, which defines READY_TO_RUN) they are
/// already precompiled optimised, and the same attribute would exclude them from precompiling and have them compiled
/// again at every run, a cost every short run would pay (figures: docs/performance.md, 'Optimised from the start').
/// </summary>
internal static class Compile
{
#if READY_TO_RUN
    public const MethodImplOptions Optimised = 0;
#else
    public const MethodImplOptions Optimised = MethodImplOptions.AggressiveOptimization;
#endif
}
