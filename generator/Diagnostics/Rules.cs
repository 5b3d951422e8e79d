namespace Committee.Diagnostics;

/// <summary>
/// Every rule the validator knows, in one catalogue. The wording is for authors, not developers:
/// it names the paper's parts (front matter, section, paragraph, ward) and says what to do next.
/// Each rule is pinned by a test row that triggers it and one that must not.
/// </summary>
public static class Rules
{
    // The file itself
    public static readonly Rule NotText = new("not-text", Severity.Error, "file",
        "The file is not readable text.",
        "This file is not plain text ({0}). Save the paper as a UTF-8 text (Markdown) file.");
    public static readonly Rule NotAReport = new("not-a-report", Severity.Warning, "file",
        "A file in the reports folder is not a Markdown report.",
        "This file is not a report (reports are Markdown files ending in .md), so it is not published. Convert it to a Markdown report, or move it out of content/reports/.");
    public static readonly Rule HiddenFile = new("hidden-file", Severity.Warning, "file",
        "A file or folder in the reports folder is hidden (its name starts with a dot).",
        "'{0}' starts with a dot, so most tools hide it and it is not published. If it is a paper, rename it without the dot; if not, move it out of content/reports/.");
    public static readonly Rule NotAFile = new("not-a-file", Severity.Warning, "file",
        "Something in the reports folder is not an ordinary file.",
        "This is {0}, not an ordinary file, so it is not read or published. Put the paper itself in content/reports/.");
    public static readonly Rule LinkOutside = new("link-outside-content", Severity.Error, "file",
        "A symbolic link in the reports folder leads outside the content folder.",
        "This is a link to '{0}', outside the content folder. Links out of content/ are never followed, so that no file from elsewhere on the machine is published: copy the paper into content/reports/ instead.");
    public static readonly Rule TooLarge = new("file-too-large", Severity.Error, "file",
        "The file is too large to be a paper.",
        "This file is {0:N0} bytes; a paper must be under {1:N0} bytes. Put large tables or data in an appendix published separately.");
    public static readonly Rule AttachmentMissing = new("attachment-missing", Severity.Error, "file",
        "The paper links to or lists an attachment that is not in its folder.",
        "'{0}' is not in the paper's folder {1}/, so the link or entry would lead nowhere. Put the file there, or correct the name.");
    public static readonly Rule AttachmentTooLarge = new("attachment-too-large", Severity.Error, "file",
        "An attachment is larger than the site allows.",
        "This attachment is {0:N0} bytes; attachments must be at most {1} MB. Make it smaller (split it, or compress its images), or raise attachment_limit_mb in site-src/site.yml.");
    public static readonly Rule AttachmentType = new("attachment-type", Severity.Warning, "file",
        "A file in a paper's folder is of a type that is not published.",
        "This file is not published: attachments must be PDF, Word (.docx), Excel (.xlsx), CSV, PNG, JPEG or SVG files. Save it as one of those, or move it out of content/reports/.");
    public static readonly Rule AttachmentActive = new("attachment-active", Severity.Error, "file",
        "An SVG attachment contains script or other active content.",
        "This SVG contains '{0}', which could run script on the council's site when the image is opened. Export the drawing again without scripts, links or embedded content, or publish it as a PNG.");
    public static readonly Rule TooDeep = new("nesting-too-deep", Severity.Error, "file",
        "Lists, quotes, emphasis or links are nested too deeply.",
        "Lists, quotes, emphasis or links are nested more than {0} levels deep here. A paper never needs this: check for stray '>', '*', '_' or '[', or indentation.");
    public static readonly Rule ControlCharacterInText = new("control-character-in-text", Severity.Error, "file",
        "The paper's text contains an invisible control character.",
        "The paper contains an invisible control character ({0}) here, which cannot be published. Delete it: such characters are left by copying text from another program.");

    // Front matter
    public static readonly Rule FrontMatterMissing = new("front-matter-missing", Severity.Error, "front-matter",
        "The paper does not start with front matter.",
        "The paper must start with its details (front matter) between two lines of three dashes (---).");
    public static readonly Rule FrontMatterUnclosed = new("front-matter-unclosed", Severity.Error, "front-matter",
        "The front matter has no closing --- line.",
        "The paper's details (front matter) start with --- on line 1 but there is no closing --- line.");
    public static readonly Rule FrontMatterYaml = new("front-matter-yaml", Severity.Error, "front-matter",
        "The front matter is not valid YAML.",
        "The paper's details (front matter) could not be read: {0}");
    public static readonly Rule FrontMatterShape = new("front-matter-shape", Severity.Error, "front-matter",
        "The front matter is not a list of 'field: value' lines.",
        "The paper's details (front matter) must be 'field: value' lines, such as 'title: Budget monitoring'.");
    public static readonly Rule FrontMatterAlias = new("front-matter-alias", Severity.Error, "front-matter",
        "The front matter uses YAML anchors or aliases.",
        "The front matter uses a YAML anchor or alias ({0}); write each value out in full.");
    public static readonly Rule FieldRequired = new("field-required", Severity.Error, "front-matter",
        "A required front matter field is missing.",
        "The paper has no '{0}' ({1}).");
    public static readonly Rule FieldUnknown = new("field-unknown", Severity.Error, "front-matter",
        "The front matter has a field the format does not know.",
        "'{0}' is not a field a paper can have.");
    public static readonly Rule FieldDuplicate = new("field-duplicate", Severity.Error, "front-matter",
        "A front matter field is given twice.",
        "'{0}' is given more than once; keep one.");
    public static readonly Rule FieldType = new("field-type", Severity.Error, "front-matter",
        "A front matter field has the wrong kind of value.",
        "'{0}' must be {1}.");
    public static readonly Rule DateFormat = new("date-format", Severity.Error, "front-matter",
        "A date is not written as yyyy-mm-dd.",
        "The {1} '{0}' must be written as year-month-day, like 2024-07-15.");
    public static readonly Rule DateOutOfRange = new("date-out-of-range", Severity.Error, "front-matter",
        "A date or period is outside the years a paper can have.",
        "The {0} {1} is not between {2} and {3}: check the year.");
    public static readonly Rule DateInvalid = new("date-invalid", Severity.Error, "front-matter",
        "A date does not exist.",
        "The {1} {0} does not exist in the calendar.");
    public static readonly Rule BoardUnknown = new("board-unknown", Severity.Error, "front-matter",
        "The board is not one of the configured boards.",
        "There is no board '{0}'. Boards are the files in content/boards/.");
    public static readonly Rule WardUnknown = new("ward-unknown", Severity.Error, "front-matter",
        "A ward is not one of the wards in the site settings.",
        "There is no ward '{0}'. Wards are listed in site-src/site.yml; write 'all' for a borough-wide paper.");
    public static readonly Rule WardsEmpty = new("wards-empty", Severity.Error, "front-matter",
        "The wards list is empty.",
        "The paper names no wards. List the wards it affects, or write 'wards: all' for a borough-wide paper.");
    public static readonly Rule TypeUnknown = new("type-unknown", Severity.Error, "front-matter",
        "The report type is not one of the configured types.",
        "There is no report type '{0}'. Report types are the files in content/types/.");
    public static readonly Rule PeriodFormat = new("period-format", Severity.Error, "front-matter",
        "The period is not written as a financial year and quarter.",
        "The period '{0}' must be a financial year and quarter, like '2011/12 Q2'.");
    public static readonly Rule PeriodAfterMeeting = new("period-after-meeting", Severity.Error, "front-matter",
        "The reporting period ends after the meeting.",
        "The period {0} ends on {1:d MMMM yyyy}, after the meeting on {2:d MMMM yyyy}; a report can only cover a period that has ended.");
    public static readonly Rule FieldValue = new("field-value", Severity.Error, "front-matter",
        "A front matter field has a value it cannot take.",
        "'{0}' cannot be '{1}'; it must be {2}.");
    public static readonly Rule FieldEmpty = new("field-empty", Severity.Error, "front-matter",
        "A front matter field that decides whether a paper is published is given but empty.",
        "'{0}' is given but empty; it must be {1}.");
    public static readonly Rule ControlCharacter = new("control-character", Severity.Warning, "front-matter",
        "A front matter value contains an invisible control or text-direction character.",
        "'{0}' contains an invisible control or text-direction character ({1}), which can scramble how the page reads. It is left out of the published page; delete it from the paper.");
    public static readonly Rule PlaceholderLeft = new("placeholder-left", Severity.Error, "front-matter",
        "A final paper still has a 'TO DO:' value from its template.",
        "'{0}' still says '{1}'. Fill it in before the paper is final: it would be published as it is.");
    public static readonly Rule ExemptParagraphMissing = new("exempt-paragraph-missing", Severity.Error, "front-matter",
        "An exempt paper does not say which paragraph of Schedule 12A applies.",
        "The paper is exempt but has no 'exempt_paragraph': say which paragraph (1 to 7) of Part 1 of Schedule 12A to the Local Government Act 1972 makes it exempt.");
    // An error, not a warning: an officer who wrote the paragraph meant the paper to be exempt, and a warning let it be published.
    public static readonly Rule ExemptParagraphOnPublic = new("exempt-paragraph-on-public", Severity.Error, "front-matter",
        "A paper not marked exempt gives an exempt paragraph.",
        "The paper gives 'exempt_paragraph' but is not marked exempt. It will not be published until you add 'access: exempt', or remove 'exempt_paragraph' if the paper is public.");
    public static readonly Rule SlugFormat = new("slug-format", Severity.Error, "front-matter",
        "The slug is not lower-case words joined by hyphens.",
        "The slug '{0}' must be lower-case letters, digits and hyphens, like 'school-places-2024'.");

    // Sections
    public static readonly Rule SectionMissing = new("section-missing", Severity.Error, "sections",
        "A section the report type requires is missing.",
        "The section '{0}' is missing. A {1} needs it{2}.");
    public static readonly Rule SectionOrder = new("section-order", Severity.Error, "sections",
        "A required section is out of order.",
        "The section '{0}' should come before '{1}'.");
    public static readonly Rule SectionDuplicate = new("section-duplicate", Severity.Error, "sections",
        "A section appears twice.",
        "The section '{0}' appears twice (first on line {1}). Merge the two.");
    public static readonly Rule SectionEmpty = new("section-empty", Severity.Error, "sections",
        "A section has no text.",
        "The section '{0}' is empty. Write its text, or 'Not applicable' if nothing applies.");
    public static readonly Rule SectionUnknown = new("section-unknown", Severity.Warning, "sections",
        "A section is not one the report type lists.",
        "'{0}' is not a section of a {1}. Make it a sub-heading (###) inside a section, or check its title.");
    public static readonly Rule ContentBeforeSections = new("content-before-sections", Severity.Warning, "sections",
        "Text comes before the first section.",
        "This text comes before the first section heading, so it belongs to no section. Put it in a section, or in 'summary' in the front matter.");

    // Numbering
    public static readonly Rule SectionNumberSequence = new("section-number-sequence", Severity.Warning, "numbering",
        "Section numbers are out of sequence.",
        "The section is numbered {0}, but the one before it was {1}; expected {2}.");
    public static readonly Rule SectionNumberMissing = new("section-number-missing", Severity.Warning, "numbering",
        "A section of a numbered report type has no number.",
        "The section '{0}' has no number; the other sections of a {1} are numbered, so write '## {2} {0}'.");
    public static readonly Rule HeadingNumberAfterTitle = new("heading-number-after-title", Severity.Warning, "numbering",
        "A heading's number comes after its title.",
        "The number {0} comes after the title; put it first: '## {0} {1}'.");
    public static readonly Rule ParagraphNumberRepeated = new("paragraph-number-repeated", Severity.Warning, "numbering",
        "A paragraph number is used twice.",
        "Paragraph {0} is numbered the same as the paragraph on line {1}.");
    public static readonly Rule ParagraphNumberOrder = new("paragraph-number-order", Severity.Warning, "numbering",
        "A paragraph number is out of order.",
        "Paragraph {0} follows paragraph {1}; expected {2}.");
    public static readonly Rule ParagraphNumberSection = new("paragraph-number-section", Severity.Warning, "numbering",
        "A paragraph's number belongs to another section.",
        "Paragraph {0} is in section {1}; its number should start with {2}.");

    // Content
    public static readonly Rule RawHtml = new("raw-html", Severity.Error, "content",
        "The paper contains raw HTML.",
        "The paper contains HTML ({0}). Papers are published to the public, so only Markdown is allowed: use Markdown for emphasis, lists, tables and links.");
    public static readonly Rule CommentUnclosed = new("comment-unclosed", Severity.Error, "content",
        "A note to authors (an HTML comment) has no closing -->.",
        "A note to authors starts here with '<!--' but never ends with '-->', so it would be published as text or hide the rest of the paper. End the note with '-->', or delete it.");
    public static readonly Rule UnsafeLink = new("unsafe-link", Severity.Error, "content",
        "A link runs script or embeds data.",
        "The link '{0}' is not allowed in a public paper: link only to web pages (https://...) or email addresses (mailto:).");
    public static readonly Rule PrivateLink = new("private-link", Severity.Warning, "content",
        "A link points to a host the public cannot reach.",
        "The link '{0}' points to '{1}', which the public cannot reach (an intranet or local address).");
    public static readonly Rule QuarterMismatch = new("quarter-mismatch", Severity.Warning, "content",
        "The text names a different quarter from the paper's period.",
        "The text says '{0}', but the paper's period is {1} (the {2} quarter).");
    public static readonly Rule TooManyLinks = new("too-many-links", Severity.Error, "content",
        "The paper has more links than any paper needs.",
        "The paper has more than {0:N0} links, the most a paper can have; this is the first past that. Put a long list of links in an appendix published separately.");
    public static readonly Rule TableTooWide = new("table-too-wide", Severity.Error, "content",
        "A table has more columns than a page can show.",
        "This line has {0:N0} '|' column separators; a table can have at most {1} columns. Put a wide table in an appendix published separately.");

    // Meetings (content/meetings/<board>/<yyyy-mm-dd>.md)
    public static readonly Rule MeetingFile = new("meeting-file", Severity.Error, "meetings",
        "A meeting file cannot be read as the format describes.",
        "{0}");
    public static readonly Rule AgendaPaperUnknown = new("agenda-paper-unknown", Severity.Error, "meetings",
        "An agenda item names a paper that does not exist for that board and date.",
        "The agenda names the paper '{0}', but the {1} has no paper with that name on {2}. Check the spelling against the paper's file name (or its 'slug'), and that the paper's board and date match this meeting.");
    public static readonly Rule AgendaItemDuplicate = new("agenda-item-duplicate", Severity.Error, "meetings",
        "Two agenda items have the same number, or the same paper is on the agenda twice.",
        "{0} is on the agenda more than once (first on line {1}). Give each item its own number, and list each paper once.");
    public static readonly Rule Part2NotExempt = new("part2-not-exempt", Severity.Error, "meetings",
        "A Part 2 item is not an exempt paper.",
        "Only exempt papers can be taken in Part 2, after the exclusion of the press and public; {0}. Move the item above the '## Part 2' heading, or mark the paper 'access: exempt' with its exemption paragraph.");
    public static readonly Rule MinutesInFuture = new("minutes-in-future", Severity.Error, "meetings",
        "A meeting dated after the build date has minutes.",
        "This meeting is on {0}, after today ({1}), but it already has minutes. Minutes are added once the meeting has been held: remove them, or correct the date in the file name.");
    public static readonly Rule MeetingDetailsMissing = new("meeting-details-missing", Severity.Warning, "meetings",
        "A scheduled meeting has no time or no venue.",
        "This scheduled meeting has no {0}, so the public cannot tell when or where to attend. Add '{1}' to the meeting's details.");
    public static readonly Rule MeetingCancelledWithPapers = new("meeting-cancelled-with-papers", Severity.Warning, "meetings",
        "A cancelled or postponed meeting has papers.",
        "This meeting is {0}, but {1} paper(s) are dated for it. Move the papers to the date they will now be considered (with their old address under 'aliases'), mark them 'status: deferred' or 'status: withdrawn', or check the meeting's status.");
    public static readonly Rule PaperNotOnAgenda = new("paper-not-on-agenda", Severity.Warning, "meetings",
        "A paper of a meeting is not on the meeting's agenda.",
        "The paper '{0}' is dated for this meeting but is not on its agenda. Add it to the agenda as [[{0}]] (under '## Part 2' if it is exempt), or correct the paper's date.");

    public static readonly Rule StatusReasonMissing = new("status-reason-missing", Severity.Warning, "meetings",
        "A withdrawn or deferred paper does not say why.",
        "The paper is {0}, but does not say why: its page will only say that it is {0}. Add 'status_reason:' with a sentence for the public, such as 'Deferred to the meeting on 13 February 2025 to await the outcome of the consultation.'");
    public static readonly Rule LatePublication = new("late-publication", Severity.Warning, "meetings",
        "An agenda or paper was published fewer than five clear working days before the meeting.",
        "{0} was published on {1}, {2} clear working day(s) before the meeting on {3}; section 100B of the Local Government Act 1972 asks for five. It should have gone out by {4}. If the chair agreed to take a late paper as urgent, mark it 'supplementary: true'.");
    // Performance indicators (content/indicators/ and the indicator tables of papers)
    public static readonly Rule IndicatorUnknown = new("indicator-unknown", Severity.Warning, "indicators",
        "An indicator table names an indicator that is not in the catalogue.",
        "'{0}' is not an indicator in the catalogue (content/indicators/), so its figures are not followed from quarter to quarter. Write the indicator's name or id as the catalogue gives it, or add the indicator to the catalogue.");
    public static readonly Rule IndicatorValue = new("indicator-value", Severity.Warning, "indicators",
        "A value in an indicator table cannot be read.",
        "The {0} of '{1}' is written '{2}', which is not {3}. Correct it, or write n/a where there is no figure.");
    public static readonly Rule IndicatorStatusContradicts = new("indicator-status-contradicts", Severity.Warning, "indicators",
        "An indicator's red, amber or green status does not agree with its figures.",
        "'{0}' is marked {1}, but its actual ({2}) against its target ({3}) {4}. Check the figures, or change the status to {5}.");
    public static readonly Rule IndicatorReportedTwice = new("indicator-reported-twice", Severity.Error, "indicators",
        "A paper reports the same indicator twice with different figures.",
        "'{0}' is reported twice in this paper with different figures: here {1} against a target of {2}, and on line {3} {4} against {5}. Keep one row, or correct the figures.");
    public static readonly Rule IndicatorUnit = new("indicator-unit", Severity.Warning, "indicators",
        "An indicator's value is in a different unit from the catalogue's.",
        "'{0}' is measured in {1} (its catalogue file says so), but its {2} is written '{3}', in {4}. Write it in {1}, or correct the unit in {5}.");
    public static readonly Rule IndicatorDirectionContradicts = new("indicator-direction-contradicts", Severity.Warning, "indicators",
        "A direction of travel does not agree with the previous quarter's figure in the archive.",
        "'{0}' is marked {1}, but its figure went from {2} in {3} ({4}) to {5}, which is {6} for this indicator. Check the figures, or change the direction of travel to {6}.");

    // The whole archive, and the settings
    public static readonly Rule UrlCollision = new("url-collision", Severity.Error, "archive",
        "Two papers would be published at the same address.",
        "This paper would be published at {0}, the same address as {1}.");
    public static readonly Rule AliasCollision = new("alias-collision", Severity.Error, "archive",
        "An old address given in 'aliases' is the address of a page, or another paper's old address.",
        "The old address /{0} is {1}, so it cannot redirect to this paper. Remove it from 'aliases', or correct it.");
    public static readonly Rule BoardWithoutReports = new("board-without-reports", Severity.Warning, "archive",
        "A board has no papers.",
        "The board '{0}' has no papers. Remove its file if the board no longer meets.");
    public static readonly Rule Settings = new("settings", Severity.Error, "settings",
        "A settings, board or report type file has a problem.",
        "{0}");
    public static readonly Rule SettingRequired = new("setting-required", Severity.Error, "settings",
        "A settings, board or report type file lacks a required value.",
        "'{0}' is missing: {1}.");
    public static readonly Rule SettingsYaml = new("settings-yaml", Severity.Error, "settings",
        "A settings, board or report type file is not valid YAML.",
        "{0} could not be read: {1}");
    public static readonly Rule IdFormat = new("id-format", Severity.Error, "settings",
        "A ward id or a board's file name is not lower-case words joined by hyphens.",
        "{0} cannot be used: ids make the site's addresses, so they may hold only lower-case letters (a to z), digits and single hyphens between them, like '{1}'.");
    public static readonly Rule PathNotFound = new("path-not-found", Severity.Error, "file",
        "A file or folder named on the command line does not exist.",
        "There is no file or folder '{0}'.");

    /// <summary>Every rule, for SARIF's rule table and the README.</summary>
    public static IReadOnlyList<Rule> All { get; } = typeof(Rules)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .ToArray();
}
