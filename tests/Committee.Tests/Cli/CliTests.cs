using Committee.Tests.Support;

namespace Committee.Tests.Cli;

/// <summary>The command line itself: help, usage errors and exit codes.</summary>
public class CliTests
{
    [Fact]
    public void No_arguments_prints_help_listing_the_commands()
    {
        using var site = new TestSite();
        var result = site.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Matches(@"(?m)^\s+build\b", result.Out);
        Assert.Matches(@"(?m)^\s+validate\b", result.Out);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("build", new[] { "--content", "--site", "--output", "--drafts" })]
    [InlineData("validate", new[] { "--content", "--site", "--format", "--warnings-as-errors" })]
    public void Help_on_a_command_lists_its_options(string command, string[] options)
    {
        using var site = new TestSite();
        var result = site.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains($" {command} [options]", result.Out.Replace("[<paths>...] ", ""));
        foreach (var option in options) Assert.Matches($@"(?m)^\s+{option}\b", result.Out);
        Assert.False(Directory.Exists(site.Output)); // help does not build
    }

    [Fact]
    public void Build_help_does_not_offer_validate_options()
    {
        using var site = new TestSite();
        var result = site.Run("build", "--help");
        Assert.DoesNotContain("--format", result.Out);
        Assert.DoesNotContain("--warnings-as-errors", result.Out);
    }

    [Theory]
    [InlineData("frob")]
    [InlineData("--bogus")]
    [InlineData("build", "--bogus")]
    [InlineData("build", "--drafts", "--output")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--bogus")]
    public void An_unknown_command_or_option_is_a_usage_error_without_a_stack_trace(params string[] args)
    {
        using var site = new TestSite(withDemoReports: true);
        var result = site.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("committee: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("   at ", result.Out);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("frob", "frob")]
    [InlineData("build --bogus", "--bogus")]
    [InlineData("validate --bogus", "--bogus")]
    [InlineData("validate --format xml", "xml")]
    public void A_usage_error_names_what_was_not_understood(string args, string named)
    {
        using var site = new TestSite(withDemoReports: true);
        var result = site.Run(args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{named}'", result.Error);
    }

    [Fact]
    public void An_unknown_option_to_validate_is_called_an_option_not_a_missing_file()
    {
        using var site = new TestSite(withDemoReports: true);
        var result = site.Run("validate", "--warnings-as-error");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("option", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no file or folder", result.Error);
    }
}
