using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Core.History;

/// <summary>
/// Blame by paragraph. Fed a page's revisions from the current one backwards along the chain, it moves each current
/// paragraph's origin back for as long as the older revision still holds that paragraph word for word. A paragraph
/// that only moved keeps its author; one that appears twice counts its copies, so an added copy is the adder's.
/// </summary>
public sealed class ParagraphBlame
{
    private readonly IReadOnlyList<string> _paragraphs;
    private readonly int[] _copy;
    private readonly RevisionInfo[] _origin;
    private readonly bool[] _open;

    public ParagraphBlame(RevisionInfo current, string text)
    {
        ArgumentNullException.ThrowIfNull(current);
        _paragraphs = Paragraphs(text);
        _copy = new int[_paragraphs.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _paragraphs.Count; i++)
        {
            _copy[i] = seen[_paragraphs[i]] = seen.GetValueOrDefault(_paragraphs[i]) + 1;
        }

        _origin = Enumerable.Repeat(current, _paragraphs.Count).ToArray();
        _open = Enumerable.Repeat(true, _paragraphs.Count).ToArray();
    }

    /// <summary>True when every paragraph has found the revision that last changed it, so older revisions change nothing.</summary>
    public bool IsSettled => !_open.Contains(true);

    /// <summary>The current paragraphs, each with the oldest revision fed so far from which it stands unchanged.</summary>
    public IReadOnlyList<BlamedParagraph> Result =>
        _paragraphs.Select((text, i) => new BlamedParagraph(text, _origin[i])).ToList();

    /// <summary>Takes the next older revision: the parent of the one fed before it.</summary>
    public void Older(RevisionInfo revision, string text)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var counts = Paragraphs(text).GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < _paragraphs.Count; i++)
        {
            if (!_open[i])
            {
                continue;
            }

            if (counts.GetValueOrDefault(_paragraphs[i]) >= _copy[i])
            {
                _origin[i] = revision;
            }
            else
            {
                _open[i] = false;
            }
        }
    }

    /// <summary>
    /// A revision's text in paragraphs: the front matter as one block, then the body's blocks between blank lines,
    /// each without its surrounding white space.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var lines = LineDiff.Lines(text);
        var paragraphs = new List<string>();
        var start = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            var close = Array.IndexOf(lines, "---", 1);
            if (close > 0)
            {
                paragraphs.Add(string.Join('\n', lines[..(close + 1)]));
                start = close + 1;
            }
        }

        var block = new List<string>();
        foreach (var line in lines.Skip(start).Append(string.Empty))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                block.Add(line.TrimEnd());
            }
            else if (block.Count > 0)
            {
                paragraphs.Add(string.Join('\n', block));
                block.Clear();
            }
        }

        return paragraphs;
    }
}
