using Committee.Tests.Support;

namespace Committee.Tests.Docs;

/// <summary>The generator is kept in small files, each named after what it does (the code style).</summary>
public sealed class SourceFileTests
{
    [Fact]
    public void No_file_of_the_generator_is_over_300_lines()
    {
        var generator = Path.Combine(TestSite.RepoRoot, "generator");
        var sep = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var over = files.Select(f => (File: Path.GetRelativePath(generator, f), Lines: File.ReadAllLines(f).Length)).Where(f => f.Lines > 300).ToList();
        Assert.True(over.Count == 0, "Over 300 lines: " + string.Join(", ", over.Select(f => $"{f.File} ({f.Lines})")));
    }
}
