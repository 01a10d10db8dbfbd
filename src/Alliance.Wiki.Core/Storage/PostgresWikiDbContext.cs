using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that each provider has its own migrations and model snapshot
/// (EF Core's "two context types" layout for several providers); everything else asks for <see cref="WikiDbContext"/>.
/// </summary>
public sealed class PostgresWikiDbContext(DbContextOptions<PostgresWikiDbContext> options) : WikiDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Prefix suggestions compare folded names by code point (up to U+10FFFF), as SQLite's BINARY collation does;
        // a linguistic collation would order them otherwise and miss matches.
        builder.Entity<SearchName>().Property(n => n.Fold).UseCollation("C");
    }
}
