using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests.Approvers;
using ApprovalTests.Core;
using ApprovalTests.Core.Exceptions;
using ApprovalTests.Reporters;

namespace Committee.Tests.Snapshots;

/// <summary>
/// Snapshot checks on ApprovalTests, with Verify's file conventions: <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.html</c>
/// beside the test's source file, and <c>.received.html</c> beside it on a mismatch (gitignored).
/// <para>
/// To accept every change: <c>COMMITTEE_ACCEPT_SNAPSHOTS=1 dotnet test --filter FullyQualifiedName~Committee.Tests.Snapshots</c>,
/// then read the diff of the .verified.html files before committing them. Without the variable a mismatch just
/// fails (no diff tool is ever launched), which is what CI needs.
/// </para>
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "COMMITTEE_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    static Snapshot()
    {
        // Belt and braces: no reporter here launches a diff tool, and DiffEngine must not either.
        Environment.SetEnvironmentVariable("DiffEngine_Disabled", "true");
    }

    /// <summary>True when <c>COMMITTEE_ACCEPT_SNAPSHOTS</c> is 1 (or true): mismatches are accepted, not failed.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable)?.Trim().ToLowerInvariant() is "1" or "true";

    /// <summary>Checks HTML against <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.html</c> beside the calling test's source file.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void VerifyHtml(string html, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        var testClass = CallingClass(testName) ?? Path.GetFileNameWithoutExtension(sourceFile);
        var directory = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The test's source folder '{directory}' does not exist here, so its snapshots cannot be found. Run the snapshot tests from a checkout of the repository.");
        }
        Verify(html, directory, $"{testClass}.{testName}", ".html", Accepting);
    }

    /// <summary>
    /// The check itself: <paramref name="name"/>.verified<paramref name="extension"/> in <paramref name="directory"/>
    /// must hold exactly <paramref name="text"/> (line endings aside). When it does not, <paramref name="name"/>.received
    /// is written beside it and the check fails, unless <paramref name="accept"/>, when the received text replaces the verified.
    /// </summary>
    public static void Verify(string text, string directory, string name, string extension, bool accept)
    {
        var writer = new SnapshotWriter(Normalise(text), extension);
        var namer = new SnapshotNamer(directory, name);
        IApprovalFailureReporter reporter = accept ? AcceptingReporter.Instance : QuietReporter.INSTANCE;
        try
        {
            Approver.Verify(new FileApprover(writer, namer, normalizeLineEndingsForTextFiles: true), reporter);
        }
        catch (ApprovalException e)
        {
            throw new SnapshotMismatchException(e, FirstDifference(e.Approved, e.Received));
        }
    }

    /// <summary>LF line endings and one final newline, so a snapshot does not depend on the platform.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    /// <summary>The test class that called <see cref="VerifyHtml"/>: the declaring type of the test method on the stack.</summary>
    private static string? CallingClass(string testName)
    {
        foreach (var frame in new StackTrace().GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (type is null || type == typeof(Snapshot)) continue;
            if (method!.Name != testName && !method.Name.Contains($"<{testName}>", StringComparison.Ordinal)) continue;
            // Compiler-made types (lambdas, local functions, async state machines) nest inside the test class.
            while (type.DeclaringType is not null && type.Name.Contains('<')) type = type.DeclaringType;
            return type.Name;
        }
        return null;
    }

    private static string FirstDifference(string approvedPath, string receivedPath)
    {
        if (!File.Exists(approvedPath)) return "There is no verified snapshot yet.";
        var approved = Normalise(File.ReadAllText(approvedPath)).Split('\n');
        var received = Normalise(File.ReadAllText(receivedPath)).Split('\n');
        for (var i = 0; i < Math.Max(approved.Length, received.Length); i++)
        {
            var a = i < approved.Length ? approved[i] : "(end of file)";
            var r = i < received.Length ? received[i] : "(end of file)";
            if (a != r) return $"First difference, line {i + 1}:\n  verified: {a}\n  received: {r}";
        }
        return "The files differ only in their bytes (encoding or line endings).";
    }

    private sealed class SnapshotWriter(string text, string extension) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => basename + ".verified" + extension;

        public string GetReceivedFilename(string basename) => basename + ".received" + extension;

        public string WriteReceivedFile(string received)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.WriteAllText(received, text, Utf8NoBom);
            return received;
        }
    }

    private sealed record SnapshotNamer(string SourcePath, string Name) : IApprovalNamer;

    /// <summary>
    /// Accepts what was received (ApprovalTests 7 has no auto-approver): copies it over the verified file;
    /// ApprovalTests then treats the check as passed and deletes the received file.
    /// </summary>
    private sealed class AcceptingReporter : IReporterWithApprovalPower
    {
        public static readonly AcceptingReporter Instance = new();

        public void Report(string approved, string received)
        {
            File.Copy(received, approved, overwrite: true);
            Console.WriteLine($"Accepted snapshot {Path.GetFileName(approved)} ({AcceptVariable} is set).");
        }

        public bool ApprovedWhenReported() => true;
    }
}

/// <summary>A snapshot did not match its verified file (or has none yet).</summary>
public sealed class SnapshotMismatchException(ApprovalException inner, string difference) : Exception(
    $"""
    {(inner is ApprovalMissingException ? "No verified snapshot" : "The snapshot does not match")}: {Path.GetFileName(inner.Approved)}
    Received: {inner.Received}
    {difference}
    If the change is intended, accept it with: {Snapshot.AcceptVariable}=1 dotnet test --filter FullyQualifiedName~Committee.Tests.Snapshots
    then review the .verified.html diff before committing.
    """, inner)
{
    public string ReceivedFile => ((ApprovalException)InnerException!).Received;

    public string VerifiedFile => ((ApprovalException)InnerException!).Approved;
}
