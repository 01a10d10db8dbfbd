using System.Text;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Content;

/// <summary>
/// Writes the latest revision of every page back to content/ as front matter and Markdown, so editors' work can be
/// committed to git. A page keeps the file it came from; a new page gets a file named after its title.
/// Files whose text is already the same are not rewritten.
/// </summary>
public sealed class ContentExporter(WikiDbContext db)
{
    public async Task<(int Written, int Unchanged)> ExportAsync(string folder, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var files = await ExistingFilesAsync(folder, cancellationToken);
        var pages = await db.Pages.AsNoTracking().Where(p => p.LatestRevisionId != null)
            .Join(db.Revisions, p => p.LatestRevisionId, r => r.Id, (p, r) => new { p.Title, r.Text })
            .ToListAsync(cancellationToken);
        var taken = new HashSet<string>(files.Values, StringComparer.OrdinalIgnoreCase);
        int written = 0, unchanged = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var (title, text) = (pages[i].Title, pages[i].Text);
            var document = ArticleText.TryParse(text) ?? new ArticleDocument(null, ArticleMetadata.Empty, text);
            var output = (document with { Title = title }).ToText(includeTitle: true);
            if (!files.TryGetValue(WikiTitle.Key(title), out var file))
            {
                file = FreeName(Slug(title), taken);
                taken.Add(file);
            }

            var path = Path.Combine(folder, file);
            if (File.Exists(path) && await File.ReadAllTextAsync(path, cancellationToken) == output)
            {
                unchanged++;
            }
            else
            {
                await File.WriteAllTextAsync(path, output, new UTF8Encoding(false), cancellationToken);
                written++;
            }

            progress?.Report((i + 1, pages.Count));
        }

        return (written, unchanged);
    }

    /// <summary>A file-name stem from a title: lower-case letters and digits of any script, other characters as hyphens, short enough for any file system.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in WikiTitle.Normalize(title).ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "page" : ExportFileName.Fit(slug, title);
    }

    private static string FreeName(string stem, HashSet<string> taken)
    {
        var name = stem + ".md";
        for (var n = 2; taken.Contains(name); n++)
        {
            name = $"{stem}-{n}.md";
        }

        return name;
    }

    private static async Task<Dictionary<string, string>> ExistingFilesAsync(string folder, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.md"))
        {
            var title = ArticleText.TryParse(await File.ReadAllTextAsync(path, cancellationToken))?.Title;
            if (title is not null)
            {
                byKey.TryAdd(WikiTitle.Key(WikiTitle.Normalize(title)), Path.GetFileName(path));
            }
        }

        return byKey;
    }
}
