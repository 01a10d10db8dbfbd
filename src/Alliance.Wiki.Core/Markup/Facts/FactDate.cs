using System.Globalization;
using System.Text.RegularExpressions;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>A date as front matter writes it: a year, a year and month, or a full date, in ISO order.</summary>
public readonly partial record struct FactDate(int Year, int? Month, int? Day)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public bool IsFullDate => Day is not null;

    public static bool TryParse(string? text, out FactDate date)
    {
        date = default;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12 || (day is int d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new FactDate(year, month, day);
        return true;
    }

    /// <summary>The ISO form, also the <c>datetime</c> of an HTML <c>&lt;time&gt;</c> (valid for all three precisions).</summary>
    public string Iso => Day is int d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is int m ? $"{Year:D4}-{m:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>As English prose writes it: "1 October 1953", "October 1953", "1953".</summary>
    public string English => Day is int d ? $"{d} {MonthNames[Month!.Value - 1]} {Year}" : Month is int m ? $"{MonthNames[m - 1]} {Year}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Orders dates: earlier first, a year before its months, a month before its days (yyyymmdd, zeros for what is unknown).</summary>
    public int SortKey => (Year * 100 + (Month ?? 0)) * 100 + (Day ?? 0);

    public override string ToString() => Iso;

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
