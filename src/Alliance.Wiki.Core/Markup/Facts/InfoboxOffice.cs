namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>An office a person held: its name (may hold wiki links) and the years; <see cref="To"/> is null while in office.</summary>
public sealed record InfoboxOffice(string Office, string? From, string? To);
