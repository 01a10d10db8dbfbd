using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>An editor's plain save of a whole article, below HTTP, through the writer a scope composes.</summary>
public static class EditorSaves
{
    public static SaveCommand Command(string title, string text) =>
        new(title, ArticleDocument.Parse(text), "editor1", "Edit", false, RevisionOrigin.Editor);

    public static Task<SaveOutcome> SaveAsync(IServiceProvider services, string title, string text) =>
        services.GetRequiredService<ArticleWriter>().SaveAsync(Command(title, text), CancellationToken.None);
}
