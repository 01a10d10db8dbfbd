namespace Alliance.Wiki.Tests.Architecture;

/// <summary>
/// shared/DESIGN.md's table of layers, as data: each layer (a folder and its namespace) and the layers it may use.
/// A layer may always use itself; the web project's folders may use every core layer.
/// </summary>
public static class Layers
{
    public const string CoreRoot = "Alliance.Wiki.Core";
    public const string WebRoot = "Alliance.Wiki";

    private static readonly string[] Bottom = ["Storage", "Titles"];
    private static readonly string[] Middle = ["Articles", "Markup", "Search", "Accounts", .. Bottom];

    /// <summary>The core, bottom up: Storage and Titles; Markup; Articles, Search, Accounts; Content, Editing, History, Indexing, Chronology.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Core = new Dictionary<string, string[]>
    {
        ["Titles"] = [],
        ["Storage"] = [],
        ["Markup"] = ["Titles"],
        ["Articles"] = ["Markup", .. Bottom],
        ["Search"] = ["Markup", .. Bottom],
        ["Accounts"] = ["Markup", .. Bottom],
        ["Content"] = Middle,
        ["Editing"] = [.. Middle, "History"],
        ["History"] = Middle,
        ["Indexing"] = Middle,
        ["Chronology"] = Middle,
    };

    /// <summary>
    /// The web project: settings and formatting at the bottom, then the HTTP parts (caching, protection) and accounts,
    /// then the three ways in (pages, JSON endpoints, operator verbs), and the composition root on top, used by none.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Web = new Dictionary<string, string[]>
    {
        ["Settings"] = [],
        ["Formatting"] = [],
        ["Localization"] = ["Settings"],
        ["Caching"] = ["Settings"],
        ["Protection"] = ["Settings"],
        ["Accounts"] = ["Settings"],
        ["Cli"] = ["Settings", "Accounts"],
        ["Endpoints"] = ["Settings", "Formatting", "Localization", "Caching", "Protection", "Accounts"],
        ["Pages"] = ["Settings", "Formatting", "Localization", "Caching", "Protection", "Accounts"],
        ["Hosting"] = ["Settings", "Formatting", "Localization", "Caching", "Protection", "Accounts", "Cli", "Endpoints", "Pages"],
    };
}
