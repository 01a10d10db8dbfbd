using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// Wiki folders (a database file and its <c>search/</c> index) that are slow to build, kept in the temp folder between
/// test runs under a key naming everything that shapes them: the builds of the given assemblies (deterministic builds
/// give an assembly a new id only when its code changes), the files of the given folders, and the caller's own
/// parameters. A test never opens the cached folder itself: it gets a copy of its own.
/// </summary>
public static class BuiltWikiCache
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests-cache");

    /// <summary>A key for <see cref="CopyToAsync"/>: the module ids of the assemblies, the names and bytes of the folders' files, and the parameters.</summary>
    public static string Key(IEnumerable<Type> assemblies, IEnumerable<string> folders, params object[] parameters)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in assemblies.Select(t => t.Assembly).Distinct())
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file)));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('|', parameters)));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>
    /// Copies the folder cached as <c>{name}-{key}</c> into <paramref name="target"/>, building it first when missing:
    /// <paramref name="build"/> fills an empty folder and must leave no file open (a server disposed, pools cleared).
    /// A build goes to a folder of its own and is renamed when complete, so a test run on another worktree sharing
    /// the temp folder never copies half of one; the loser of a race to build keeps the winner's.
    /// </summary>
    public static async Task CopyToAsync(string name, string key, string target, Func<string, Task> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var cached = Path.Combine(Root, $"{name}-{key}");
        if (!Directory.Exists(cached))
        {
            var building = Path.Combine(Root, $"{name}-{key}.{Guid.NewGuid():N}.building");
            Directory.CreateDirectory(building);
            await build(building);
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Move(building, cached);
            }
            catch (IOException) when (Directory.Exists(cached))
            {
                Directory.Delete(building, recursive: true);
            }

            DeleteOtherBuilds(name, cached);
        }

        Copy(cached, target);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // The index's owner.lock says which process writes it: a copy starts unowned.
            if (Path.GetFileName(file) == "owner.lock")
            {
                continue;
            }

            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>Folders of earlier builds are never opened again; ones untouched for a day go (another worktree may still use a recent one).</summary>
    private static void DeleteOtherBuilds(string name, string current)
    {
        foreach (var stale in Directory.EnumerateDirectories(Root, $"{name}-*"))
        {
            if (stale != current && Directory.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddDays(-1))
            {
                try
                {
                    Directory.Delete(stale, recursive: true);
                }
                catch (IOException)
                {
                    // Being copied or deleted by another run: the next run tries again.
                }
            }
        }
    }
}
