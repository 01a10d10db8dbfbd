namespace Alliance.Wiki.Tests.Hardening;

public sealed record FuzzRequest(string Method, string Target, string? ContentType, byte[] Body);
