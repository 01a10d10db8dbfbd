namespace Alliance.Wiki.Core.Articles;

/// <summary>The wiki in figures, for the statistics page.</summary>
public sealed record WikiStatistics(int Articles, int Revisions, int Editors, int Links, int Categories, int Events, long Bytes);
