using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Builds the access package (GDPR Art. 15 copy, Art. 20 formats) as a ZIP written straight to a stream:
/// report.html, then per store <c>{store}.json</c> (pretty-printed) and <c>{store}/{category}.csv</c>.
/// Export files are read forward-only, once to summarise and once per entry, so memory stays bounded by a
/// chunk and a row whatever the export's size, and no clear copy of the data is written to disk.
/// </summary>
public sealed class AccessPackageBuilder(IOptions<AccessReportOptions> options)
{
    public async Task BuildAsync(AccessPackageRequest request, Stream destination, CancellationToken cancellationToken = default)
    {
        var stores = await SummariseAsync(request.ExportFiles, cancellationToken);
        // Entry timestamps are the answer date rather than "now", so a package carries no clock read of its own.
        var timestamp = new DateTimeOffset(DateTime.SpecifyKind(request.AnsweredAtUtc, DateTimeKind.Utc));

        await using var zip = await ZipArchive.CreateAsync(destination, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        var report = new AccessReportWriter(options.Value).Write(request, stores);
        await WriteEntryAsync(zip, "report.html", timestamp, (s, ct) => s.WriteAsync(Encoding.UTF8.GetBytes(report), ct).AsTask(), cancellationToken);

        foreach (var store in stores)
        {
            await WriteEntryAsync(zip, $"{store.EntryName}.json", timestamp, async (entry, ct) =>
            {
                using var copier = new JsonPrettyCopier(entry);
                await JsonTokenPump.RunAsync(store.Path, copier, ct);
            }, cancellationToken);

            for (var i = 0; i < store.Categories.Count; i++)
            {
                var index = i;
                var category = store.Categories[i];
                await WriteEntryAsync(zip, $"{store.EntryName}/{category.EntryName}.csv", timestamp,
                    (entry, ct) => JsonTokenPump.RunAsync(store.Path, new CategoryCsvWriter(index, category, entry), ct), cancellationToken);
            }
        }
    }

    static async Task<List<StoreSummary>> SummariseAsync(IReadOnlyList<string> exportFiles, CancellationToken cancellationToken)
    {
        var stores = new List<StoreSummary>();
        var storeNames = new ZipEntryNames();
        storeNames.Claim("report", "report"); // keeps a store folder from being named like the report
        foreach (var path in exportFiles)
        {
            var summary = new StoreSummary(path);
            await JsonTokenPump.RunAsync(path, new ExportSummaryCollector(summary), cancellationToken);
            if (summary.Store.Length == 0) summary.Store = Path.GetFileNameWithoutExtension(path);
            summary.EntryName = storeNames.Claim(summary.Store, $"store-{stores.Count + 1}");
            var categoryNames = new ZipEntryNames();
            for (var i = 0; i < summary.Categories.Count; i++)
                summary.Categories[i].EntryName = categoryNames.Claim(summary.Categories[i].Name, $"category-{i + 1}");
            stores.Add(summary);
        }
        return stores;
    }

    static async Task WriteEntryAsync(ZipArchive zip, string name, DateTimeOffset timestamp, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = timestamp;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await write(stream, cancellationToken);
    }
}
