using System.Globalization;
using DsarPlatform.Workflows.Packages;

namespace DsarPlatform.Workflows.Records;

/// <summary>
/// The records report as CSV (RFC 4180, UTF-8): one row per request, flushed as it goes so a large range streams. Cells a
/// spreadsheet would run as a formula are neutralised (<see cref="CsvRowWriter"/>); instants are ISO 8601 UTC.
/// </summary>
public static class RecordsCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "reference", "received", "type", "channel", "verified", "response_date", "response_kind", "denial_ground",
        "extended", "extension_days", "days_taken",
    ];

    const int RowsPerFlush = 200;

    public static async Task WriteAsync(IAsyncEnumerable<RecordRow> rows, Stream destination, CancellationToken cancellationToken)
    {
        var csv = new CsvRowWriter();
        csv.WriteRow(Header);
        var pending = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteRow(Cells(row));
            if (++pending < RowsPerFlush) continue;
            await csv.FlushToAsync(destination, cancellationToken);
            pending = 0;
        }
        await csv.FlushToAsync(destination, cancellationToken);
    }

    public static IReadOnlyList<string?> Cells(RecordRow row) =>
    [
        row.Reference,
        Instant(row.ReceivedAtUtc),
        row.Type.ToString().ToLowerInvariant(),
        row.Channel,
        row.Verified,
        row.ResponseAtUtc is { } answered ? Instant(answered) : null,
        row.ResponseKind,
        row.DenialCode,
        row.Extended ? "yes" : "no",
        row.ExtendedByDays?.ToString(CultureInfo.InvariantCulture),
        row.DaysTaken?.ToString(CultureInfo.InvariantCulture),
    ];

    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
