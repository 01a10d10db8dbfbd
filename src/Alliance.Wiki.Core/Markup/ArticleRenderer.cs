using System.Globalization;
using Alliance.Wiki.Core.Markup.Facts;
using Alliance.Wiki.Core.Markup.WikiLinks;
using Alliance.Wiki.Core.Titles;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Turns an article's Markdown into safe HTML: parse, make URLs safe, resolve every wiki link in one batch,
/// number the sections, render.
/// </summary>
public sealed class ArticleRenderer
{
    private readonly MarkdownPipeline _pipeline;

    public ArticleRenderer()
        : this(MarkupPipeline.Instance)
    {
    }

    public ArticleRenderer(MarkdownPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>The parsed text; an empty document for one past the <see cref="RenderBudget"/>, which then has no sections to find.</summary>
    public MarkdownDocument Parse(string markdown) =>
        RenderBudget.TryParse(markdown ?? string.Empty, _pipeline, RenderBudget.Deadline, CancellationToken.None, out _) ?? new MarkdownDocument();

    /// <summary>The distinct normalised titles of these wiki links.</summary>
    private static List<string> LinkTargets(List<WikiLink> links) =>
        links.Select(l => l.Target).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public async Task<RenderedArticle> RenderAsync(string markdown, RenderOptions options, ITitleResolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resolver);
        markdown ??= string.Empty;
        if (RenderBudget.TryParse(markdown, _pipeline, RenderBudget.Deadline, cancellationToken, out var problem) is not { } document)
        {
            return RenderBudget.Refused(markdown, problem!);
        }

        FactBlocks.Insert(document, options, _pipeline);
        TableAlignment.ToClasses(document);
        var links = DocumentLinks.Of(document);
        UrlSafety.Sanitize(links);

        var targets = LinkTargets(links.WikiLinks);
        var resolved = targets.Count == 0
            ? new Dictionary<string, string>()
            : await resolver.ResolveAsync(targets, cancellationToken);
        foreach (var link in links.WikiLinks)
        {
            link.ResolvedTitle = resolved.GetValueOrDefault(link.Target);
        }

        var contents = NumberSections(document, options);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = MarkupPipeline.CreateRenderer(writer, _pipeline);
        renderer.Render(document);
        await writer.FlushAsync(cancellationToken);
        return options.Unshown
            ? new RenderedArticle(writer.ToString(), contents, targets) { Unshown = true }
            : new RenderedArticle(ArticleHtmlSanitizer.Sanitize(writer.ToString()), contents, targets);
    }

    private static List<TocEntry> NumberSections(MarkdownDocument document, RenderOptions options)
    {
        var contents = new List<TocEntry>();
        var counters = new int[7];
        var topLevel = 0;
        var section = 0;
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            section++;
            if (options.SectionEditLinks && options.PageTitle is { } title)
            {
                heading.SetData(EditableHeadingRenderer.EditUrlKey, WikiUrls.Edit(title, section));
            }

            if (topLevel == 0)
            {
                topLevel = heading.Level;
            }

            var depth = Math.Clamp(heading.Level - topLevel + 1, 1, 6);
            counters[depth]++;
            Array.Clear(counters, depth + 1, counters.Length - depth - 1);
            var number = string.Join('.', counters.Skip(1).Take(depth).Select(n => Math.Max(n, 1).ToString(CultureInfo.InvariantCulture)));
            contents.Add(new TocEntry(heading.Level, number, heading.GetAttributes().Id ?? string.Empty, InlineText.Of(heading.Inline), section));
        }

        return contents;
    }
}
