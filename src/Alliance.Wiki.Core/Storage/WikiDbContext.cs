using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage;

/// <summary>The wiki's one database: pages, revisions, names, links, categories, rendered HTML, events and accounts (on SQLite; <see cref="PostgresWikiDbContext"/> on PostgreSQL).</summary>
public class WikiDbContext : IdentityDbContext<WikiUser>, IDataProtectionKeyContext
{
    public WikiDbContext(DbContextOptions<WikiDbContext> options)
        : base(options) => WithoutAutomaticSavepoints();

    /// <summary>For the provider's own context type.</summary>
    protected WikiDbContext(DbContextOptions options)
        : base(options) => WithoutAutomaticSavepoints();

    /// <summary>
    /// EF Core wraps each SaveChanges inside a transaction in a savepoint of its own: two more round trips each, four a
    /// save on PostgreSQL. The wiki never goes on in a transaction after a failed SaveChanges: a save that fails is
    /// rolled back whole and tried again in a new one (PageEditor), and the import rolls a failed file back to the
    /// savepoint it makes for each file itself (ContentImporter).
    /// </summary>
    private void WithoutAutomaticSavepoints() => Database.AutoSavepointsEnabled = false;

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<PageName> PageNames => Set<PageName>();

    public DbSet<PageLink> Links => Set<PageLink>();

    public DbSet<PageCategory> Categories => Set<PageCategory>();

    public DbSet<RevisionRender> Renders => Set<RevisionRender>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<PageEvent> Events => Set<PageEvent>();

    public DbSet<PageEventSource> EventSources => Set<PageEventSource>();

    public DbSet<FeaturedArticle> FeaturedArticles => Set<FeaturedArticle>();

    public DbSet<SearchName> SearchNames => Set<SearchName>();

    public DbSet<WikiIdentity> Identity => Set<WikiIdentity>();

    /// <summary>ASP.NET Core's data-protection keys, shared by every node (cookies and anti-forgery tokens made on one work on all).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite keeps no time zone: every time the wiki stores is UTC, so it is read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<Page>(page =>
        {
            page.ToTable("pages");
            page.HasIndex(p => p.Title).IsUnique();
        });
        builder.Entity<Revision>(revision =>
        {
            revision.ToTable("revisions");
            revision.HasOne<Page>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
            revision.HasIndex(r => new { r.PageId, r.Id });
            revision.HasIndex(r => r.ParentId).IsUnique();
            revision.HasIndex(r => r.CreatedAt);
        });
        builder.Entity<PageName>(name =>
        {
            name.ToTable("page_names");
            name.HasOne(n => n.Page).WithMany().HasForeignKey(n => n.PageId).OnDelete(DeleteBehavior.Cascade);
            name.HasIndex(n => n.Key).IsUnique();
        });
        builder.Entity<PageLink>(link =>
        {
            link.ToTable("links");
            link.HasKey(l => new { l.PageId, l.TargetKey });
            link.HasIndex(l => l.TargetKey);
        });
        builder.Entity<PageCategory>(category =>
        {
            category.ToTable("categories");
            category.HasKey(c => new { c.PageId, c.Name });
            category.HasIndex(c => c.Name);
        });
        builder.Entity<ApiToken>(token =>
        {
            token.ToTable("api_tokens");
            token.HasOne<WikiUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            token.HasIndex(t => t.Hash).IsUnique();
        });
        builder.Entity<ChangeLogEntry>(change =>
        {
            change.ToTable("change_log");
            change.HasIndex(c => c.CreatedAt);
        });
        builder.Entity<PageEvent>(e =>
        {
            e.ToTable("events");
            e.HasOne<Page>().WithMany().HasForeignKey(x => x.PageId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.SortKey);
            e.HasIndex(x => new { x.Month, x.Day });
        });
        builder.Entity<PageEventSource>(source =>
        {
            source.ToTable("event_sources");
            source.HasKey(x => x.PageId);
        });
        builder.Entity<FeaturedArticle>(featured =>
        {
            featured.ToTable("featured_articles");
            featured.HasKey(x => x.Position);
            featured.Property(x => x.Position).ValueGeneratedNever();
        });
        builder.Entity<SearchName>(name =>
        {
            name.ToTable("search_names");
            name.HasIndex(n => n.Fold);
            name.HasIndex(n => n.PageId);
        });
        builder.Entity<WikiIdentity>(identity =>
        {
            identity.ToTable("wiki_identity");
            identity.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.Entity<RevisionRender>(render =>
        {
            render.ToTable("revision_renders");
            render.HasKey(r => r.RevisionId);
        });
    }
}
