namespace Alliance.Wiki.Core.Editing;

/// <summary>The outcome of a three-way merge: the merged text, or the number of conflicting regions.</summary>
public sealed record MergeResult(string? Text, int Conflicts)
{
    public bool IsClean => Conflicts == 0;
}
