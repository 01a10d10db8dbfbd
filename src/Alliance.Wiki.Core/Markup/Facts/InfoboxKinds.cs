namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>The documented infobox kinds. <c>offices</c> and <c>rows</c> are lists of maps, read apart from the fields.</summary>
public static class InfoboxKinds
{
    public const string OfficesKey = "offices";
    public const string RowsKey = "rows";

    private static readonly InfoboxKind[] All =
    [
        new("treaty", "Treaty", [("signed", "Signed"), ("place", "Location"), ("effective", "Effective"), ("parties", "Parties"), ("depositary", "Depositary"), ("duration", "Duration"), ("status", "Status")], Dates("signed", "effective")),
        new("agreement", "Agreement", [("signed", "Signed"), ("place", "Location"), ("effective", "Effective"), ("parties", "Parties"), ("status", "Status")], Dates("signed", "effective")),
        new("organization", "Organization", [("formed", "Formed"), ("dissolved", "Dissolved"), ("headquarters", "Headquarters"), ("head", "Head"), ("head_title", "Head's title"), ("personnel", "Personnel"), ("parent", "Parent")], Dates("formed", "dissolved")),
        new("event", "Event", [("date", "Date"), ("start", "Began"), ("end", "Ended"), ("place", "Location"), ("participants", "Participants"), ("outcome", "Outcome"), ("casualties", "Casualties")], Dates("date", "start", "end")),
        new("person", "Person", [("born", "Born"), ("born_place", "Birthplace"), ("died", "Died"), ("died_place", "Place of death"), ("party", "Party")], Dates("born", "died")),
        new("country", "Country", [("capital", "Capital"), ("government", "Government"), ("head_of_state", "Head of state"), ("head_of_government", "Head of government"), ("population", "Population"), ("area", "Area"), ("currency", "Currency")], Dates()),
        new("exercise", "Military exercise", [("first_held", "First held"), ("frequency", "Frequency"), ("participants", "Participants"), ("location", "Location"), ("predecessor", "Predecessor")], Dates("first_held")),
        new("program", "Program", [("started", "Started"), ("status", "Status"), ("sites", "Sites"), ("tests", "Tests"), ("estimate", "Estimate")], Dates("started")),
        new("other", "Facts", [], Dates()),
    ];

    private static readonly Dictionary<string, InfoboxKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static InfoboxKind? Find(string name) => ByName.GetValueOrDefault(name);

    private static HashSet<string> Dates(params string[] keys) => new(keys, StringComparer.Ordinal);
}
