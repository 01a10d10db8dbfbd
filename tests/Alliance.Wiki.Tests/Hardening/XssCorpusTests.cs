using System.Net;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// Every XSS vector, in every place a user can put text, on every page that shows it: the HTML holds no handler,
/// script URL, inline script, frame, SVG or MathML (<see cref="XssHtml"/>). The browser half is <see cref="XssBrowserTests"/>.
/// </summary>
[Collection(XssWiki.Collection)]
[Trait("Category", "Slow")]
public sealed class XssCorpusTests(XssWiki wiki)
{
    private WikiServer Server => wiki.Server;

    [Fact]
    public void The_corpus_has_at_least_a_hundred_vectors_in_every_family()
    {
        Assert.True(XssVectors.All.Count() >= 100, $"{XssVectors.All.Count()} vectors");
        Assert.Equal(XssVectors.All.Count(), XssVectors.All.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Css", "Handler", "Link", "Obfuscated", "Quote", "Script", "Svg"], XssVectors.Families.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Article_text_is_inert_on_the_article_its_revisions_history_diff_blame_editor_and_json()
    {
        var audit = new PageAudit(Server.Address);
        foreach (var (family, (title, first, second)) in wiki.Articles)
        {
            var anyText = $"The {family} vectors, one a paragraph.";
            var oneParagraph = XssVectors.Families[family].Last(v => !v.Contains('\n', StringComparison.Ordinal));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Article(title), anyText, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Revision(first), anyText, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Revision(second), anyText, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.History(title), null, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Diff(title, first, second), "Changed once.", HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Diff(title, first, second, sideBySide: true), "Changed once.", HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Blame(title), oneParagraph, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(wiki.Editor.Client, WikiUrls.Edit(title), oneParagraph, HttpStatusCode.OK));
            audit.Add(() => audit.JsonAsync(Server.Http, WikiUrls.ApiPage(title), XssVectors.Families[family][0]));
        }

        // The history page's revisions: one per vector, the vector as its text.
        foreach (var (vector, revision) in wiki.HistoryRevisions)
        {
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Revision(revision), null, HttpStatusCode.OK));
        }

        audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Blame(XssWiki.HistoryPage), null, HttpStatusCode.OK));
        await audit.RunAndAssertCleanAsync();
    }

    [Fact]
    public async Task Edit_summaries_and_authors_are_inert_in_history_diffs_recent_changes_and_the_feed()
    {
        var audit = new PageAudit(Server.Address);
        var history = WikiUrls.History(XssWiki.HistoryPage);
        audit.Add(() => audit.HtmlAsync(Server.Http, history, XssVectors.All.Last(), HttpStatusCode.OK));
        audit.Add(() => audit.HtmlAsync(Server.Http, history + "?page=2", null, HttpStatusCode.OK));
        audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.RecentChanges(), XssVectors.All.Last(), HttpStatusCode.OK));
        audit.Add(() => audit.AtomAsync(Server.Http, WikiUrls.RecentChanges(atom: true), XssVectors.All.Last()));
        long? parent = null;
        foreach (var (vector, revision) in wiki.HistoryRevisions.OrderBy(r => r.Value))
        {
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.RecentChanges(vector), vector, HttpStatusCode.OK));
            audit.Add(() => audit.AtomAsync(Server.Http, WikiUrls.RecentChanges(vector, atom: true), vector));
            if (parent is long from)
            {
                audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Diff(XssWiki.HistoryPage, from, revision), vector, HttpStatusCode.OK));
            }

            parent = revision;
        }

        await audit.RunAndAssertCleanAsync();
    }

    [Fact]
    public async Task Titles_with_forbidden_characters_are_refused_with_400_and_the_others_are_shown_inert()
    {
        Assert.NotEmpty(wiki.Titles);
        Assert.NotEmpty(wiki.RefusedTitles);
        Assert.Equal(XssVectors.All.Count(), wiki.Titles.Count + wiki.RefusedTitles.Count);
        var audit = new PageAudit(Server.Address);
        foreach (var (vector, (status, body)) in wiki.RefusedTitles)
        {
            if (status != HttpStatusCode.BadRequest || !body.Contains("title", StringComparison.OrdinalIgnoreCase))
            {
                audit.Fail("PUT " + WikiUrls.ApiPage(vector), $"answered {(int)status}: {body}");
            }
        }

        foreach (var vector in wiki.RefusedTitles.Keys)
        {
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Article(vector), "title", HttpStatusCode.BadRequest));
            audit.Add(() => audit.HtmlAsync(wiki.Editor.Client, WikiUrls.Edit(vector), "title", HttpStatusCode.BadRequest));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.History(vector), null, HttpStatusCode.NotFound));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.LinksHere(vector), null, HttpStatusCode.NotFound));
        }

        foreach (var (vector, title) in wiki.Titles)
        {
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Article(title), title, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.History(title), title, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Blame(title), null, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.LinksHere(title), title, HttpStatusCode.OK));
            audit.Add(() => audit.HtmlAsync(wiki.Editor.Client, WikiUrls.Edit(title), title, HttpStatusCode.OK));
            audit.Add(() => audit.JsonAsync(Server.Http, WikiUrls.ApiPage(title), title));
        }

        audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.LinksHere(XssWiki.Target), wiki.Titles.Values.First(), HttpStatusCode.OK));
        audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Category(XssWiki.TitlesCategory), wiki.Titles.Values.Last(), HttpStatusCode.OK));
        audit.Add(() => audit.HtmlAsync(Server.Http, "/", XssWiki.TitlesCategory, HttpStatusCode.OK));
        await audit.RunAndAssertCleanAsync();
    }

    [Fact]
    public async Task Aliases_and_categories_are_shown_inert()
    {
        var audit = new PageAudit(Server.Address);
        using var reader = Server.NewClient(followRedirects: true);
        var redirected = 0;
        foreach (var vector in XssVectors.All)
        {
            var alias = XssWiki.AliasOf(vector);
            var isName = WikiTitle.Problem(WikiTitle.Normalize(alias)) is null;
            if (isName)
            {
                redirected++;
                audit.Add(() => audit.HtmlAsync(reader, WikiUrls.Article(alias), "Redirected from " + WikiTitle.Normalize(alias), HttpStatusCode.OK));
                audit.Add(() => audit.HtmlAsync(reader, WikiUrls.Category(vector), WikiTitle.Normalize(vector), HttpStatusCode.OK));
            }
            else
            {
                audit.Add(() => audit.HtmlAsync(reader, WikiUrls.Article(alias), null, HttpStatusCode.BadRequest));
                audit.Add(() => audit.HtmlAsync(reader, WikiUrls.Category(vector), null, HttpStatusCode.NotFound));
            }
        }

        audit.Add(() => audit.HtmlAsync(Server.Http, WikiUrls.Category("Xss articles"), "Xss quote", HttpStatusCode.OK));
        Assert.True(redirected >= 5, $"only {redirected} aliases are names, too few to test the redirect note");
        await audit.RunAndAssertCleanAsync();
    }

    [Fact]
    public async Task Search_queries_are_shown_inert()
    {
        var audit = new PageAudit(Server.Address);
        foreach (var vector in XssVectors.All)
        {
            var query = "/search?q=" + Uri.EscapeDataString(vector);
            // The results page shows the query as it was read: control characters as spaces.
            var shown = Core.Search.SearchQuery.Clean(vector).Text;
            audit.Add(() => audit.HtmlAsync(Server.Http, query + "&fulltext=1", shown, HttpStatusCode.OK));
            audit.Add(async () =>
            {
                using var response = await Server.Http.GetAsync(new Uri(query, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    // An exact title goes straight to its article, on this wiki.
                    audit.LocalRedirect(query, response);
                }
                else
                {
                    await audit.HtmlAsync(query, response, shown, HttpStatusCode.OK);
                }
            });
        }

        await audit.RunAndAssertCleanAsync();
    }

    [Fact]
    public async Task User_names_are_refused_by_the_account_rules_and_echoed_inert_by_the_sign_in_form()
    {
        // Identity allows letters, digits and -._@+ in names: no vector can become an author through an account.
        Assert.Empty(wiki.AcceptedUserNames);
        Assert.All(wiki.RefusedUserNames.Values, reason => Assert.Contains("InvalidUserName", reason, StringComparison.Ordinal));
        var audit = new PageAudit(Server.Address);
        using var visitor = WikiSession.Anonymous(Server);
        // One visit first, so the parallel posts share the anti-forgery cookie it sets.
        await visitor.GetAsync("/account/sign-in");
        foreach (var vector in XssVectors.All)
        {
            audit.Add(async () =>
            {
                using var response = await visitor.PostFormAsync("/account/sign-in", new() { ["UserName"] = vector, ["Password"] = "wrong-password" });
                await audit.HtmlAsync("sign-in as " + vector, response, vector, HttpStatusCode.Unauthorized);
            });
        }

        await audit.RunAndAssertCleanAsync();
    }
}
