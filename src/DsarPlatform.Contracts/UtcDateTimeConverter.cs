using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DsarPlatform.Contracts;

/// <summary>
/// Every instant in this system is UTC (clocks come from <see cref="TimeProvider"/>), and SQLite keeps no kind: a
/// local time is converted, a time without a kind (e.g. from <c>DateTime.Date</c> arithmetic) is already UTC and
/// kept as it is, and every value read back is marked UTC, so an outcome replayed from the database serialises as
/// the first did. The workflow database and every store's use it.
/// </summary>
/// <remarks>
/// It lives in Contracts, the one project both the workflow side and the store SDK reference (neither may reference
/// the other); that is why Contracts carries EF Core.
/// </remarks>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
