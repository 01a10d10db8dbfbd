using System.Globalization;
using Alliance.Wiki.Core.Markup.Facts;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Renders short Markdown texts (events, "Did you know" facts) to inline HTML, each on its own, with the wiki links
/// of them all resolved in one batch and their URLs made safe as in an article.
/// </summary>
public static class InlineFragments
{
    public static async Task<(IReadOnlyList<string> Html, IReadOnlyList<string> LinkTargets)> RenderAsync(
        IReadOnlyList<string> texts, ITitleResolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(resolver);
        var pipeline = MarkupPipeline.Instance;
        var document = new MarkdownDocument();
        var items = texts.Select(text => FactBlocks.Item(text, pipeline, null)).ToList();
        foreach (var item in items)
        {
            document.Add(item);
        }

        var links = DocumentLinks.Of(document);
        UrlSafety.Sanitize(links);
        var targets = links.WikiLinks.Select(l => l.Target).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var resolved = targets.Count == 0 ? new Dictionary<string, string>() : await resolver.ResolveAsync(targets, cancellationToken);
        foreach (var link in links.WikiLinks)
        {
            link.ResolvedTitle = resolved.GetValueOrDefault(link.Target);
        }

        var html = new List<string>(items.Count);
        foreach (var item in items)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            FactsRenderer.WriteItem(MarkupPipeline.CreateRenderer(writer, pipeline), item);
            html.Add(writer.ToString());
        }

        return (html, targets);
    }
}
