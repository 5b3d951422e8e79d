using Committee.Tests.Support;

namespace Committee.Tests.Import;

/// <summary>Test sites for the import: the demo boards, or only the seed papers' fixture boards.</summary>
internal static class ImportSite
{
    public static string FixtureBoards { get; } = Path.Combine(TestSite.RepoRoot, "tests", "Committee.Tests", "Fixtures", "Seeds", "boards");

    /// <summary>A site whose boards are the seed fixtures' boards (Halton's two PPBs and Central Bedfordshire's committee).</summary>
    public static TestSite WithSeedBoards()
    {
        var site = new TestSite();
        Directory.Delete(Path.Combine(site.Content, "boards"), recursive: true);
        // The demo's indicators name the demo's boards.
        Directory.Delete(Path.Combine(site.Content, "indicators"), recursive: true);
        foreach (var board in Directory.EnumerateFiles(FixtureBoards, "*.yml"))
        {
            site.Write(Path.Combine("content", "boards", Path.GetFileName(board)), File.ReadAllText(board));
        }
        return site;
    }

    /// <summary>Every file under content/reports, relative to it.</summary>
    public static List<string> Reports(TestSite site) =>
        [.. Directory.EnumerateFiles(Path.Combine(site.Content, "reports"), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Path.Combine(site.Content, "reports"), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static string Field(string text, string key) =>
        System.Text.RegularExpressions.Regex.Match(text, $"^{key}: \"?(?<value>.*?)\"?$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups["value"].Value;

    /// <summary>A small Policy and Performance Board paper as extracted text, for the demo's safer-ppb board: both kinds of list, a bold phrase, a tab-separated cover.</summary>
    public const string Synthetic = """
        REPORT TO:	Safer Policy & Performance Board
        DATE:	12th November 2024
        REPORTING OFFICER:	Strategic Director, Communities
        PORTFOLIO:	Community Safety
        SUBJECT:	Community Safety Performance for Quarter 2 2024/25
        WARDS:	Dockside and Harbour

        1.0 PURPOSE OF REPORT

        1.1 To report performance for the second quarter of 2024/25.

        2.0 RECOMMENDED: That the Board

        1) Note the report; and
        2) Ask for an update in March.

        3.0 SUPPORTING INFORMATION

        3.1 Most measures are **on target** this quarter.

        3.2 Two are not:

        - burglary in Dockside
        - fly-tipping in Harbour

        4.0 POLICY IMPLICATIONS

        4.1 There are no policy implications.

        5.0 OTHER IMPLICATIONS

        5.1 There are no other implications.

        6.0 IMPLICATIONS FOR THE COUNCIL'S PRIORITIES

        6.1 The measures support the priority for safer communities.

        7.0 RISK ANALYSIS

        7.1 Not applicable.

        8.0 EQUALITY AND DIVERSITY ISSUES

        8.1 Not applicable.

        9.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D OF THE LOCAL GOVERNMENT ACT 1972

        9.1 None under the meaning of the Act.
        """;

    /// <summary>What <see cref="Synthetic"/> must import to.</summary>
    public const string SyntheticReport = """
        ---
        title: "Community Safety Performance for Quarter 2 2024/25"
        board: safer-ppb
        date: 2024-11-12
        officer: "Strategic Director, Communities"
        portfolio: "Community Safety"
        wards: [dockside, harbour]
        period: "2024/25 Q2"
        ---

        ## 1.0 Purpose of report

        1.1 To report performance for the second quarter of 2024/25.

        ## 2.0 Recommended

        That the Board:

        1. Note the report; and
        2. Ask for an update in March.

        ## 3.0 Supporting information

        3.1 Most measures are **on target** this quarter.

        3.2 Two are not:

        - burglary in Dockside
        - fly-tipping in Harbour

        ## 4.0 Policy implications

        4.1 There are no policy implications.

        ## 5.0 Other implications

        5.1 There are no other implications.

        ## 6.0 Implications for the Council's priorities

        6.1 The measures support the priority for safer communities.

        ## 7.0 Risk analysis

        7.1 Not applicable.

        ## 8.0 Equality and diversity issues

        8.1 Not applicable.

        ## 9.0 List of background papers under section 100D of the Local Government Act 1972

        9.1 None under the meaning of the Act.

        """;

    public const string SyntheticTarget = "safer-ppb/2024-11-12-community-safety-performance-for-quarter-2-2024-25.md";
}
