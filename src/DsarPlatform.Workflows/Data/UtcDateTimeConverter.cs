using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DsarPlatform.Workflows.Data;

/// <summary>Every instant is stored as UTC and read back marked as UTC (SQLite keeps no kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
