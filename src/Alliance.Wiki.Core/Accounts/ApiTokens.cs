using System.Security.Cryptography;
using System.Text;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Accounts;

/// <summary>Bots' API tokens: 32 random bytes shown once; only their SHA-256 hash is stored.</summary>
public sealed class ApiTokens(WikiDbContext db, TimeProvider clock)
{
    public async Task<string> CreateAsync(WikiUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = "aw_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Hash = Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The account a token belongs to, or null for an unknown token.</summary>
    public async Task<WikiUser?> FindUserAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        // One query, not the token's row and then its account's: a bot's every request starts here.
        return await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash)
            .Join(db.Users.AsNoTracking(), t => t.UserId, u => u.Id, (_, u) => u)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
