using System.Collections.Immutable;
using System.Text;
using Committee.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Committee.Render;

/// <summary>
/// The fixed wording of the site's pages (titles, descriptions, breadcrumbs, feed titles): kept in a words file, not
/// in code, so an edition in another language changes text only. The English words ship with committee
/// (<c>words-english.yml</c>); a council's <c>site-src/words.yml</c> may replace any of them.
/// </summary>
public sealed class Words
{
    private readonly ImmutableDictionary<string, string> texts;

    private Words(ImmutableDictionary<string, string> texts) => this.texts = texts;

    /// <summary>The English words alone (for stages run without a site's sources).</summary>
    public static Words English { get; } = new(Read(Shipped(), "words-english.yml", null, _ => "").Texts);

    /// <summary>The English words, with those a council's <c>site-src/words.yml</c> gives in their place.</summary>
    public static (Words Words, ImmutableList<Diagnostic> Diagnostics) Load(string siteDirectory, Func<string, string> display)
    {
        var path = Path.Combine(siteDirectory, "words.yml");
        if (!File.Exists(path)) return (English, []);
        var (own, diagnostics) = Read(File.ReadAllText(path), display(path), English.texts, display);
        return (new Words(English.texts.SetItems(own)), diagnostics);
    }

    /// <summary>The words under a key, with each <c>{name}</c> replaced by its value.</summary>
    public string this[string key, params (string Name, string Value)[] values]
    {
        get
        {
            var text = new StringBuilder(texts[key]);
            foreach (var (name, value) in values) text.Replace("{" + name + "}", value);
            return text.ToString();
        }
    }

    private static string Shipped()
    {
        using var stream = typeof(Words).Assembly.GetManifestResourceStream("Committee.Render.words-english.yml")
            ?? throw new InvalidOperationException("The English words (words-english.yml) are not in the tool.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static (ImmutableDictionary<string, string> Texts, ImmutableList<Diagnostic> Diagnostics) Read(
        string yaml, string file, ImmutableDictionary<string, string>? known, Func<string, string> display)
    {
        var texts = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var diagnostics = ImmutableList.CreateBuilder<Diagnostic>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return (texts.ToImmutable(), [Rules.Settings.At(file, (int)e.Start.Line, (int)e.Start.Column, $"The words file {Path.GetFileName(file)} could not be read: {e.Message}")]);
        }
        if (stream.Documents.Count == 0) return (texts.ToImmutable(), []);
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return (texts.ToImmutable(), [Rules.Settings.InFile(file, $"The words file {Path.GetFileName(file)} must be 'key: words' lines.")]);
        }
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (value is not YamlScalarNode { Value: { } text })
            {
                diagnostics.Add(Rules.Settings.At(file, (int)key.Start.Line, (int)key.Start.Column, $"'{name}' in {Path.GetFileName(file)} must be words, not a list or a map."));
                continue;
            }
            if (known is not null && !known.ContainsKey(name))
            {
                diagnostics.Add(Rules.Settings.At(file, (int)key.Start.Line, (int)key.Start.Column, $"'{name}' is not a words key committee uses; the keys are those of words-english.yml in committee's source."));
                continue;
            }
            texts[name] = text;
        }
        return (texts.ToImmutable(), diagnostics.ToImmutable());
    }
}
