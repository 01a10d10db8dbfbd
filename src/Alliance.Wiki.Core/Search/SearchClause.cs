namespace Alliance.Wiki.Core.Search;

/// <summary>What one position of a query requires: any of its alternatives (<c>a OR b</c>); usually just one.</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> Alternatives)
{
    public override string ToString() => string.Join(" OR ", Alternatives);
}
