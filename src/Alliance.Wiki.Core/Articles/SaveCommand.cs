using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>A request to save a page's text as its next revision.</summary>
public sealed record SaveCommand(string Title, ArticleDocument Document, string Author, string Comment, bool IsMinor, RevisionOrigin Origin);
