using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Pooled contexts for reads that need nothing of their request's scope. A scoped <see cref="WikiDbContext"/> builds
/// its options and its internal services on every request: 15–20% of a profile of article views without the
/// page cache. The pool takes the options the storage layer registers once, from a scope it keeps for its lifetime (some
/// of their interceptors are scoped), and hands out reset contexts. Its contexts only read: no saves, no transactions.
/// </summary>
public sealed class ReadContextPool : IDisposable
{
    private readonly Lazy<(IServiceScope Scope, PooledDbContextFactory<WikiDbContext> Factory)> _pool;

    public ReadContextPool(IServiceScopeFactory scopes) => _pool = new(() =>
    {
        var scope = scopes.CreateScope();
        return (scope, new PooledDbContextFactory<WikiDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<WikiDbContext>>()));
    });

    /// <summary>A context to read with; dispose it to give it back.</summary>
    public WikiDbContext Lease() => _pool.Value.Factory.CreateDbContext();

    public void Dispose()
    {
        if (_pool.IsValueCreated)
        {
            _pool.Value.Scope.Dispose();
        }
    }
}
