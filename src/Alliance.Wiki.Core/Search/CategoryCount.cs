namespace Alliance.Wiki.Core.Search;

/// <summary>A category among the results, and how many results are in it.</summary>
public sealed record CategoryCount(string Name, int Count);
