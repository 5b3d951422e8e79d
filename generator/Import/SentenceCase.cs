using System.Text;

namespace Committee.Import;

/// <summary>
/// Writes a heading in sentence case ("1.0 PURPOSE OF REPORT" → "Purpose of report"), as the format's
/// templates do, while keeping what a council writes with capitals: the Council and the Board, Acts
/// ("Local Government Act 1972"), acronyms (PPB, SEND) and words with digits (100D, 12A).
/// </summary>
public static partial class SentenceCase
{
    /// <summary>Words always written with a capital, whatever the heading's case.</summary>
    private static readonly Dictionary<string, string> Proper = new(StringComparer.OrdinalIgnoreCase)
    {
        ["council"] = "Council", ["council's"] = "Council's", ["councils'"] = "Councils'", ["board"] = "Board", ["board's"] = "Board's",
        ["executive"] = "Executive", ["cabinet"] = "Cabinet", ["members"] = "Members", ["member"] = "Member", ["members'"] = "Members'",
        ["act"] = "Act", ["schedule"] = "Schedule", ["appendix"] = "Appendix",
        ["england"] = "England", ["wales"] = "Wales", ["scotland"] = "Scotland", ["britain"] = "Britain", ["uk"] = "UK",
        ["january"] = "January", ["february"] = "February", ["march"] = "March", ["april"] = "April", ["june"] = "June",
        ["july"] = "July", ["august"] = "August", ["september"] = "September", ["october"] = "October", ["november"] = "November", ["december"] = "December",
        ["monday"] = "Monday", ["tuesday"] = "Tuesday", ["wednesday"] = "Wednesday", ["thursday"] = "Thursday", ["friday"] = "Friday",
        ["ofsted"] = "Ofsted", ["nhs"] = "NHS", ["ppb"] = "PPB", ["osc"] = "OSC", ["send"] = "SEND", ["ict"] = "ICT", ["hr"] = "HR",
        ["gdpr"] = "GDPR", ["kpi"] = "KPI", ["kpis"] = "KPIs", ["cqc"] = "CQC", ["dfe"] = "DfE", ["lga"] = "LGA", ["mtfs"] = "MTFS", ["mtp"] = "MTP",
    };

    /// <summary>Phrases written with capitals on every word (titles of Acts and the like).</summary>
    private static readonly string[] Phrases = ["Local Government Act", "Local Government (Access to Information) Act", "Children Act", "Localism Act", "Equality Act", "Human Rights Act", "Data Protection Act", "Freedom of Information Act", "Policy and Performance Board", "Overview and Scrutiny", "Health and Wellbeing Board", "Medium Term Plan", "Medium Term Financial Strategy"];

    public static string Of(string heading) => Of(heading, null);

    /// <param name="names">Names as the council writes them (its wards' names, the capitalised words of the paper's
    /// own text), by their letters in any case: a place name in a title printed in capitals ("NEW SCHOOL IN CRICIETH")
    /// reads like any other word, and only what the council and the paper write elsewhere tells it is a name.</param>
    public static string Of(string heading, IReadOnlyDictionary<string, string>? names)
    {
        var text = heading.Trim();
        if (text.Length == 0) return text;
        // In a heading written in capitals, capitals tell nothing; in a mixed-case one, a word all in capitals is an acronym.
        var allCapitals = CleanText.IsCapitals(text);
        // A heading in mixed case is kept as the paper wrote it, with a capital to start.
        if (!allCapitals) return Capitalise(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) result.Append(' ');
            result.Append(Word(words[i], first: i == FirstWord(words), allCapitals, names));
        }
        var sentence = result.ToString();
        // The paper's own names of more than one word ("Public Conveniences Task Group"), then Acts and the like.
        foreach (var phrase in (names?.Keys.Where(k => k.Contains(' ')).Select(k => names[k]) ?? []).Concat(Phrases))
        {
            var at = sentence.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            var whole = at >= 0 && (at == 0 || !char.IsLetter(sentence[at - 1])) && (at + phrase.Length == sentence.Length || !char.IsLetter(sentence[at + phrase.Length]));
            if (whole) sentence = sentence[..at] + phrase + sentence[(at + phrase.Length)..];
        }
        return sentence;
    }

    /// <summary>The first word, a heading's number aside: "3." before "RECOMMENDATIONS" is not the word to capitalise.</summary>
    private static int FirstWord(string[] words) => Math.Max(0, Array.FindIndex(words, w => w.Any(char.IsLetter) || !SectionNumber().IsMatch(w)));

    /// <summary>A heading's number ("3.", "1.0", "(a)"), not a word of its title as "2012/14" is.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z0-9]{1,3}\))$")]
    private static partial System.Text.RegularExpressions.Regex SectionNumber();

    private static string Capitalise(string text)
    {
        // "2012/13 and 2013/14 Capital Programme": the title starts with its year, not with "and".
        if (text.Split(' ')[0] is var lead && !lead.Any(char.IsLetter) && !SectionNumber().IsMatch(lead)) return text;
        var at = text.IndexOf(text.FirstOrDefault(char.IsLetter));
        return at < 0 || char.IsUpper(text[at]) ? text : text[..at] + char.ToUpperInvariant(text[at]) + text[(at + 1)..];
    }

    private static string Word(string word, bool first, bool allCapitals, IReadOnlyDictionary<string, string>? names)
    {
        // Keep the punctuation around the word: "(including", "Unions)".
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start])) start++;
        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]) && word[end - 1] is not '\'' and not '\u2019') end--;
        if (start >= end) return word;
        var core = word[start..end];
        string written;
        if (Proper.TryGetValue(core, out var proper)) written = proper;
        else if (names is not null && names.TryGetValue(core, out var name)) written = name;
        else if (core.Any(char.IsDigit)) written = core;
        else if (!allCapitals && core.Length > 1 && core.Where(char.IsLetter).All(char.IsUpper)) written = core;
        else if (allCapitals && core.Length is 2 or 3 or 4 && !core.Any(c => "AEIOUYaeiouy".Contains(c))) written = core; // PPB, CYPF: no vowel, not a word
        else if (!allCapitals && !first && char.IsUpper(core[0]) && core.Skip(1).Any(char.IsUpper)) written = core; // "DfE", "McDonald"
        else written = core.ToLowerInvariant();
        if (first && written.Length > 0) written = char.ToUpperInvariant(written[0]) + written[1..];
        return word[..start] + written + word[end..];
    }

    /// <summary>
    /// The names a council and a paper write with a capital, by their letters in any case: every word of the site's ward
    /// names (its places; not its boards', whose words are ordinary ones: Planning, Housing), and each word the paper's text writes capitalised (not in capitals) but never in lower case, and
    /// not only where a sentence or line starts.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Names(IEnumerable<string> councilNames, IEnumerable<string> text, string? title = null)
    {
        // The text naming the paper by its own title ("approve the Play Area Improvement Programme") tells nothing of its words.
        if (!string.IsNullOrWhiteSpace(title)) text = text.Select(l => l.Replace(title.Trim(), " ", StringComparison.OrdinalIgnoreCase));
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in councilNames.SelectMany(n => Words().Matches(n)).Select(m => m.Value))
        {
            if (char.IsUpper(word[0]) && !Proper.ContainsKey(word)) names.TryAdd(word, word);
        }
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text)
        {
            foreach (System.Text.RegularExpressions.Match match in Words().Matches(line))
            {
                var word = match.Value;
                if (char.IsLower(word[0])) lower.Add(word.ToLowerInvariant());
                // Mid-sentence only: a capital after a full stop, or at a line's start, is the sentence's.
                else if (match.Index > 0 && word.Skip(1).Any(char.IsLower) && !line[..match.Index].TrimEnd().EndsWith('.')) capitalised.TryAdd(word, word);
            }
        }
        foreach (var (key, word) in capitalised)
        {
            if (!lower.Contains(key.ToLowerInvariant())) names.TryAdd(key, word);
        }
        // A name of several words, each with a capital, written so mid-sentence: "the Public Conveniences Task Group has met";
        // not one the text also writes in lower case ("a Play Area" and "the play area").
        var all = string.Join("\n", text);
        foreach (var line in text)
        {
            foreach (System.Text.RegularExpressions.Match run in Name().Matches(line))
            {
                if (run.Index > 0 && !names.ContainsKey(run.Value) && !line[..run.Index].TrimEnd().EndsWith('.') && !run.Value.Split(' ').All(Proper.ContainsKey) && !all.Contains(run.Value.ToLowerInvariant(), StringComparison.Ordinal)) names.TryAdd(run.Value, run.Value);
            }
        }
        return names;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)+(?![\p{L}'’-])")]
    private static partial System.Text.RegularExpressions.Regex Name();

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*")]
    private static partial System.Text.RegularExpressions.Regex Words();
}
