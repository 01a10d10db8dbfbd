using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// A resolver over a fixed set of names, for Markup specs; it matches on <see cref="WikiTitle.Key"/> as the storage
/// resolver does, and records each call so tests can count batches.
/// </summary>
public sealed class DictionaryResolver(IReadOnlyDictionary<string, string> names) : ITitleResolver
{
    private readonly Dictionary<string, string> _byKey = names.ToDictionary(n => WikiTitle.Key(n.Key), n => n.Value);

    public List<IReadOnlyCollection<string>> Calls { get; } = [];

    public Task<IReadOnlyDictionary<string, string>> ResolveAsync(IReadOnlyCollection<string> titles, CancellationToken cancellationToken)
    {
        Calls.Add(titles);
        IReadOnlyDictionary<string, string> found = titles.Where(t => _byKey.ContainsKey(WikiTitle.Key(t))).ToDictionary(t => t, t => _byKey[WikiTitle.Key(t)]);
        return Task.FromResult(found);
    }
}
