using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Alliance.Wiki.Core.Storage;

/// <summary>Stores times as they are (UTC) and marks them UTC when read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v,
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
