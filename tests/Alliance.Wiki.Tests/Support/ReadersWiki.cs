using System.Globalization;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// A small wiki with what the reading features show: an article with an infobox, events (one on today's month and
/// day), a chart, an external link and enough sections for a contents box; and a second article in another category.
/// </summary>
public sealed class ReadersWiki : IDisposable
{
    private readonly TempWiki _temp = new(Write);

    public WikiServer Server => _temp.Server;

    /// <summary>Today's month and day in year 2000, a leap year, so the On this day event exists on 29 February too.</summary>
    public static string Today => new DateOnly(2000, DateTime.UtcNow.Month, DateTime.UtcNow.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Write(TempContent content)
    {
        File.WriteAllText(Path.Combine(content.Folder, "treaty.md"), $"""
            ---
            title: Test Treaty
            korean: 시험조약
            aliases: []
            categories: [Treaties]
            summary: A treaty for the tests.
            infobox:
              kind: treaty
              signed: 1953-10-01
              place: Washington, D.C.
              parties: ["[[Test Country]]"]
            events:
              - date: 1953-10-01
                text: The treaty is signed.
              - date: {Today}
                text: The treaty is remembered on this day.
              - date: 1991
                text: The treaty is reviewed.
            ---
            The **Test Treaty** is a treaty between [[Test Country]] and another, signed in 1953. It is described
            at [the archive](https://example.org/archive) and in this lead, which is long enough to sit beside the box.

            ## Background
            Background text.

            ## Provisions
            Provision text.

            ```chart
            kind: line
            title: Troops under the treaty
            Year,Troops
            1955,85500
            1971,43000
            2008,28500
            ```

            ## Legacy
            Legacy text.
            """);
        File.WriteAllText(Path.Combine(content.Folder, "country.md"), """
            ---
            title: Test Country
            aliases: []
            categories: [Countries]
            summary: A country for the tests.
            infobox:
              kind: country
              capital: Testville
            events:
              - date: 1948-08-15
                text: The country is founded.
            ---
            Test Country is a country.
            """);
    }

    public void Dispose() => _temp.Dispose();
}
