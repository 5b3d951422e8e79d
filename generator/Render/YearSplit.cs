using Committee.Model;

namespace Committee.Render;

/// <summary>
/// A long listing split by the financial year of each paper's meeting (see <see cref="SitePages.SplitByYearAbove"/>):
/// the listing's own page shows the latest year, and each earlier year has a page in a folder of the listing's, named
/// like <c>2011-12/</c>.
/// </summary>
internal sealed class YearSplit
{
    private readonly Dictionary<int, ListedReports.Group> byYear;
    private readonly string url;

    /// <param name="url">The listing's own address, ending in '/'.</param>
    public YearSplit(ListedReports.Group papers, int startMonth, string url)
    {
        byYear = ListedReports.Split(papers, d => FinancialPeriod.Of(d.Report!.Date!.Value, startMonth).StartYear);
        this.url = url;
        Years = [.. byYear.Keys.OrderDescending()];
    }

    /// <summary>The years with papers, by the year they start in, newest first.</summary>
    public List<int> Years { get; }

    public int Latest => Years[0];

    public ListedReports.Group Of(int year) => byYear[year];

    /// <summary>Links to the pages of the years besides this one, newest first: the latest is the listing's own page.</summary>
    public List<NavLink> LinksBesides(int year) =>
        [.. Years.Where(y => y != year).Select(y => new NavLink(Title(y), y == Latest ? url : url + Folder(y)))];

    /// <summary>"2011/12".</summary>
    public static string Title(int year) => new FinancialPeriod(year, 1).Year;

    /// <summary>"2011-12/", the folder of an earlier year's page under the listing's.</summary>
    public static string Folder(int year) => $"{year}-{(year + 1) % 100:D2}/";
}
