using System.Security.Cryptography;
using Committee.Tests.Support;

namespace Committee.Tests.Build;

/// <summary>Helpers for tests that run <c>committee build</c> in a <see cref="TestSite"/>.</summary>
public static class SiteBuild
{
    /// <summary>Puts govuk-frontend's two files into the site, so the build never runs 'npm ci' (every
    /// <see cref="TestSite"/> has them unless made without).</summary>
    public static TestSite WithFrontEnd(this TestSite site) => site.AddFrontEnd();

    /// <summary>Runs <c>committee build</c> and fails the test with the command's output unless it exits 0.</summary>
    public static CliResult BuildOk(this TestSite site, params string[] extra)
    {
        var result = site.Run(["build", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>Every file under a folder, as a relative path (forward slashes) → SHA-256 of its bytes.</summary>
    public static SortedDictionary<string, string> Files(string folder, string? skipFolder = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            if (skipFolder is not null && (relative == skipFolder || relative.StartsWith(skipFolder + "/", StringComparison.Ordinal))) continue;
            files[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        return files;
    }

    /// <summary>The folders directly under a folder, by name.</summary>
    public static string[] Folders(string folder) =>
        [.. Directory.EnumerateDirectories(folder).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    /// <summary>The few front matter values a test needs, read with plain string handling (not the generator's parser).</summary>
    public static Dictionary<string, string> FrontMatter(string markdown)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        if (lines[0].Trim() != "---") return values;
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Trim() != "---"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0])) continue;
            values[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
        }
        return values;
    }

    /// <summary>The Markdown after the front matter.</summary>
    public static string Body(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }
}
