namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>What is wrong with an article's infobox and events, in words an editor can act on; null when nothing is.</summary>
public static class FactsValidation
{
    private const string DateForms = "write a year (1953), a year and month (1953-10) or a full date (1953-10-01)";

    public static string? Problem(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return (metadata.Infobox is { } infobox ? InfoboxProblem(infobox) : null) ?? EventsProblem(metadata.Events);
    }

    private static string? InfoboxProblem(Infobox infobox)
    {
        if (InfoboxKinds.Find(infobox.Kind) is not { } kind)
        {
            var named = infobox.Kind.Length == 0 ? "The infobox has no 'kind:'" : $"The infobox kind '{infobox.Kind}' is unknown";
            return $"{named}; use one of: {string.Join(", ", InfoboxKinds.Names)}.";
        }

        foreach (var field in infobox.Fields)
        {
            if (kind.LabelOf(field.Key) is null)
            {
                var fields = kind.Fields.Count == 0 ? "it has only 'rows:'" : "its fields are " + string.Join(", ", kind.Fields.Select(f => f.Key));
                return $"'{field.Key}' is not a field of a '{kind.Name}' infobox: {fields}. Put anything else under 'rows:' as '- label: …' and 'value: …'.";
            }

            if (kind.DateFields.Contains(field.Key) && field.Value.Items.FirstOrDefault(v => !FactDate.TryParse(v, out _)) is { } bad)
            {
                return $"The infobox's '{field.Key}' is '{bad}', which is not a date: {DateForms}.";
            }
        }

        if (infobox.Offices.Count > 0 && kind.Name != "person")
        {
            return "Only a 'person' infobox has 'offices:'.";
        }

        foreach (var office in infobox.Offices)
        {
            if (office.Office.Length == 0)
            {
                return "Each of the infobox's offices needs 'office:', its name.";
            }

            foreach (var year in new[] { office.From, office.To }.OfType<string>())
            {
                if (!FactDate.TryParse(year, out _))
                {
                    return $"The office '{office.Office}' has '{year}', which is not a date: {DateForms}.";
                }
            }
        }

        return infobox.Rows.Any(r => r.Label.Length == 0) ? "Each of the infobox's rows needs a 'label:'." : null;
    }

    private static string? EventsProblem(IReadOnlyList<ArticleEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!FactDate.TryParse(e.Date, out _))
            {
                var date = e.Date.Length == 0 ? "no date" : $"the date '{e.Date}'";
                return $"Event {i + 1} of 'events:' has {date}: {DateForms}.";
            }

            if (e.Text.Length == 0)
            {
                return $"Event {i + 1} of 'events:' ({e.Date}) has no 'text:', the sentence that says what happened.";
            }
        }

        return null;
    }
}
