using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Alliance.Wiki.Core.Editing;

/// <summary>A plain line diff, for the edit-conflict page: which lines only one text has.</summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string oldText, string newText) =>
        new InlineDiffBuilder(new Differ()).BuildDiffModel(oldText ?? string.Empty, newText ?? string.Empty, ignoreWhitespace: false)
            .Lines.Select(l => new DiffLine(l.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Added,
                ChangeType.Deleted => DiffLineKind.Removed,
                _ => DiffLineKind.Same,
            }, l.Text ?? string.Empty)).ToList();
}
