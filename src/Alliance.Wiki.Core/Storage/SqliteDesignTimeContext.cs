using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// For `dotnet ef migrations add` only (docs/migrations.md): a context of each provider's type on a throwaway target.
/// The tool builds the model from these; it connects to nothing.
/// </summary>
public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<WikiDbContext>
{
    public WikiDbContext CreateDbContext(string[] args) => WikiDatabase.Open(WikiStore.Sqlite("design-time.db"));
}
