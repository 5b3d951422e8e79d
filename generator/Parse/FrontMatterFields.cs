using System.Collections.Frozen;

namespace Committee.Parse;

/// <summary>The front matter fields of the content format, with what each means to an author.</summary>
public static class FrontMatterFields
{
    public static readonly FrozenDictionary<string, string> Meanings = new Dictionary<string, string>
    {
        ["title"] = "the paper's title",
        ["board"] = "the id of the board or committee the paper goes to",
        ["date"] = "the meeting date, written yyyy-mm-dd",
        ["published"] = "the day the paper was published (when it went out after the agenda, say), written yyyy-mm-dd; else its meeting's agenda date, or the day it first appeared in Git",
        ["officer"] = "the reporting officer",
        ["wards"] = "the wards the paper affects, or 'all'",
        ["type"] = "the report type; the board's usual type when left out",
        ["period"] = "the financial year and quarter the paper covers, such as '2011/12 Q2'",
        ["portfolio"] = "the portfolio the paper falls under",
        ["contact"] = "the contact officer",
        ["summary"] = "a sentence or two saying what the paper is about",
        ["slug"] = "the last part of the paper's web address",
        ["item"] = "the agenda item number, such as 7 or 7a",
        ["status"] = "'final', 'draft', 'withdrawn' or 'deferred'",
        ["status_reason"] = "why the paper was withdrawn or deferred",
        ["supplementary"] = "true for a late paper, published after the agenda and taken as urgent",
        ["aliases"] = "the paper's old web addresses, which will redirect to its page",
        ["access"] = "'public' or 'exempt'",
        ["exempt_paragraph"] = "the paragraph (1 to 7) of Part 1 of Schedule 12A that makes the paper exempt",
        ["attachments"] = "titles for the files in the paper's folder, and which of them are exempt",
    }.ToFrozenDictionary();

    public static readonly IReadOnlyList<string> Required = ["title", "board", "date", "officer", "wards"];

    public static IEnumerable<string> Known => Meanings.Keys;
}
