using System.Diagnostics;
using Npgsql;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: the one <c>WIKI_TEST_POSTGRES</c> names (".ci/run" starts a throwaway cluster
/// and sets it), else a throwaway cluster of this run's own when Debian's PostgreSQL is installed
/// (deploy/postgres/throwaway-cluster.sh, stopped when the run ends). Without either, tests that need it skip with the
/// reason, unless WIKI_REQUIRE_POSTGRES is set, when they fail instead. Each test wiki gets a database of its own.
/// </summary>
public static class PostgresCluster
{
    private static readonly Lazy<(string? Connection, string? Problem)> Server = new(Start);

    /// <summary>The server's connection string; skips the test (or fails it under WIKI_REQUIRE_POSTGRES) without one.</summary>
    public static string Require()
    {
        var (connection, problem) = Server.Value;
        if (connection is not null)
        {
            return connection;
        }

        var reason = $"PostgreSQL is not available: {problem} (apt-get install -y postgresql, or set WIKI_TEST_POSTGRES).";
        Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_POSTGRES")), reason + " WIKI_REQUIRE_POSTGRES is set, so this may not skip.");
        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>A new empty database on the server; the connection string names it.</summary>
    public static string CreateDatabase(string? template = null)
    {
        var name = "wiki_" + Guid.NewGuid().ToString("N")[..16];
        Admin($"CREATE DATABASE {name}" + (template is null ? string.Empty : $" TEMPLATE {template}"));
        return new NpgsqlConnectionStringBuilder(Require()) { Database = name }.ToString();
    }

    /// <summary>Drops a test database, closing whatever connections still hold it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>Puts <paramref name="target"/> back to a copy of <paramref name="snapshot"/> (both databases of this server).</summary>
    public static void Restore(string snapshot, string target)
    {
        var from = new NpgsqlConnectionStringBuilder(snapshot).Database;
        var to = new NpgsqlConnectionStringBuilder(target).Database;
        // Idle pooled connections to the old database would fail once each: they are closed first (the server under
        // test runs in this process); one busy at the moment of the drop breaks, and Npgsql does not pool a broken one.
        DropDatabase(target);
        Admin($"CREATE DATABASE {to} TEMPLATE {from}");
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Ends every other session on the database, as a server restart would (clients see their connections break).</summary>
    public static void CloseConnections(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
    }

    /// <summary>A copy of a database under a new name, made with the source as a template (its connections are shut out meanwhile).</summary>
    public static string Copy(string source)
    {
        NpgsqlConnection.ClearAllPools();
        var from = new NpgsqlConnectionStringBuilder(source).Database;
        // The server's follower and listener reconnect within a second: shut them out while the copy is made (they
        // log the refusal and retry), since a template may have no other connection.
        Admin($"ALTER DATABASE {from} ALLOW_CONNECTIONS false");
        try
        {
            // A terminated session can outlive CREATE DATABASE's own five-second wait for it on a loaded machine
            // (55006, "source database is being accessed by other users"): end the sessions again and retry.
            for (var attempt = 1; ; attempt++)
            {
                CloseConnections(source);
                try
                {
                    return CreateDatabase(from);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
                {
                    Thread.Sleep(500);
                }
            }
        }
        finally
        {
            Admin($"ALTER DATABASE {from} ALLOW_CONNECTIONS true");
            NpgsqlConnection.ClearAllPools();
        }
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Require()) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static (string?, string?) Start()
    {
        var given = Environment.GetEnvironmentVariable("WIKI_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return (given, null);
        }

        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return (null, "WIKI_TEST_POSTGRES is not set and /usr/lib/postgresql holds no server");
        }

        var folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests", "postgres-" + Environment.ProcessId);
        var script = Path.Combine(RepositoryPaths.Root, "deploy", "postgres", "throwaway-cluster.sh");
        var (code, output) = Run(script, "start", folder, LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (code != 0)
        {
            return (null, "the throwaway cluster did not start: " + output.Trim());
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(script, "stop", folder);
            Directory.Delete(folder, recursive: true);
            File.Delete(folder + ".initdb.log");
        };
        return (output.Trim().Split('\n')[^1], null);
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
