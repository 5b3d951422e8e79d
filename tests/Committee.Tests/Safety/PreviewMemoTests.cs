using System.Security.Cryptography;
using Committee.Incremental;
using Committee.Serve;
using Committee.Tests.Build;
using Committee.Tests.Support;
using CsCheck;
using Edit = Committee.Tests.Safety.BuildEquivalenceTests.Edit;

namespace Committee.Tests.Safety;

/// <summary>
/// The preview's memo (<see cref="BuildMemo"/>) is an optimisation only: after each edit of a random sequence (seeded),
/// the preview built with the memo of every build before it is byte for byte the preview built with none.
/// </summary>
[Trait("Category", "Slow")]
public class PreviewMemoTests
{
    [Fact]
    public void After_any_sequence_of_edits_the_preview_with_its_memo_is_the_preview_made_afresh()
    {
        var (found, compared) = (0, 0);
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var edits = BuildEquivalenceTests.Sequences.Generate(new PCG(11, seed), null!, out _);
            using var site = new TestSite(withDemoReports: true).WithFrontEnd();
            var options = site.Options() with { Preview = true, BaseUrl = "http://localhost:4000/", BuildDate = new DateOnly(2026, 12, 7) };
            var memo = new BuildMemo();
            var remembering = new PreviewBuild(options, TextWriter.Null, colour: false, memo);
            var afresh = new PreviewBuild(options, TextWriter.Null, colour: false);
            PreviewSnapshot? last = null, lastFresh = null;
            for (var step = 0; step <= edits.Length; step++)
            {
                var what = step == 0 ? $"seed {seed}: first build" : $"seed {seed}, step {step}: {edits[step - 1].Kind} {BuildEquivalenceTests.Apply(site, edits[step - 1].Kind, edits[step - 1].Pick)}";
                last = remembering.Run(step + 1, last);
                lastFresh = afresh.Run(step + 1, lastFresh);
                Assert.True(last.Failure == lastFresh.Failure, $"{what}: {last.Failure} / {lastFresh.Failure}");
                var (kept, fresh) = (Files(last), Files(lastFresh));
                var differ = kept.Keys.Union(fresh.Keys).Where(k => kept.GetValueOrDefault(k) != fresh.GetValueOrDefault(k)).Take(5).ToList();
                Assert.True(differ.Count == 0, $"{what}: the preview with its memo differs from one made afresh in {string.Join(", ", differ)}");
                Assert.Equal(lastFresh.Diagnostics.Select(d => d.ToString()), last.Diagnostics.Select(d => d.ToString()));
                if (step > 0) found += memo.LastBuild.Found;
                compared++;
            }
        }
        // The memo must be used, or the comparison proves nothing about it.
        Assert.True(found > compared * 10, $"the memo found {found} reports and files in {compared} builds");
    }

    private static SortedDictionary<string, string> Files(PreviewSnapshot snapshot) =>
        new(snapshot.Site?.Everything().ToDictionary(f => f.Key, f => Convert.ToHexString(SHA256.HashData(f.Value))) ?? [], StringComparer.Ordinal);
}
