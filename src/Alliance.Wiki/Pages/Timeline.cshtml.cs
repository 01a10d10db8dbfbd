using System.Globalization;
using Alliance.Wiki.Core.Chronology;
using Alliance.Wiki.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/timeline</c>: every dated event of the wiki in order, filtered by category and by a period of years.
/// A filter that cannot be read is named in a notice and left out, so the reader still gets a timeline.
/// </summary>
public sealed class TimelineModel(EventReader events, IStringLocalizer<InterfaceText> text) : PageModel
{
    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public TimelineFilter Filter { get; private set; } = TimelineFilter.All;

    public string? Problem { get; private set; }

    /// <summary>The decade an event falls in, as the timeline's headings name it: "1950s".</summary>
    public static string Decade(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return string.Create(CultureInfo.InvariantCulture, $"{e.Date.Year / 10 * 10}s");
    }

    public async Task OnGetAsync(string? category, string? from, string? to, CancellationToken cancellationToken)
    {
        var fromYear = Year(from, "From year");
        var toYear = Year(to, "To year");
        if (fromYear > toYear)
        {
            Problem = text["The period runs from {0} to {1}, which ends before it begins: the years are swapped.", fromYear, toYear];
            (fromYear, toYear) = (toYear, fromYear);
        }

        Filter = new TimelineFilter(string.IsNullOrWhiteSpace(category) ? null : category.Trim(), fromYear, toYear);
        Categories = await events.CategoriesAsync(cancellationToken);
        Events = await events.TimelineAsync(Filter, cancellationToken);
    }

    private int? Year(string? written, string field)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        if (int.TryParse(written.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return year;
        }

        Problem = text["“{0}” is not a year, so the “{1}” filter is left out: write a year such as 1953.", written, text[field]];
        return null;
    }
}
