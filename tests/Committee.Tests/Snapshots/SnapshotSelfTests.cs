using System.Runtime.CompilerServices;

namespace Committee.Tests.Snapshots;

/// <summary>The snapshot helper itself: it fails on a change, writes the received file, and accepts only when told.</summary>
public sealed class SnapshotSelfTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "committee-snapshots-" + Guid.NewGuid().ToString("N")[..12]);

    public SnapshotSelfTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string ThisFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private string Verified(string name) => Path.Combine(_folder, name + ".verified.html");

    private string Received(string name) => Path.Combine(_folder, name + ".received.html");

    [Fact]
    public void A_changed_page_fails_and_writes_the_received_file()
    {
        // A real verified snapshot, copied so this test never races the test that owns it.
        const string name = "ReportSnapshotTests.Ppb_report_article";
        var real = Path.Combine(ThisFolder(), name + ".verified.html");
        Assert.True(File.Exists(real), $"{real} is missing");
        File.Copy(real, Verified(name));
        var original = File.ReadAllText(real);
        var changed = original.Replace("Community safety performance", "Community safety performanse");
        Assert.NotEqual(original, changed);

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify(changed, _folder, name, ".html", accept: false));

        Assert.Equal(Received(name), failure.ReceivedFile);
        Assert.Equal(Snapshot.Normalise(changed), File.ReadAllText(Received(name)));
        Assert.Equal(original, File.ReadAllText(Verified(name)));
        Assert.Contains("does not match", failure.Message);
        Assert.Contains("performanse", failure.Message); // the first difference is shown
        Assert.Contains("COMMITTEE_ACCEPT_SNAPSHOTS=1", failure.Message);

        // Clean up: once the change is undone the check passes and the received file goes.
        Snapshot.Verify(original, _folder, name, ".html", accept: false);
        Assert.False(File.Exists(Received(name)));
    }

    [Fact]
    public void A_missing_snapshot_fails_and_is_not_created()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify("<p>new</p>", _folder, "T.New", ".html", accept: false));
        Assert.Contains("No verified snapshot", failure.Message);
        Assert.False(File.Exists(Verified("T.New")));
        Assert.Equal("<p>new</p>\n", File.ReadAllText(Received("T.New")));
    }

    [Fact]
    public void Accepting_replaces_the_verified_file_and_leaves_no_received_file()
    {
        File.WriteAllText(Verified("T.Accept"), "<p>old</p>\n");

        Snapshot.Verify("<p>new</p>", _folder, "T.Accept", ".html", accept: true);
        Snapshot.Verify("<p>first</p>", _folder, "T.Created", ".html", accept: true);

        Assert.Equal("<p>new</p>\n", File.ReadAllText(Verified("T.Accept")));
        Assert.Equal("<p>first</p>\n", File.ReadAllText(Verified("T.Created")));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.received.*"));
    }

    [Fact]
    public void A_match_passes_whatever_the_line_endings()
    {
        File.WriteAllText(Verified("T.Same"), "<ul>\r\n<li>a</li>\r\n</ul>\r\n");
        Snapshot.Verify("<ul>\n<li>a</li>\n</ul>", _folder, "T.Same", ".html", accept: false);
        Assert.False(File.Exists(Received("T.Same")));
    }

    [Fact]
    public void The_file_is_named_after_the_test_class_and_method_beside_the_source()
    {
        Snapshot.VerifyHtml("<p>Named after <code>SnapshotSelfTests</code> and this method.</p>");
        Assert.True(File.Exists(Path.Combine(ThisFolder(), $"{nameof(SnapshotSelfTests)}.{nameof(The_file_is_named_after_the_test_class_and_method_beside_the_source)}.verified.html")));
    }

    [Fact]
    public void Only_the_variable_turns_accepting_on()
    {
        // The rest of the suite relies on this: without COMMITTEE_ACCEPT_SNAPSHOTS=1 a mismatch fails.
        var value = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable);
        Assert.Equal(value is "1" or "true" or "TRUE" or "True", Snapshot.Accepting);
        Assert.Equal("true", Environment.GetEnvironmentVariable("DiffEngine_Disabled"));
    }
}
