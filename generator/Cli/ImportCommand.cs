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

            var importOptions = new ImportOptions
            {
                ReportsDirectory = result.GetValue(output) is { } outDir ? Path.GetFullPath(outDir, console.WorkingDirectory) : Path.Combine(options.ContentDirectory, "reports"),
                Board = boardId,
                Type = typeId,
                DryRun = result.GetValue(dryRun),
                ExemptParagraph = result.GetValue(exemptParagraph),
                // Only a person at a terminal can be asked; CI and pipes get a message instead of a guess.
                Ask = console.IsTerminal && !Console.IsInputRedirected ? question => { console.Out.Write(question); return Console.ReadLine(); } : null,
            };
            var planned = new HashSet<string>(StringComparer.Ordinal);
            var results = inputs
                .Select(input => ImportReport.Run(input, PathDisplay.Relative(input, console.WorkingDirectory), site, importOptions, planned))
                .ToList();
            var checkedResults = ValidateImported.Run(site, options, results);
            ImportSummary.Write(checkedResults, importOptions.DryRun, console.Out, console.Error, console.IsTerminal, ValidateCommand.SourceLines(console.WorkingDirectory));
            return (int)(checkedResults.Any(r => r.HasErrors) ? ExitCode.ErrorsFound : ExitCode.Success);
        });
        return command;
    }
}
