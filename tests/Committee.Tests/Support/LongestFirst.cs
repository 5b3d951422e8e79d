using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Committee.Tests.Support.LongestFirst", "Committee.Tests")]

namespace Committee.Tests.Support;

/// <summary>
/// Starts the longest collections first. xunit runs two collections at a time here (one per core) and each collection's
/// tests one after another, so a long collection started late is the tail of the whole run: the two browser collections
/// (a minute or more each) began after a minute and a half and the run waited for them alone. The rest keep their names' order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        Browser.BrowserPagesCollection.Name,
        Browser.BrowserCollection.Name,
        "Test collection for " + typeof(BadInput.FuzzTests).FullName,
        "Test collection for " + typeof(Safety.KilledBuildTests).FullName,
        "Test collection for " + typeof(Safety.BuildEquivalenceTests).FullName,
        "Test collection for " + typeof(Safety.PreviewMemoTests).FullName,
        Archive.ArchiveCollection.Name,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Array.IndexOf(Longest, c.DisplayName) is var at and >= 0 ? at : Longest.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
