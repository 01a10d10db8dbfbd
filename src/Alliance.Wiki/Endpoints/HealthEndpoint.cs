using System.Data.Common;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Endpoints;

/// <summary>
/// <c>/healthz</c>, for a load balancer and an operator: the database and the search index's lag behind the change log,
/// as JSON. 200 with status "ok" once the database answers and the index has caught up with the log since this node
/// started; 503 "not ready" before (a new node building its index) and whenever the database does not answer.
/// A lag that comes and goes after that (a burst of saves on other nodes) is reported but keeps the node ready:
/// searches wait for the change (read your writes), and readers are better served than turned away.
/// </summary>
public static class HealthEndpoint
{
    private static readonly TimeSpan DatabaseDeadline = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapWikiHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync);
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(
        WikiDbContext db, ChangeLogApplier applier, SearchIndexStore index, PostgresChangeListener listener, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        long? highest = null;
        var database = "ok";
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            deadline.CancelAfter(DatabaseDeadline);
            try
            {
                highest = await ChangeLog.HighestAsync(db, deadline.Token);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                database = "unreachable";
                logs.CreateLogger(typeof(HealthEndpoint)).LogWarning("/healthz: the database did not answer ({Message}).", e.Message);
            }
        }

        var applied = applier.Applied;
        var ready = highest is not null && applier.HasCaughtUp;
        return Results.Json(
            new
            {
                status = ready ? "ok" : "not ready",
                database,
                index = new
                {
                    state = index.State.ToString(),
                    applied = applied < 0 ? (long?)null : applied,
                    highest,
                    lag = highest is { } h && applied >= 0 ? Math.Max(0, h - applied) : (long?)null,
                },
                notifications = db.IsSqlite() ? "none (one process)" : listener.IsListening ? "listening" : "polling",
            },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
