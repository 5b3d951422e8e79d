using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Committee.Diagnostics;
using Fluid;

namespace Committee.Render;

/// <summary>
/// The Liquid templates of <c>site-src/templates/</c>, parsed once at start-up and rendered many times,
/// each render with a fresh context. Strict: a misspelt variable or filter fails the page instead of
/// rendering an empty string.
/// </summary>
public sealed partial class Templates
{
    private static readonly FluidParser Parser = new();

    /// <summary>The templates the build renders; each must exist in <c>site-src/templates/</c>.</summary>
    public static readonly IReadOnlyList<string> Required =
        ["layout", "report", "exempt", "home", "boards", "board", "meeting", "quarters", "quarter", "wards", "ward", "borough-wide", "search", "not-found", "meetings", "redirect",
         "accessibility", "privacy", "pack", "indicators", "indicator"];

    private readonly ImmutableDictionary<string, IFluidTemplate> templates;
    private readonly TemplateOptions options;

    private Templates(ImmutableDictionary<string, IFluidTemplate> templates, TemplateOptions options)
    {
        this.templates = templates;
        this.options = options;
    }

    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();

    /// <summary>Loads every <c>*.liquid</c> file; a template that does not parse becomes a diagnostic naming its file and line.</summary>
    // Fluid reads the page models' properties by reflection. The ahead-of-time compiled tool keeps every member of
    // committee's own types (TrimmerRootAssembly in committee.csproj), and tests/aot/aot-check.sh compares its site
    // with the one `dotnet run` builds.
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "committee's assembly is a trimmer root")]
    [UnconditionalSuppressMessage("Trimming", "IL2062", Justification = "committee's assembly is a trimmer root")]
    public static (Templates Templates, ImmutableList<Diagnostic> Diagnostics) Load(string folder, Func<string, string> display)
    {
        var parsed = ImmutableDictionary.CreateBuilder<string, IFluidTemplate>();
        var diagnostics = ImmutableList.CreateBuilder<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Rules.Settings.InFile(display(folder), "The templates folder is missing."));
        }
        else
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.liquid").Order(StringComparer.Ordinal))
            {
                if (Parser.TryParse(File.ReadAllText(path), out var template, out var error))
                {
                    parsed[Path.GetFileNameWithoutExtension(path)] = template;
                }
                else
                {
                    var at = Position().Match(error ?? "");
                    var line = at.Success ? int.Parse(at.Groups["line"].Value) : 0;
                    var column = at.Success ? int.Parse(at.Groups["column"].Value) : 0;
                    diagnostics.Add(Rules.Settings.At(display(path), line, column, $"The template could not be read: {error}"));
                }
            }
        }

        foreach (var required in Required.Where(r => !parsed.ContainsKey(r)))
        {
            diagnostics.Add(Rules.Settings.InFile(display(Path.Combine(folder, required + ".liquid")), $"The template '{required}.liquid' is missing; the site needs it."));
        }

        var options = new TemplateOptions
        {
            StrictVariables = true,
            StrictFilters = true,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in PageModels.Types) options.MemberAccessStrategy.Register(type);
        return (new Templates(parsed.ToImmutable(), options), diagnostics.ToImmutable());
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Renders a template with HTML-encoding of every value not marked <c>| raw</c>.</summary>
    public string Render(string name, object model) => Find(name).Render(new TemplateContext(model, options), HtmlEncoder.Default);

    /// <summary>
    /// Renders a template into a writer, as <see cref="Render(string, object)"/> would into a string: for a page that is
    /// written as it is made (<see cref="PageBuffer"/>), so its text is never held as one string.
    /// </summary>
    public void Render(string name, object model, TextWriter writer)
    {
        var rendering = Find(name).RenderAsync(writer, HtmlEncoder.Default, new TemplateContext(model, options));
        if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
    }

    private IFluidTemplate Find(string name) => templates.TryGetValue(name, out var template)
        ? template
        : throw new InvalidOperationException($"The template '{name}.liquid' is missing from site-src/templates/.");
}
