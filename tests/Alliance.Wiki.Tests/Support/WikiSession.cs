using System.Net;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Storage;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>A browser-like HTTP session (cookies, no automatic redirects) that signs in through the real form.</summary>
public sealed class WikiSession : IDisposable
{
    private WikiSession(HttpClient client, string name)
    {
        Client = client;
        Name = name;
    }

    public HttpClient Client { get; }

    public string Name { get; }

    /// <summary>The session's cookies (the sign-in cookie among them), for a test that carries them to another server.</summary>
    public CookieContainer Cookies { get; private init; } = new();

    public static WikiSession Anonymous(WikiServer wiki) => new(wiki.NewClient(followRedirects: false), "Anonymous");

    /// <summary>Makes an account with the role (or none) and signs it in.</summary>
    public static async Task<WikiSession> SignInAsync(WikiServer wiki, string? role, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(wiki);
        name ??= (role ?? "reader") + Guid.NewGuid().ToString("N")[..8];
        var password = "password-" + Guid.NewGuid().ToString("N");
        await wiki.InScopeAsync<object?>(async s =>
        {
            if (role is null)
            {
                await s.GetRequiredService<UserManager<WikiUser>>().CreateAsync(new WikiUser { UserName = name }, password);
            }
            else
            {
                await s.GetRequiredService<AccountBootstrap>().CreateAsync(name, password, role);
            }

            return null;
        });
        var cookies = new CookieContainer();
        var session = new WikiSession(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = wiki.Address }, name)
        {
            Cookies = cookies,
        };
        var response = await session.PostFormAsync("/account/sign-in", new() { ["UserName"] = name, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {name} answered {(int)response.StatusCode}.");
        }

        return session;
    }

    /// <summary>Signs an existing account in at any address (a node, or nginx in front of several), through the real form.</summary>
    public static async Task<WikiSession> SignInAsync(Uri address, string name, string password)
    {
        var session = new WikiSession(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address }, name);
        var response = await session.PostFormAsync("/account/sign-in", new() { ["UserName"] = name, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            session.Dispose();
            throw new InvalidOperationException($"Sign-in of {name} at {address} answered {(int)response.StatusCode}.");
        }

        return session;
    }

    /// <summary>Makes a bot token for this session's account, as the create-token verb does.</summary>
    public Task<string> CreateApiTokenAsync(WikiServer wiki)
    {
        ArgumentNullException.ThrowIfNull(wiki);
        return wiki.InScopeAsync(async s =>
        {
            var user = await s.GetRequiredService<UserManager<WikiUser>>().FindByNameAsync(Name)
                ?? throw new InvalidOperationException($"{Name} has no account.");
            return await s.GetRequiredService<Core.Accounts.ApiTokens>().CreateAsync(user, CancellationToken.None);
        });
    }

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await Html.ParseAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Fetches the form's page for its anti-forgery token, then posts the fields (to <paramref name="postUrl"/> when given).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var (_, page) = await GetAsync(formUrl);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        if (token is not null)
        {
            fields.TryAdd("__RequestVerificationToken", token);
        }

        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(postUrl ?? formUrl, UriKind.Relative), content);
    }

    /// <summary>Opens the edit form as an editor would, keeping its text, base revision and token for a later submit.</summary>
    public async Task<EditForm> OpenEditAsync(string title, int? section = null)
    {
        var url = Core.Titles.WikiUrls.Edit(title, section);
        var (_, page) = await GetAsync(url);
        return new EditForm(
            url,
            page.QuerySelector("textarea[name='Text']")?.TextContent ?? string.Empty,
            page.QuerySelector("input[name='BaseRevisionId']")?.GetAttribute("value") ?? string.Empty,
            section,
            page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty);
    }

    /// <summary>Submits an opened form with the edited text.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(EditForm form, string text, string summary = "", string handler = "Save")
    {
        ArgumentNullException.ThrowIfNull(form);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = text,
            ["Summary"] = summary,
            ["BaseRevisionId"] = form.BaseRevisionId,
            ["section"] = form.Section?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            ["__RequestVerificationToken"] = form.Token,
        });
        var separator = form.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return await Client.PostAsync(new Uri(form.Url + separator + "handler=" + handler, UriKind.Relative), content);
    }

    /// <summary>Opens the edit form, edits its text and saves at once.</summary>
    public async Task<HttpResponseMessage> SaveAsync(string title, Func<string, string> edit, int? section = null, string summary = "", string handler = "Save")
    {
        ArgumentNullException.ThrowIfNull(edit);
        var form = await OpenEditAsync(title, section);
        return await SubmitAsync(form, edit(form.Text), summary, handler);
    }

    public void Dispose() => Client.Dispose();
}
