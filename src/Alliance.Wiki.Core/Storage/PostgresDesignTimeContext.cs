using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Wiki.Core.Storage;

/// <summary>For `dotnet ef migrations add --context PostgresWikiDbContext` only: the model on Npgsql; it connects to nothing.</summary>
public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresWikiDbContext>
{
    public PostgresWikiDbContext CreateDbContext(string[] args) => (PostgresWikiDbContext)WikiDatabase.Open(WikiStore.PostgreSql("Host=localhost;Database=design_time"));
}
