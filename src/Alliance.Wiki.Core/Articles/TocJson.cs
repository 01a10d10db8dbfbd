using System.Text.Json.Serialization;
using Alliance.Wiki.Core.Markup;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// The stored table of contents' JSON, generated at build time: every view without the page cache reads one, and the
/// reflection-based serializer's record converter was a visible share of such a view.
/// </summary>
[JsonSerializable(typeof(List<TocEntry>))]
[JsonSerializable(typeof(IReadOnlyList<TocEntry>))]
internal sealed partial class TocJson : JsonSerializerContext;
