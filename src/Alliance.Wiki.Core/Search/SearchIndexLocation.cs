namespace Alliance.Wiki.Core.Search;

/// <summary>The folder of the Lucene index (<c>Wiki:SearchIndexPath</c>; by default <c>search/</c> beside the database).</summary>
public sealed record SearchIndexLocation(string Folder);
