using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Wiki.Tests.Storage;

/// <summary>The settings the wiki adds to an operator's PostgreSQL connection string, and that they reach a real server.</summary>
public sealed class PostgresConnectionTests
{
    [Fact]
    public void Statements_are_prepared_and_connections_are_not_reset_unless_the_operator_says_otherwise()
    {
        var chosen = new NpgsqlConnectionStringBuilder(WikiDatabase.PostgresConnectionString("Host=127.0.0.1;Database=wiki"));
        Assert.Equal(WikiDatabase.AutoPrepared, chosen.MaxAutoPrepare);
        Assert.True(chosen.NoResetOnClose);
        Assert.Equal("wiki", chosen.Database);

        var spaced = new NpgsqlConnectionStringBuilder(WikiDatabase.PostgresConnectionString("Host=127.0.0.1;max auto prepare=0;No Reset On Close=false"));
        Assert.Equal(0, spaced.MaxAutoPrepare);
        Assert.False(spaced.NoResetOnClose);

        var joined = new NpgsqlConnectionStringBuilder(WikiDatabase.PostgresConnectionString("Host=127.0.0.1;MaxAutoPrepare=5;NoResetOnClose=false"));
        Assert.Equal(5, joined.MaxAutoPrepare);
        Assert.False(joined.NoResetOnClose);
    }

    [Fact]
    public async Task A_statement_the_wiki_repeats_is_prepared_on_the_server()
    {
        var database = PostgresCluster.CreateDatabase();
        try
        {
            await using var db = WikiDatabase.Open(WikiStore.PostgreSql(database));
            await WikiDatabase.MigrateAsync(db, CancellationToken.None);
            await db.Database.OpenConnectionAsync();
            for (var i = 0; i < 6; i++)
            {
                await db.Pages.AsNoTracking().Where(p => p.Id == i).ToListAsync();
            }

            var prepared = await db.Database.SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM pg_prepared_statements WHERE statement LIKE '%FROM pages%'""").SingleAsync();
            Assert.True(prepared >= 1, "the page query, run six times on one connection, should be prepared on the server");
        }
        finally
        {
            PostgresCluster.DropDatabase(database);
        }
    }
}
