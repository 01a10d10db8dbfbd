using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>What a copy carries, in an order that satisfies every foreign key (a page before its revisions, an account before its roles and tokens), and what it leaves behind.</summary>
internal static class CopiedTables
{
    public static readonly IReadOnlyList<ITableCopy> All =
    [
        new TableCopy<Page>(),
        new TableCopy<Revision>(),
        new TableCopy<PageName>(),
        new TableCopy<PageLink>(),
        new TableCopy<PageCategory>(),
        new TableCopy<PageEvent>(),
        new TableCopy<PageEventSource>(),
        new TableCopy<FeaturedArticle>(),
        new TableCopy<SearchName>(),
        new TableCopy<ChangeLogEntry>(),
        new TableCopy<WikiIdentity>(),
        new TableCopy<DataProtectionKey>(),
        new TableCopy<IdentityRole>(),
        // PostgreSQL keeps a time with time zone only at offset zero; Identity writes UTC, this makes sure of it.
        new TableCopy<WikiUser>(user => user.LockoutEnd = user.LockoutEnd?.ToUniversalTime()),
        new TableCopy<IdentityRoleClaim<string>>(),
        new TableCopy<IdentityUserRole<string>>(),
        new TableCopy<IdentityUserClaim<string>>(),
        new TableCopy<IdentityUserLogin<string>>(),
        new TableCopy<IdentityUserToken<string>>(),
        new TableCopy<ApiToken>(),
    ];

    /// <summary>Tables left out, with the reason the copy prints.</summary>
    public static readonly IReadOnlyDictionary<Type, string> Skipped = new Dictionary<Type, string>
    {
        [typeof(RevisionRender)] = "rendered again on each revision's first view",
    };
}
