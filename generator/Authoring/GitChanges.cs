using Committee.Read;

namespace Committee.Authoring;

/// <summary>How a file differs between a pull request's base and the working tree.</summary>
public enum ChangeKind { Added, Changed, Renamed, Removed }

/// <summary>One changed file. Paths are absolute; <see cref="OldPath"/> is set for a renamed file.</summary>
public sealed record ChangedFile(ChangeKind Kind, string Path, string? OldPath = null);

/// <summary>
/// What changed in a folder since a Git ref, the way a pull request sees it: everything since the point
/// the branch left the base (<c>REF...HEAD</c>) plus what is not yet committed (changed, staged or new
/// files), so an author can check a branch before pushing it. Git is run as a process, like
/// <see cref="Read.ReadLastChanged"/>; nothing here changes the repository.
/// </summary>
public sealed class GitChanges
{
    /// <summary>A reason the comparison cannot be made, worded for the person running the command.</summary>
    public sealed class UnavailableException(string message) : Exception(message);

    /// <summary>The commit the comparison starts from: where the branch left the base.</summary>
    public string BaseCommit { get; }

    /// <summary>The ref as the author gave it, for messages.</summary>
    public string BaseRef { get; }

    private GitChanges(string baseRef, string baseCommit)
    {
        BaseRef = baseRef;
        BaseCommit = baseCommit;
    }

    /// <summary>Resolves <paramref name="baseRef"/> in the repository holding <paramref name="folder"/>.</summary>
    public static GitChanges Since(string baseRef, string folder)
    {
        if (!Directory.Exists(folder)) throw new UnavailableException($"There is no folder '{folder}' to compare.");
        if (Run(folder, "rev-parse", "--show-toplevel") is not { Code: 0 })
        {
            throw new UnavailableException($"The folder '{folder}' is not in a Git repository, so there is nothing to compare with '{baseRef}'.");
        }
        if (Run(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", baseRef + "^{commit}") is not { Code: 0, Output: var resolved })
        {
            throw new UnavailableException(
                $"There is no branch, tag or commit '{baseRef}' in this repository. Check the name; in GitHub Actions, check out with 'fetch-depth: 0' so the base branch is there.");
        }
        // REF...HEAD: changes since the branch left the base, not changes made on the base since.
        // Without a common ancestor (a shallow clone), compare with the ref itself.
        var mergeBase = Run(folder, "merge-base", baseRef, "HEAD") is { Code: 0, Output: var common } ? common.Trim() : resolved.Trim();
        return new GitChanges(baseRef, mergeBase);
    }

    /// <summary>Every file under <paramref name="folder"/> that differs from the base: committed, staged, changed or new.</summary>
    public IReadOnlyList<ChangedFile> In(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var changes = new List<ChangedFile>();
        // Base commit against the working tree covers the branch's commits and uncommitted edits in one
        // comparison; --relative keeps it to this folder and gives paths relative to it.
        var diff = Run(folder, "-c", "core.quotepath=off", "diff", "--name-status", "-M", "-z", "--relative", "--no-ext-diff", BaseCommit, "--", ".");
        if (diff is not { Code: 0 }) throw new UnavailableException($"Git could not compare with '{BaseRef}': {diff?.Error.Trim()}");
        var fields = diff.Output.Split('\0');
        for (var i = 0; i < fields.Length && fields[i].Length > 0;)
        {
            var status = fields[i];
            var path = Absolute(folder, fields[i + 1]);
            switch (status[0])
            {
                case 'R':
                    changes.Add(new ChangedFile(ChangeKind.Renamed, Absolute(folder, fields[i + 2]), path));
                    i += 3;
                    break;
                case 'C': // a copy is a new file as far as a reviewer is concerned
                    changes.Add(new ChangedFile(ChangeKind.Added, Absolute(folder, fields[i + 2])));
                    i += 3;
                    break;
                case 'A':
                    changes.Add(new ChangedFile(ChangeKind.Added, path));
                    i += 2;
                    break;
                case 'D':
                    changes.Add(new ChangedFile(ChangeKind.Removed, path));
                    i += 2;
                    break;
                default: // M, T (type change), U (unmerged)
                    changes.Add(new ChangedFile(ChangeKind.Changed, path));
                    i += 2;
                    break;
            }
        }
        var untracked = Run(folder, "ls-files", "--others", "--exclude-standard", "-z", "--", ".");
        if (untracked is { Code: 0 })
        {
            foreach (var file in untracked.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                changes.Add(new ChangedFile(ChangeKind.Added, Absolute(folder, file)));
            }
        }
        return [.. changes.OrderBy(c => c.Path, StringComparer.Ordinal)];
    }

    /// <summary>The text a file had at the base, or null when it did not exist there.</summary>
    public string? TextAtBase(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        // "./name" is relative to the folder git runs in; the folder may be gone (a removed board), so walk up to one that exists.
        var relative = System.IO.Path.GetFileName(path);
        while (!Directory.Exists(folder))
        {
            relative = System.IO.Path.Combine(System.IO.Path.GetFileName(folder), relative);
            folder = System.IO.Path.GetDirectoryName(folder)!;
        }
        var shown = Run(folder, "show", $"{BaseCommit}:./{relative.Replace('\\', '/')}");
        return shown is { Code: 0 } ? shown.Output : null;
    }

    private static string Absolute(string folder, string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, relative));

    private static GitResult Run(string workingDirectory, params string[] args) =>
        GitCommand.Run(workingDirectory, args)
        ?? throw new UnavailableException("Git is not installed (or not on the PATH), so committee cannot see what changed. Install Git and try again.");
}
