using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// SQLite keeps no DateTime kind; every instant stored here is UTC, so read it back as UTC
/// (otherwise outcomes replayed from the database would serialise differently from the first).
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
