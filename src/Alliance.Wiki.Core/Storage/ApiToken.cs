namespace Alliance.Wiki.Core.Storage;

/// <summary>A bot's API token. Only the SHA-256 hash of the token is stored; the token itself is shown once.</summary>
public sealed class ApiToken
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string Hash { get; set; }

    public DateTime CreatedAt { get; set; }
}
