using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>A revision without its text.</summary>
public sealed record RevisionInfo(long Id, long PageId, long? ParentId, string Author, string Comment, DateTime CreatedAt, int Size, bool IsMinor, RevisionOrigin Origin);
