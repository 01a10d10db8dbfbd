using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Wiki.Accounts;

/// <summary>Accounts: Identity in the wiki's database, the sign-in cookie, bots' tokens and the edit policies.</summary>
public static class AccountServices
{
    public static IServiceCollection AddWikiAccounts(this IServiceCollection services)
    {
        services.AddIdentity<WikiUser, IdentityRole>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // Length beats composition rules; the generated admin password is 24 random characters.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<WikiDbContext>()
            .AddSignInManager<WikiSignInManager>();
        services.AddScoped<IUserClaimsPrincipalFactory<WikiUser>, WikiClaimsPrincipalFactory>();
        // The stamp is checked on every request, so a sign-out, a password change or a lockout ends every copy of the session at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<ISecurityStampValidator, WikiStampValidator>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "wiki.session";
            options.Cookie.HttpOnly = true;
            // Secure on https, which behind a proxy needs its X-Forwarded-Proto believed (TransportSecurity).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
        });
        // The keys that sign cookies and anti-forgery tokens live in the database, so every node reads what any node made.
        services.AddDataProtection().SetApplicationName("Alliance.Wiki").PersistKeysToDbContext<WikiDbContext>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(WikiPolicies.ApiTokenScheme, null);
        services.AddScoped<IAuthorizationHandler, EditRights>();
        services.AddAuthorizationBuilder()
            .AddPolicy(WikiPolicies.Edit, policy => policy.AddRequirements(new EditRights.Requirement()))
            .AddPolicy(WikiPolicies.Admin, policy => policy.RequireRole(WikiRoles.Admin));
        services.AddScoped<AccountBootstrap>();
        return services;
    }
}
