using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>
/// The events of an article for the chronology: its <c>events:</c>, and a sentence for each infobox date that no
/// written event already gives (a treaty's signing, a person's birth), so the timeline has them without repeating.
/// </summary>
public static class EventExtraction
{
    private static readonly Dictionary<string, string> Sentences = new(StringComparer.Ordinal)
    {
        ["signed"] = "The [[{0}]] is signed{1}.",
        ["effective"] = "The [[{0}]] enters into force.",
        ["formed"] = "[[{0}]] is formed.",
        ["dissolved"] = "[[{0}]] is dissolved.",
        ["date"] = "[[{0}]] takes place{1}.",
        ["start"] = "[[{0}]] begins{1}.",
        ["end"] = "[[{0}]] ends.",
        ["born"] = "[[{0}]] is born{1}.",
        ["died"] = "[[{0}]] dies{1}.",
        ["first_held"] = "[[{0}]] is first held{1}.",
        ["started"] = "[[{0}]] begins.",
    };

    private static readonly Dictionary<string, string> Places = new(StringComparer.Ordinal)
    {
        ["signed"] = "place",
        ["date"] = "place",
        ["start"] = "place",
        ["born"] = "born_place",
        ["died"] = "died_place",
        ["first_held"] = "location",
    };

    public static List<DatedEvent> Of(string title, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var events = new List<DatedEvent>();
        foreach (var e in metadata.Events)
        {
            if (FactDate.TryParse(e.Date, out var date) && e.Text.Length > 0)
            {
                events.Add(new DatedEvent(date, e.Text, FromInfobox: false));
            }
        }

        if (metadata.Infobox is { } infobox && InfoboxKinds.Find(infobox.Kind) is { } kind)
        {
            var written = events.Select(e => e.Date.Iso).ToHashSet(StringComparer.Ordinal);
            foreach (var field in infobox.Fields.Where(f => kind.DateFields.Contains(f.Key) && Sentences.ContainsKey(f.Key)))
            {
                if (field.Value.Items is [var text] && FactDate.TryParse(text, out var date) && written.Add(date.Iso))
                {
                    events.Add(new DatedEvent(date, Sentence(field.Key, title, infobox), FromInfobox: true));
                }
            }
        }

        return [.. events.OrderBy(e => e.Date.SortKey)];
    }

    private static string Sentence(string key, string title, Infobox infobox)
    {
        var place = Places.TryGetValue(key, out var placeKey) && infobox[placeKey]?.Items is [var where] && where.Length > 0 ? " in " + where : string.Empty;
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[key], title.Replace("]]", string.Empty, StringComparison.Ordinal), place);
    }
}
