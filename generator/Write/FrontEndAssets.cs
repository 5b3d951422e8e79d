using System.Diagnostics;

namespace Committee.Write;

/// <summary>
/// Adds govuk-frontend's precompiled CSS and JavaScript from <c>site-src/node_modules</c> to the site,
/// installing them with <c>npm ci</c> (from the lock file) when they are missing. The CSS is rebranded
/// on the way: no GDS Transport font (it is only for GOV.UK), so no font files are fetched.
/// </summary>
public static class FrontEndAssets
{
    public sealed class UnavailableException(string message) : Exception(message);

    private const string Package = "node_modules/govuk-frontend/dist/govuk";

    /// <param name="npm">The npm command; a test names one that does not exist to see the missing-Node.js message.</param>
    public static void Add(string siteDirectory, Pipeline.ISiteOutputs site, TextWriter log, string npm = "npm")
    {
        var dist = Path.Combine(siteDirectory, Package);
        if (!Directory.Exists(dist)) Install(siteDirectory, log, npm);
        if (!Directory.Exists(dist))
        {
            throw new UnavailableException($"govuk-frontend is not installed in {siteDirectory}/node_modules. Run 'npm ci' in {siteDirectory}.");
        }
        site.Add("assets/govuk/govuk-frontend.min.css", SiteWriter.Utf8(WithoutGovukFont(File.ReadAllText(Path.Combine(dist, "govuk-frontend.min.css")))));
        site.Add("assets/govuk/govuk-frontend.min.js", File.ReadAllBytes(Path.Combine(dist, "govuk-frontend.min.js")));
    }

    /// <summary>Installs the front-end packages with <c>npm ci</c> when they are missing.</summary>
    public static void EnsureInstalled(string siteDirectory, TextWriter log, string npm = "npm")
    {
        if (!Directory.Exists(Path.Combine(siteDirectory, Package))) Install(siteDirectory, log, npm);
    }

    /// <summary>Removes the GDS Transport @font-face rules and the font's name from every font stack.</summary>
    public static string WithoutGovukFont(string css)
    {
        var result = System.Text.RegularExpressions.Regex.Replace(css, @"@font-face\{font-family:""?GDS Transport""?;[^}]*\}", "");
        result = result.Replace("font-family:GDS Transport,", "font-family:", StringComparison.Ordinal)
                       .Replace("font-family:\"GDS Transport\",", "font-family:", StringComparison.Ordinal)
                       .Replace("font-family:GDS Transport", "font-family:arial,sans-serif", StringComparison.Ordinal);
        // Drop the source map comment: the map is not published.
        return System.Text.RegularExpressions.Regex.Replace(result, @"/\*# sourceMappingURL=[^*]*\*/", "");
    }

    private static void Install(string siteDirectory, TextWriter log, string npm)
    {
        if (!File.Exists(Path.Combine(siteDirectory, "package-lock.json")))
        {
            throw new UnavailableException($"{siteDirectory}/package-lock.json is missing, so the front-end packages cannot be installed.");
        }
        log.WriteLine($"Installing the front-end packages (npm ci in {siteDirectory}); this happens once.");
        try
        {
            var start = new ProcessStartInfo(npm) { WorkingDirectory = siteDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(arg);
            using var install = Process.Start(start)!;
            var errors = install.StandardError.ReadToEndAsync();
            install.StandardOutput.ReadToEnd();
            install.WaitForExit();
            if (install.ExitCode != 0)
            {
                throw new UnavailableException($"'npm ci' in {siteDirectory} failed:\n{errors.Result.Trim()}");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UnavailableException("The build needs Node.js (with npm) to install the site's front-end packages, and it is not installed. Install Node.js 20 or later from your package manager (for example 'apt-get install nodejs npm'), then build again.");
        }
    }
}
