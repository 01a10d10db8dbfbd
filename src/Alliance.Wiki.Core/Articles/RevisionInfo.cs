using System.Linq.Expressions;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>A revision without its text.</summary>
public sealed record RevisionInfo(long Id, long PageId, long? ParentId, string Author, string Comment, DateTime CreatedAt, int Size, bool IsMinor, RevisionOrigin Origin)
{
    /// <summary>The projection for a query's Select, so only these columns are read (queries that project more spell it inline).</summary>
    public static Expression<Func<Revision, RevisionInfo>> Of { get; } =
        r => new RevisionInfo(r.Id, r.PageId, r.ParentId, r.Author, r.Comment, r.CreatedAt, r.Size, r.IsMinor, r.Origin);
}
