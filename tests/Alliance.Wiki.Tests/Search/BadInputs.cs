namespace Alliance.Wiki.Tests.Search;

/// <summary>The inputs the search issue names, and more of the same kind, that must never cause an error.</summary>
public static class BadInputs
{
    public static TheoryData<string> All => new(Texts);

    public static IReadOnlyList<string> Texts { get; } =
    [
        "\"unbalanced", "unbalanced\"", "\"", "\"\"\"", "AND", "OR", "NOT", "AND OR", "war AND", "OR war", "NOT NOT", "-", "-war", "--war",
        "U.S.", "C++", "O'Brien", "1950–1953", "1950-1953", "war-time", "*", "**", "war*", "*war", "a*", "intitle:", "category:",
        "intitle:\"", "category:\"", "category:[]", "title:war", "{title}:war", "war NEAR/2 peace", "NEAR(war peace)", "^war", "war:",
        "(", ")", "((war)", "war^2", "%", "_", "\\", "'", "''", ";DROP TABLE pages;--", "\u0000", "war\u0000time", "\u001b[31m",
        // Words of combining marks only (the Big List of Naughty Strings, #162-#165): FTS5 answered them with a 500.
        "war-\u0301", "s.\u0330", "\u0301\u0302", "\u0330 war", "\"\u0301\"", "intitle:\u0301", "-\u0301 war", "\u0301*",
        "war\uD800", "\uDC00war", "\uFFFD", "\u200B", "😀 war", "주한", "미", "\"주한\"", "주한*", "-주한", "intitle:미군", "\t\r\n",
        new string('가', 3000), string.Concat(Enumerable.Repeat("war ", 2600)), string.Concat(Enumerable.Repeat("\"a\" OR -", 1300)),
    ];
}
