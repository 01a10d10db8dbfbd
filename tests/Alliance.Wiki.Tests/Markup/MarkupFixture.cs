using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Markup;

/// <summary>Renders Markdown with a small set of existing pages: Korean War, THAAD (an alias) and 주한미군.</summary>
internal static class MarkupFixture
{
    public static readonly Dictionary<string, string> Names = new()
    {
        ["Korean War"] = "Korean War",
        ["THAAD"] = "Terminal High Altitude Area Defense",
        ["Terminal High Altitude Area Defense"] = "Terminal High Altitude Area Defense",
        ["주한미군"] = "United States Forces Korea",
    };

    public static async Task<RenderedArticle> RenderAsync(string markdown, RenderOptions? options = null, DictionaryResolver? resolver = null) =>
        await new ArticleRenderer().RenderAsync(markdown, options ?? RenderOptions.Plain, resolver ?? new DictionaryResolver(Names), CancellationToken.None);

    public static async Task<string> HtmlAsync(string markdown) => (await RenderAsync(markdown)).Html.Trim();
}
