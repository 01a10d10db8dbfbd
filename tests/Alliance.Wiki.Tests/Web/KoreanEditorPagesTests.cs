using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>
/// History, diff, search, edit and account pages in Korean (<c>?uselang=ko</c>): none of the English interface words
/// that have a translation is left in the page's content, its labels or its buttons. What editors wrote stays English.
/// </summary>
public sealed class KoreanEditorPagesTests(HistoryWiki wiki) : IClassFixture<HistoryWiki>
{
    [Fact]
    public async Task The_history_is_in_Korean()
    {
        var text = await InterfaceTextAsync(wiki.Server.Http, "/history/Alpha?uselang=ko");
        AssertKorean(text, ["역사", "선택한 판 비교", "최신순"],
            ["revision history", "revisions", "newest first", "Compare selected revisions", "See also", "who wrote each paragraph", "What links here", "after the change", " bytes", "minor edit"]);
    }

    [Fact]
    public async Task The_diff_is_in_Korean()
    {
        var text = await InterfaceTextAsync(wiki.Server.Http, $"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.Alpha[3]}&uselang=ko");
        AssertKorean(text, ["판 사이의 차이", "나란히"],
            ["difference between revisions", "Revision ", " as of", "Older edit", "Newer edit", "View:", "side by side", "inline", "unchanged line", "Changes from revision", "Older revision", "Newer revision"]);
    }

    [Fact]
    public async Task Search_results_and_messages_are_in_Korean()
    {
        var results = await InterfaceTextAsync(wiki.Server.Http, "/search?q=treaty&fulltext=1&uselang=ko");
        AssertKorean(results, ["검색 결과"], ["Results ", " of ", "Search the wiki", "Narrow by category"]);
        var none = await InterfaceTextAsync(wiki.Server.Http, "/search?q=qqqqzzzz&fulltext=1&uselang=ko");
        AssertKorean(none, ["맞는 문서가 없습니다", "문서 만들기"], ["No article matches", "Create the article", "editors only"]);
        var operators = await InterfaceTextAsync(wiki.Server.Http, "/search?q=AND+OR&fulltext=1&uselang=ko");
        AssertKorean(operators, ["연산자"], ["join words", "type the words"]);
    }

    [Fact]
    public async Task The_editor_is_in_Korean()
    {
        using var editor = await WikiSession.SignInAsync(wiki.Server, WikiRoles.Editor);
        var text = await InterfaceTextAsync(editor.Client, "/edit/Alpha?uselang=ko");
        AssertKorean(text, ["편집", "저장", "미리 보기"],
            ["Editing", "Save changes", "Show preview", "Cancel", "Summary", "Briefly describe", "minor edit", "Live preview", "Front matter", "Article text"]);
    }

    [Fact]
    public async Task Sign_in_and_not_allowed_are_in_Korean()
    {
        var signIn = await InterfaceTextAsync(wiki.Server.Http, "/account/sign-in?uselang=ko");
        AssertKorean(signIn, ["로그인", "비밀번호"], ["Sign in", "Name", "Password", "Reading needs no account"]);
        var denied = await InterfaceTextAsync(wiki.Server.Http, "/account/access-denied?uselang=ko");
        AssertKorean(denied, ["허용되지 않음"], ["Not allowed", "Your account may not"]);
    }

    /// <summary>The page's main content as a reader meets it: its text, and the labels, titles and placeholders of its controls.</summary>
    private static async Task<string> InterfaceTextAsync(HttpClient client, string url)
    {
        // Read whatever the status: the not-allowed page answers 403.
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
        var main = page.QuerySelector("main")!;
        // What editors wrote (article text, summaries, names, the text being edited) is not interface.
        foreach (var content in main.QuerySelectorAll(".article-body, .change-summary, .change-author, textarea, .diff-text, .search-snippet, .search-result-title, .search-result-categories, code"))
        {
            content.Remove();
        }

        var attributes = main.QuerySelectorAll("[aria-label], [title], [placeholder]")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title"), e.GetAttribute("placeholder") });
        return string.Join(" | ", new[] { main.TextContent }.Concat(attributes.OfType<string>()));
    }

    private static void AssertKorean(string text, string[] korean, string[] english)
    {
        foreach (var word in korean)
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        foreach (var word in english)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }
    }
}
