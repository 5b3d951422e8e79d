using System.Collections.Immutable;
using Committee.Diagnostics;
using Committee.Model;

namespace Committee.Pipeline;

/// <summary>What every stage may read: the site (settings, boards, types) and the options of this run.</summary>
public sealed record PipelineContext(Site Site, BuildOptions Options)
{
    /// <summary>The parsed templates; only a build loads them.</summary>
    public Render.Templates? Templates { get; init; }

    /// <summary>The fixed wording of the pages: English, or the council's own from <c>site-src/words.yml</c>.</summary>
    public Render.Words Words { get; init; } = Render.Words.English;

    /// <summary>What one stage of a build makes for a later one (the search index, for the stage that writes the site).</summary>
    public BuildProducts Products { get; init; } = new();

    /// <summary>Where stages may say what they are doing (installing packages); not for findings.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The meeting files (<c>content/meetings/</c>), read and checked after the reports.</summary>
    public System.Collections.Immutable.ImmutableArray<Meetings.Meeting> Meetings { get; init; } = [];

    /// <summary>The preview's memo of its last build (<see cref="Incremental.BuildMemo"/>); null for every other run.</summary>
    public Incremental.BuildMemo? Memo { get; init; }

    /// <summary>Findings about the settings, boards and types rather than about one report.</summary>
    public ImmutableList<Diagnostic> SiteDiagnostics { get; init; } = [];

    /// <summary>Shows a path relative to the working folder when it is inside it, so editors and CI can open it.</summary>
    public string Display(string path) => PathDisplay.Relative(path, Options.WorkingDirectory);
}

/// <summary>What a build's stages hand on to later ones, beside the documents.</summary>
public sealed class BuildProducts
{
    /// <summary>Where the site's files go, opened by <see cref="Write.OpenSite"/> before the pages are rendered, so each
    /// file goes to disk as soon as it is made; null when a stage runs on its own (pages are then kept on their documents).</summary>
    public ISiteOutputs? Outputs { get; set; }

    /// <summary>Opens the outputs instead of the output folder (the preview keeps its site in memory); null for a build.</summary>
    public Func<ISiteOutputs>? Open { get; init; }

    /// <summary>
    /// Takes work that makes files for after the site is published, into outputs of its own: the preview serves its
    /// pages at once and its search index when that is made (a search waits for it). Null: the work is done in the build.
    /// </summary>
    /// <remarks>Called with which paths the work makes (so a request for another file need not wait) and the work.</remarks>
    public Action<Func<string, bool>, Action<ISiteOutputs>>? Later { get; init; }

    /// <summary>Called once the build has stopped part-way, to remove what it had written (set with <see cref="Outputs"/>).</summary>
    public Action? Discard { get; set; }

    /// <summary>Makes each meeting's agenda pack once its papers' pages are made, in a build (<see cref="Render.PlanPacks"/>);
    /// null in the preview, which makes packs when asked for.</summary>
    public Render.Listings.MeetingPacks? Packs { get; set; }

    /// <summary>The site was put in place of the old one (<see cref="Write.WriteSite"/>).</summary>
    public bool Published { get; set; }

    private long releasedBodies;

    /// <summary>The bytes of rendered bodies <see cref="Render.RenderPages"/> has let go of in this build.</summary>
    public long ReleasedBodies => Interlocked.Read(ref releasedBodies);

    /// <summary>Counts a body let go of, or the part of it let go of when a smaller copy is kept (pages are rendered on
    /// several threads at once).</summary>
    public void Released(Render.ReportBody? body, Render.ReportBody? kept = null)
    {
        if (body is not null) Interlocked.Add(ref releasedBodies, body.Size - (kept?.Size ?? 0));
    }

    /// <summary>After a stage failed: removes the fresh folder the build was writing; the live site was never touched.</summary>
    public void Abandon()
    {
        Discard?.Invoke();
        (Outputs, Discard) = (null, null);
    }
}

/// <summary>The options of one run of the pipeline.</summary>
public sealed record BuildOptions
{
    public required string ContentDirectory { get; init; }
    public required string SiteDirectory { get; init; }
    public string OutputDirectory { get; init; } = "_site";
    public bool IncludeDrafts { get; init; }
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Publish at this address instead of site.yml's <c>base_url</c> (a GitHub Pages preview, say).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// <c>committee serve</c>'s local preview: render reports even when they have errors, so an author sees
    /// the page beside its findings. Never set for <c>committee build</c>, which publishes nothing then.
    /// </summary>
    public bool Preview { get; init; }

    /// <summary>
    /// The day the site is built for: meetings on or after it are forthcoming, and a meeting after it cannot have
    /// minutes. Read once by the command line (<c>--build-date</c>, else today), so tests can fix it.
    /// </summary>
    public DateOnly BuildDate { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Limit validation to these files (absolute paths); empty means every report.</summary>
    public ImmutableArray<string> OnlyFiles { get; init; } = [];
}

public static class PathDisplay
{
    public static string Relative(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(workingDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
