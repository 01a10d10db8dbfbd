using System.Net;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Editing;

/// <summary>The edit form over HTTP: sections, anti-forgery, merges, conflicts, previews, and who may do what.</summary>
public abstract class EditingFlowTestsContract<TSelf>(SharedWiki<TSelf> shared) : SharedWikiTests<TSelf>(shared), IWikiArticles
    where TSelf : IWikiArticles
{
    private const string AlphaBody = "Alpha lead.\n\n## History\n\nHistory line.\n\n## Today\n\nToday line.\n\n## See also\n\n- [[Beta]]";
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("alpha.md", "Alpha", AlphaBody);
        content.Write("beta.md", "Beta", "Beta text links to [[Alpha]].");
    }

    [Fact]
    public async Task Editor_edits_one_section_and_the_article_shows_it()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var (_, form) = await editor.GetAsync("/edit/Alpha?section=1");
        Assert.Equal("## History\n\nHistory line.\n", form.QuerySelector("textarea[name='Text']")!.TextContent);

        var response = await editor.SaveAsync("Alpha", t => t.Replace("History line.", "History, rewritten.", StringComparison.Ordinal), section: 1, summary: "Rewrite history");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wiki/Alpha", response.Headers.Location?.OriginalString);
        var article = await Html.GetAsync(Wiki.Http, "/wiki/Alpha");
        Assert.Contains("History, rewritten.", article.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Today line.", article.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        var latest = await LatestAsync("Alpha");
        Assert.Equal(editor.Name, latest.Author);
        Assert.Equal("Rewrite history", latest.Comment);
        Assert.Equal(RevisionOrigin.Editor, latest.Origin);
    }

    [Fact]
    public async Task A_save_without_the_anti_forgery_token_is_refused()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var before = await LatestAsync("Alpha");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "Forged.", ["BaseRevisionId"] = before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var response = await editor.Client.PostAsync(new Uri("/edit/Alpha?handler=Save", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Id, (await LatestAsync("Alpha")).Id);
    }

    [Fact]
    public async Task The_author_is_the_signed_in_user_never_a_form_field()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var (_, form) = await editor.GetAsync("/edit/Beta");
        var response = await editor.PostFormAsync("/edit/Beta", new()
        {
            ["Text"] = form.QuerySelector("textarea[name='Text']")!.TextContent + "\nMore.",
            ["BaseRevisionId"] = form.QuerySelector("input[name='BaseRevisionId']")!.GetAttribute("value")!,
            ["Author"] = "mallory",
        }, "/edit/Beta?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(editor.Name, (await LatestAsync("Beta")).Author);
    }

    [Fact]
    public async Task Two_editors_change_different_sections_from_the_same_base_and_both_changes_stay()
    {
        using var first = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        using var second = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var firstForm = await first.OpenEditAsync("Alpha", section: 1);
        var secondForm = await second.OpenEditAsync("Alpha", section: 2);
        Assert.Equal(firstForm.BaseRevisionId, secondForm.BaseRevisionId);

        var one = await first.SubmitAsync(firstForm, firstForm.Text.Replace("History line.", "First editor's history.", StringComparison.Ordinal));
        var two = await second.SubmitAsync(secondForm, secondForm.Text.Replace("Today line.", "Second editor's today.", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, two.StatusCode);
        var text = (await Html.GetAsync(Wiki.Http, "/wiki/Alpha")).QuerySelector(".article-body")!.TextContent;
        Assert.Contains("First editor's history.", text, StringComparison.Ordinal);
        Assert.Contains("Second editor's today.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_renders_the_text_without_saving()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var before = await LatestAsync("Alpha");
        var response = await editor.SaveAsync("Alpha", t => t + "\nA [[Beta|previewed link]] and [[Nowhere]].", section: 3, handler: "Preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector(".preview a.wikilink[href='/wiki/Beta']"));
        Assert.NotNull(page.QuerySelector(".preview a.new[href='/edit/Nowhere']"));
        Assert.Contains("previewed link", page.QuerySelector("textarea[name='Text']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before.Id, (await LatestAsync("Alpha")).Id);
    }

    [Fact]
    public async Task Saving_unchanged_text_adds_no_revision()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var before = await LatestAsync("Alpha");
        var response = await editor.SaveAsync("Alpha", t => t, section: 2);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.Id, (await LatestAsync("Alpha")).Id);
    }

    [Fact]
    public async Task A_red_link_opens_the_editor_to_create_the_page()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var (response, form) = await editor.GetAsync("/edit/Gamma_ray");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Creating Gamma ray", form.QuerySelector("h1")!.TextContent);
        var saved = await editor.SaveAsync("Gamma ray", _ => "---\nsummary: A new page.\ncategories: [Testing]\n---\nGamma text.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Gamma text.", await Wiki.Http.GetStringAsync(new Uri("/wiki/Gamma_ray", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/edit/Alpha?section=abc", HttpStatusCode.BadRequest)]
    [InlineData("/edit/Alpha?section=-1", HttpStatusCode.BadRequest)]
    [InlineData("/edit/Alpha?section=99", HttpStatusCode.NotFound)]
    [InlineData("/edit/Bad%7CTitle", HttpStatusCode.BadRequest)]
    public async Task Bad_edit_requests_get_a_clear_answer(string url, HttpStatusCode status)
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var (response, page) = await editor.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".notice-error"));
    }

    [Fact]
    public async Task A_reader_is_sent_to_sign_in_and_cannot_save()
    {
        using var reader = WikiSession.Anonymous(Wiki);
        var before = await LatestAsync("Alpha");
        var (get, _) = await reader.GetAsync("/edit/Alpha");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/account/sign-in", get.Headers.Location!.AbsolutePath);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "Vandalism." });
        var post = await reader.Client.PostAsync(new Uri("/edit/Alpha?handler=Save", UriKind.Relative), content);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(before.Id, (await LatestAsync("Alpha")).Id);
    }

    [Fact]
    public async Task An_account_without_the_editor_role_is_refused()
    {
        using var user = await WikiSession.SignInAsync(Wiki, role: null);
        var (response, _) = await user.GetAsync("/edit/Alpha");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_protected_page_is_edited_by_admins_only()
    {
        using var admin = await WikiSession.SignInAsync(Wiki, WikiRoles.Admin);
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);

        var denied = await editor.PostFormAsync("/manage/Alpha", new() { ["protect"] = "true" }, "/manage/Alpha?handler=Protect");
        Assert.Equal("/account/access-denied", denied.Headers.Location?.AbsolutePath);
        Assert.False((await PageAsync("Alpha")).IsProtected);

        var openedBeforeProtection = await editor.OpenEditAsync("Alpha");
        var protect = await admin.PostFormAsync("/manage/Alpha", new() { ["protect"] = "true" }, "/manage/Alpha?handler=Protect");
        Assert.Equal(HttpStatusCode.Redirect, protect.StatusCode);
        Assert.True((await PageAsync("Alpha")).IsProtected);

        var (editorForm, _) = await editor.GetAsync("/edit/Alpha");
        Assert.Equal(HttpStatusCode.Forbidden, editorForm.StatusCode);
        var refused = await editor.SubmitAsync(openedBeforeProtection, "My careful rewrite of Alpha.");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var kept = await Html.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("My careful rewrite of Alpha.", kept.QuerySelector("textarea[name='Text']")?.TextContent);
        var adminSave = await admin.SaveAsync("Alpha", t => t.Replace("Alpha lead.", "Admin lead.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, adminSave.StatusCode);
        Assert.Equal(admin.Name, (await LatestAsync("Alpha")).Author);
    }

    [Fact]
    public async Task Moving_a_page_keeps_the_old_title_as_an_alias()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var response = await editor.PostFormAsync("/manage/Beta", new() { ["NewTitle"] = "Beta prime", ["Reason"] = "Clearer" }, "/manage/Beta?handler=Move");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wiki/Beta_prime", response.Headers.Location?.OriginalString);

        var old = await Wiki.Http.GetAsync(new Uri("/wiki/Beta", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.StartsWith("/wiki/Beta_prime?redirectedfrom=Beta", old.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var alpha = await Html.GetAsync(Wiki.Http, "/wiki/Alpha");
        Assert.NotNull(alpha.QuerySelector(".article-body a.wikilink[href='/wiki/Beta_prime']"));
        Assert.StartsWith("Moved from Beta to Beta prime", (await LatestAsync("Beta prime")).Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_opens_the_editor_prefilled_and_saves_only_when_the_editor_does()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var original = await LatestAsync("Beta");
        await editor.SaveAsync("Beta", _ => "Vandalised.");
        var vandalised = await LatestAsync("Beta");

        var (response, page) = await editor.GetAsync($"/edit/Beta?restore={original.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(original.Text, page.QuerySelector("textarea[name='Text']")!.TextContent);
        Assert.Equal($"Restore revision {original.Id}", page.QuerySelector("input[name='Summary']")!.GetAttribute("value"));
        Assert.Contains("Beta text links to", page.QuerySelector("[aria-label=Preview] .article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(vandalised.Id, (await LatestAsync("Beta")).Id);

        var saved = await editor.SubmitAsync(Prefilled(page, $"/edit/Beta?restore={original.Id}"), original.Text, $"Restore revision {original.Id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = await LatestAsync("Beta");
        Assert.Equal(original.Text, latest.Text);
        Assert.Equal($"Restore revision {original.Id}", latest.Comment);
        Assert.Equal(editor.Name, latest.Author);
    }

    [Fact]
    public async Task Undo_opens_the_editor_with_one_change_reversed_and_later_ones_kept()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        await editor.SaveAsync("Alpha", t => t.Replace("History line.", "Bad history.", StringComparison.Ordinal), section: 1);
        var bad = await LatestAsync("Alpha");
        await editor.SaveAsync("Alpha", t => t.Replace("Today line.", "Good today.", StringComparison.Ordinal), section: 2);
        var before = await LatestAsync("Alpha");

        var (_, page) = await editor.GetAsync($"/edit/Alpha?undo={bad.Id}");

        var text = page.QuerySelector("textarea[name='Text']")!.TextContent;
        Assert.Contains("History line.", text, StringComparison.Ordinal);
        Assert.Contains("Good today.", text, StringComparison.Ordinal);
        Assert.Equal($"Undo revision {bad.Id} by {editor.Name}", page.QuerySelector("input[name='Summary']")!.GetAttribute("value"));
        Assert.Contains("History line.", page.QuerySelector("[aria-label=Preview] .article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name='BaseRevisionId']")!.GetAttribute("value"));
        Assert.Equal(before.Id, (await LatestAsync("Alpha")).Id);

        var saved = await editor.SubmitAsync(Prefilled(page, $"/edit/Alpha?undo={bad.Id}"), text, $"Undo revision {bad.Id} by {editor.Name}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = await LatestAsync("Alpha");
        Assert.Contains("History line.", latest.Text, StringComparison.Ordinal);
        Assert.Contains("Good today.", latest.Text, StringComparison.Ordinal);
        Assert.Equal($"Undo revision {bad.Id} by {editor.Name}", latest.Comment);
    }

    [Fact]
    public async Task An_undo_that_later_edits_overlap_says_so_and_offers_the_current_text()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        await editor.SaveAsync("Alpha", t => t.Replace("History line.", "Bad history.", StringComparison.Ordinal), section: 1);
        var bad = await LatestAsync("Alpha");
        await editor.SaveAsync("Alpha", t => t.Replace("Bad history.", "Worse history.", StringComparison.Ordinal), section: 1);

        var (response, page) = await editor.GetAsync($"/edit/Alpha?undo={bad.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Core.Editing.Reversal.CannotUndo, page.QuerySelector(".notice-error")!.TextContent.Trim());
        Assert.Contains("Worse history.", page.QuerySelector("textarea[name='Text']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[aria-label=Preview]"));
    }

    [Fact]
    public async Task The_old_one_click_undo_and_restore_posts_save_nothing_and_lead_to_the_editor()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var latest = await AddToBetaAsync(editor);

        var undo = await editor.PostFormAsync($"/revision/{latest.Id}", [], $"/revision/{latest.Id}?handler=Undo");
        var restore = await editor.PostFormAsync($"/revision/{latest.ParentId}", [], $"/revision/{latest.ParentId}?handler=Restore");

        Assert.Equal(HttpStatusCode.SeeOther, undo.StatusCode);
        Assert.Equal($"/edit/Beta?undo={latest.Id}", undo.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, restore.StatusCode);
        Assert.Equal($"/edit/Beta?restore={latest.ParentId}", restore.Headers.Location?.OriginalString);
        Assert.Equal(latest.Id, (await LatestAsync("Beta")).Id);
    }

    [Fact]
    public async Task A_prefilled_undo_posted_without_the_anti_forgery_token_is_refused()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var latest = await AddToBetaAsync(editor);
        var (_, page) = await editor.GetAsync($"/edit/Beta?undo={latest.Id}");
        var form = Prefilled(page, $"/edit/Beta?undo={latest.Id}") with { Token = string.Empty };

        var response = await editor.SubmitAsync(form, page.QuerySelector("textarea[name='Text']")!.TextContent, $"Undo revision {latest.Id} by {editor.Name}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(latest.Id, (await LatestAsync("Beta")).Id);
    }

    [Fact]
    public async Task The_revision_page_links_to_the_editor_for_undo_and_restore()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var latest = await AddToBetaAsync(editor);
        var (_, old) = await editor.GetAsync($"/revision/{latest.ParentId}");
        Assert.Equal($"/edit/Beta?restore={latest.ParentId}", old.QuerySelector(".revision-actions a:first-child")!.GetAttribute("href"));
        Assert.Null(old.QuerySelector(".revision-actions form"));
        var (_, current) = await editor.GetAsync($"/revision/{latest.Id}");
        Assert.Equal($"/edit/Beta?undo={latest.Id}", current.QuerySelector(".revision-actions a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reader_cannot_restore()
    {
        using var reader = WikiSession.Anonymous(Wiki);
        var original = await LatestAsync("Beta");
        var (opened, _) = await reader.GetAsync($"/edit/Beta?restore={original.Id}");
        Assert.NotEqual(HttpStatusCode.OK, opened.StatusCode);
        var response = await reader.PostFormAsync($"/revision/{original.Id}", [], $"/revision/{original.Id}?handler=Restore");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(original.Id, (await LatestAsync("Beta")).Id);
    }

    [Fact]
    public async Task Two_editors_change_the_same_lines_of_a_section_and_the_second_gets_a_section_conflict_with_both_texts()
    {
        using var first = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        using var second = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var firstForm = await first.OpenEditAsync("Alpha", section: 1);
        var secondForm = await second.OpenEditAsync("Alpha", section: 1);
        await first.SubmitAsync(firstForm, firstForm.Text.Replace("History line.", "First version of the line.", StringComparison.Ordinal));

        var response = await second.SubmitAsync(secondForm, secondForm.Text.Replace("History line.", "Second version of the line.", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("1", page.QuerySelector("form.editor input[name='section']")!.GetAttribute("value"));
        Assert.Equal("## History\n\nSecond version of the line.\n", page.QuerySelector("textarea[name='Text']")!.TextContent);
        Assert.Equal("## History\n\nFirst version of the line.\n", page.QuerySelector(".conflict-current textarea")!.TextContent);
        Assert.Contains("section 1", page.QuerySelector("#current-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((await LatestAsync("Alpha")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name='BaseRevisionId']")!.GetAttribute("value"));
        Assert.Contains("Second version of the line.", page.QuerySelector(".conflict-current table.diff-inline .diff-inserted")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("First version of the line.", (await Html.GetAsync(Wiki.Http, "/wiki/Alpha")).QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);

        // Saving the merged section on the current revision keeps the other sections.
        var merged = secondForm with { BaseRevisionId = page.QuerySelector("input[name='BaseRevisionId']")!.GetAttribute("value")! };
        var saved = await second.SubmitAsync(merged, "## History\n\nBoth versions, merged.\n");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var text = (await LatestAsync("Alpha")).Text;
        Assert.Contains("Both versions, merged.", text, StringComparison.Ordinal);
        Assert.Contains("Today line.", text, StringComparison.Ordinal);
    }

    /// <summary>Adds a line to Beta as the editor; returns the revision that made.</summary>
    private async Task<Revision> AddToBetaAsync(WikiSession editor)
    {
        await editor.SaveAsync("Beta", t => t + "\nMore.");
        return await LatestAsync("Beta");
    }

    /// <summary>The edit form as the page filled it, to submit as the editor would after reading it.</summary>
    private static EditForm Prefilled(AngleSharp.Dom.IDocument page, string url) => new(
        url,
        page.QuerySelector("textarea[name='Text']")!.TextContent,
        page.QuerySelector("input[name='BaseRevisionId']")!.GetAttribute("value")!,
        null,
        page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!);

    private WikiServer Wiki => _temp.Server;

    private TempContent Content => _temp.Content;

    private Task<Revision> LatestAsync(string title) => Wiki.InScopeAsync(async s =>
    {
        var page = (await s.GetRequiredService<ArticleReader>().FindAsync(title, CancellationToken.None))!.Page;
        return await s.GetRequiredService<WikiDbContext>().Revisions.AsNoTracking().SingleAsync(r => r.Id == page.LatestRevisionId);
    });

    private Task<Page> PageAsync(string title) => Wiki.InScopeAsync(async s =>
        (await s.GetRequiredService<ArticleReader>().FindAsync(title, CancellationToken.None))!.Page);
}

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class EditingFlowTests(SharedWiki<EditingFlowTests> shared) : EditingFlowTestsContract<EditingFlowTests>(shared);

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class EditingFlowTestsOnPostgres(SharedWiki<EditingFlowTestsOnPostgres> shared) : EditingFlowTestsContract<EditingFlowTestsOnPostgres>(shared), IOnPostgres;
