using System.CommandLine;
using Committee.Diagnostics;
using Committee.Import;
using Committee.Pipeline;
using Committee.Read;

namespace Committee.Cli;

/// <summary>
/// <c>committee import FILE…</c>: turns old papers (plain text, Word, PDF) into reports, one per paper,
/// never over an existing file, then validates what it wrote.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CommandConsole console)
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("files") { Description = "Old papers to import (.txt, .md, .docx, .pdf), or folders of them", Arity = ArgumentArity.OneOrMore };
        var board = new Option<string?>("--board") { Description = "The board id for every paper, whatever its cover says (a file name in content/boards/)" };
        var type = new Option<string?>("--type") { Description = "The report type id for every paper, instead of the one its headings suggest" };
        var output = new Option<string?>("--out") { Description = "Write the reports under this folder (as <board>/<date>-<title>.md) instead of content/reports" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be written, and what validate would say, without writing anything" };
        var date = new Option<string?>("--date") { Description = "The meeting date of the one paper imported (YYYY-MM-DD or as printed), whatever its cover says" };
        var title = new Option<string?>("--title") { Description = "The title of the one paper imported, whatever its cover says" };
        var officer = new Option<string?>("--officer") { Description = "The reporting officer of the one paper imported" };
        var wards = new Option<string?>("--wards") { Description = "The wards of the one paper imported: 'all', or ward names or ids separated by commas" };
        var item = new Option<int?>("--item") { Description = "The agenda item number of the one paper imported" };
        var manifest = new Option<string?>("--manifest") { Description = "A CSV file, one paper a row: file,board,date,title[,item,officer,wards] (from the committee system's listings); its facts win over the papers' text" };
        var report = new Option<string?>("--report") { Description = "Also write what happened to each paper to this CSV file (imported, needs attention, not imported, with reasons)" };
        var exemptParagraph = new Option<int?>("--exempt-paragraph") { Description = "For papers marked exempt: the paragraph (1 to 7) of Part 1 of Schedule 12A that applies" };
        exemptParagraph.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } n && n is < 1 or > 7) result.AddError($"--exempt-paragraph {n}: Schedule 12A, Part 1 has paragraphs 1 to 7.");
        });

        var command = new Command("import", "Import old papers (plain text, Word or PDF) as reports, then validate them.");
        command.Arguments.Add(files);
        common.AddTo(command, withOutput: false);
        command.Options.Add(board);
        command.Options.Add(type);
        command.Options.Add(output);
        command.Options.Add(dryRun);
        command.Options.Add(exemptParagraph);
        foreach (var option in new Option[] { date, title, officer, wards, item, manifest, report }) command.Options.Add(option);
        command.SetAction(result =>
        {
            var options = common.Read(result, console.WorkingDirectory);
            if (CommonOptions.MissingFolder(options) is { } missing) return ValidateCommand.Usage(console, missing);

            var inputs = new List<string>();
            foreach (var path in result.GetValue(files) ?? [])
            {
                var full = Path.GetFullPath(path, console.WorkingDirectory);
                if (File.Exists(full)) inputs.Add(full);
                else if (Directory.Exists(full))
                {
                    inputs.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                        // A folder's own README is about the folder, not a paper.
                        .Where(f => ReadSource.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith('.')
                            && !Path.GetFileNameWithoutExtension(f).Equals("README", StringComparison.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal));
                }
                else if (path.StartsWith('-')) return ValidateCommand.Usage(console, $"Unrecognized option '{path}'. Run 'committee import --help' to see the options.");
                else return ValidateCommand.Usage(console, $"There is no file or folder '{path}' to import.");
            }
            if (inputs.Count == 0) return ValidateCommand.Usage(console, "The folders given hold no papers to import (.txt, .md, .docx or .pdf files).");

            var (site, _) = ReadSite.From(options.ContentDirectory, options.SiteDirectory, p => PathDisplay.Relative(p, options.WorkingDirectory));
            var boardId = result.GetValue(board);
            if (boardId is not null && !site.Boards.ContainsKey(boardId))
            {
                return ValidateCommand.Usage(console, $"--board '{boardId}' is not one of the boards in content/boards/ ({string.Join(", ", site.Boards.Keys.Order(StringComparer.Ordinal))}).");
            }
            var typeId = result.GetValue(type);
            if (typeId is not null && !site.Types.ContainsKey(typeId))
            {
                return ValidateCommand.Usage(console, $"--type '{typeId}' is not one of the report types in content/types/ ({string.Join(", ", site.Types.Keys.Order(StringComparer.Ordinal))}).");
            }

            var today = DateOnly.FromDateTime(DateTime.Today);
            var (labels, labelsProblem) = ReadImportSettings.From(options.SiteDirectory);
            if (labelsProblem is not null) return ValidateCommand.Usage(console, labelsProblem);
            var given = Given(result, date, title, officer, wards, item, today, out var givenProblem);
            if (givenProblem is not null) return ValidateCommand.Usage(console, givenProblem);
            if (given is not null && inputs.Count > 1) return ValidateCommand.Usage(console, $"--date, --title, --officer, --wards and --item describe one paper, but {inputs.Count} were given. For a folder, list each paper's facts in a --manifest CSV file.");
            var papers = new Dictionary<string, PaperFacts>();
            if (result.GetValue(manifest) is { } manifestPath)
            {
                var full = Path.GetFullPath(manifestPath, console.WorkingDirectory);
                if (!File.Exists(full)) return ValidateCommand.Usage(console, $"There is no manifest file '{manifestPath}'.");
                var (rows, problems) = ReadManifest.From(full, manifestPath, site, today);
                if (problems.Count > 0) return ValidateCommand.Usage(console, string.Join("\n", problems));
                papers = rows;
            }

            var importOptions = new ImportOptions
            {
                ReportsDirectory = result.GetValue(output) is { } outDir ? Path.GetFullPath(outDir, console.WorkingDirectory) : Path.Combine(options.ContentDirectory, "reports"),
                Board = boardId,
                Type = typeId,
                DryRun = result.GetValue(dryRun),
                ExemptParagraph = result.GetValue(exemptParagraph),
                Labels = labels,
                Given = given,
                Manifest = papers,
                Today = today,
                // Only a person at a terminal can be asked; CI and pipes get a message instead of a guess.
                Ask = console.IsTerminal && !Console.IsInputRedirected ? question => { console.Out.Write(question); return Console.ReadLine(); } : null,
            };
            var planned = new Dictionary<string, string>(StringComparer.Ordinal);
            var results = inputs
                .Select(input => ImportReport.Run(input, PathDisplay.Relative(input, console.WorkingDirectory), site, importOptions, planned))
                .ToList();
            var checkedResults = ValidateImported.Run(site, options, results)
                .Select(r => r.TargetDisplay is null && r.Target is not null ? r with { TargetDisplay = PathDisplay.Relative(r.Target, console.WorkingDirectory) } : r)
                .ToList();
            ImportSummary.Write(checkedResults, importOptions.DryRun, console.Out, console.Error, console.IsTerminal, ValidateCommand.SourceLines(console.WorkingDirectory));
            if (result.GetValue(report) is { } reportPath)
            {
                var full = Path.GetFullPath(reportPath, console.WorkingDirectory);
                try
                {
                    File.WriteAllText(full, ImportSummary.Csv(checkedResults));
                    console.Out.WriteLine($"What happened to each paper is in {reportPath}.");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"committee: the import report {reportPath} could not be written: {e.Message}");
                    return (int)ExitCode.UsageOrIo;
                }
            }
            return (int)(checkedResults.Any(r => r.HasErrors) ? ExitCode.ErrorsFound : ExitCode.Success);
        });
        return command;
    }

    /// <summary>The facts given for one paper on the command line, or null when none was.</summary>
    private static PaperFacts? Given(ParseResult result, Option<string?> date, Option<string?> title, Option<string?> officer, Option<string?> wards, Option<int?> item, DateOnly today, out string? problem)
    {
        problem = null;
        var dateText = result.GetValue(date);
        DateOnly? meeting = null;
        if (dateText is not null && (meeting = ReadMeetingDate.Read(dateText, today)) is null)
        {
            problem = $"--date '{dateText}' is not a date such as 2024-11-12 or \"12 November 2024\".";
            return null;
        }
        var facts = new PaperFacts { Date = meeting, Title = result.GetValue(title), Officer = result.GetValue(officer), Wards = result.GetValue(wards), Item = result.GetValue(item) };
        return facts == new PaperFacts() ? null : facts;
    }
}
