using System.Text.RegularExpressions;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>Signing a new editor in through the form, as a person would, and the addresses the journeys wait for.</summary>
public static partial class BrowserSignIn
{
    /// <summary>Makes an editor account on <paramref name="server"/> and signs it in; the form then sends the page home.</summary>
    public static async Task SignInAsEditorAsync(this IPage page, WikiServer server)
    {
        var name = "browser-editor-" + Guid.NewGuid().ToString("N")[..8];
        var password = "password-" + Guid.NewGuid().ToString("N");
        await server.InScopeAsync(s => s.GetRequiredService<AccountBootstrap>().CreateAsync(name, password, WikiRoles.Editor));
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#UserName", name);
        await page.FillAsync("#Password", password);
        await page.ClickAsync(".form-stack button[type=submit]");
        await page.ArriveAtAsync(Home());
    }

    /// <summary>The sign-in form, with or without a page to return to.</summary>
    [GeneratedRegex(@"/account/sign-in(\?.*)?$")]
    public static partial Regex SignInForm();

    /// <summary>The main page, with no path and no query.</summary>
    [GeneratedRegex(@"^https?://[^/]+/$")]
    private static partial Regex Home();
}
