using System.Collections.Concurrent;
using System.Globalization;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Caching;

/// <summary>
/// Whole article pages for readers who are not signed in, kept in memory (ASP.NET Core output caching), so that a
/// view of an unchanged article costs about what serving a file costs. An entry's key holds a version of its page
/// and a version of the whole wiki: a save moves its page's version on, and a save that made or dropped a title or
/// alias (links to it change colour on other pages) moves the wiki's on. Old entries are never served again and
/// age out. Only 200 answers to anonymous GET and HEAD requests are kept; signed-in readers always get a fresh page.
/// The setting <c>Wiki:PageCache</c> turns it off (the benchmark suite does, to measure views from the render cache).
/// The versions live in this process; when several web nodes share one PostgreSQL database, each node moves them on
/// for every other node's save as it applies the change log (<see cref="ArticleCacheFollower"/>).
/// </summary>
public sealed class ArticleCache
{
    public const string Policy = "article";

    private readonly ConcurrentDictionary<string, long> _pages = new(StringComparer.Ordinal);
    private long _wiki;

    /// <summary>The versions a cached view of this title is kept under.</summary>
    public string VersionOf(string? rawTitle) => string.Create(
        CultureInfo.InvariantCulture, $"{Interlocked.Read(ref _wiki)}.{_pages.GetValueOrDefault(WikiTitle.Key(WikiTitle.Normalize(rawTitle)))}");

    /// <summary>A page changed: its cached views are not served again.</summary>
    public void PageChanged(string title) => _pages.AddOrUpdate(WikiTitle.Key(title), 1, (_, version) => version + 1);

    /// <summary>Titles or aliases changed: no cached view is served again.</summary>
    public void WikiChanged() => Interlocked.Increment(ref _wiki);
}
