namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>A table's rows on each side of a copy.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}
