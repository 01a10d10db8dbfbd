using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage;

/// <summary>The wiki's one database: pages, revisions, names, links, categories and rendered HTML.</summary>
public class WikiDbContext(DbContextOptions<WikiDbContext> options) : DbContext(options)
{
    public DbSet<Page> Pages => Set<Page>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<PageName> PageNames => Set<PageName>();

    public DbSet<PageLink> Links => Set<PageLink>();

    public DbSet<PageCategory> Categories => Set<PageCategory>();

    public DbSet<RevisionRender> Renders => Set<RevisionRender>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Page>(page =>
        {
            page.ToTable("pages");
            page.HasIndex(p => p.Title).IsUnique();
        });
        modelBuilder.Entity<Revision>(revision =>
        {
            revision.ToTable("revisions");
            revision.HasOne<Page>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
            revision.HasIndex(r => new { r.PageId, r.Id });
            revision.HasIndex(r => r.ParentId).IsUnique();
            revision.HasIndex(r => r.CreatedAt);
        });
        modelBuilder.Entity<PageName>(name =>
        {
            name.ToTable("page_names");
            name.HasOne(n => n.Page).WithMany().HasForeignKey(n => n.PageId).OnDelete(DeleteBehavior.Cascade);
            name.HasIndex(n => n.Key).IsUnique();
        });
        modelBuilder.Entity<PageLink>(link =>
        {
            link.ToTable("links");
            link.HasKey(l => new { l.PageId, l.TargetKey });
            link.HasIndex(l => l.TargetKey);
        });
        modelBuilder.Entity<PageCategory>(category =>
        {
            category.ToTable("categories");
            category.HasKey(c => new { c.PageId, c.Name });
            category.HasIndex(c => c.Name);
        });
        modelBuilder.Entity<RevisionRender>(render =>
        {
            render.ToTable("revision_renders");
            render.HasKey(r => r.RevisionId);
        });
    }
}
