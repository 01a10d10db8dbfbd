namespace Alliance.Wiki.Core.Articles;

/// <summary>What the page-information view says of one page: its size, history, editors and links.</summary>
public sealed record PageInformation(
    string Title, int Bytes, int Revisions, int Editors, DateTime Created, DateTime LastEdited, int LinksIn, int LinksOut, bool IsProtected, IReadOnlyList<string> Aliases);
