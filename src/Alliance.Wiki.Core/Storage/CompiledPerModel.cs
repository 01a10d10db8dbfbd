using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// A compiled query for each model it meets. EF Core binds a compiled query to the first model it runs on and refuses
/// any other, and a process may hold several: one per provider (SQLite's and PostgreSQL's contexts), as the tests and
/// the copy verb do. The models are weakly held, so a model that is gone takes its compiled query with it.
/// </summary>
public sealed class CompiledPerModel<TDelegate>(Func<TDelegate> compile)
    where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> _compiled = [];

    /// <summary>The query compiled for this context's model (compiled on its first use there).</summary>
    public TDelegate For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _compiled.GetValue(db.Model, _ => compile());
    }
}
