namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// The Markdown shapes that stalled or broke the wiki in the attack of issue 16, at the sizes used there: each made
/// Markdig throw (a 500 on the previews) or spend seconds to minutes. benchmarks/load/pathological.sh times the same shapes.
/// </summary>
public static class PathologicalMarkdown
{
    public static IReadOnlyDictionary<string, string> Cases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["200 open brackets"] = new string('[', 200),
        ["200 nested quotes"] = new string('>', 200) + " deep",
        ["20,000 star emphasis marks"] = string.Concat(Enumerable.Repeat("*a", 20_000)),
        ["20,000 underscore emphasis marks"] = string.Concat(Enumerable.Repeat("_a ", 20_000)),
        ["20,000 unclosed wiki links"] = string.Concat(Enumerable.Repeat("[[a ", 20_000)),
        ["200 nested list items"] = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item\n")),
        ["100 KB of [a]( on one line"] = string.Concat(Enumerable.Repeat("[a](", 25_000)),
        ["1.9 MB of [a]( on one line"] = string.Concat(Enumerable.Repeat("[a](", 475_000)),
        ["100,000 autolinks on one line"] = string.Join(' ', Enumerable.Repeat("http://a.example", 100_000)),
        ["20,000 footnotes"] = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[^{i}] ")) + "\n\n"
            + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[^{i}]: note {i}\n")),
        ["10,000 wiki links on one line"] = string.Join(' ', Enumerable.Repeat("[[Alliance]]", 10_000)),
        ["1.2 MB of plain words on one line"] = string.Join(" ", Enumerable.Repeat("word", 210_000)),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];
}
