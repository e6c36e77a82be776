using System.Text.Json;
using DsarPlatform.Contracts;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Streams one store's <see cref="ExportDocument"/> to the export drop, category by category and record
/// by record, so an export of millions of rows never sits in memory. The file is written under a
/// temporary name and moved into place only when complete: a crash or redelivery mid-export never
/// leaves a file that looks finished.
/// </summary>
public sealed class ExportWriter : IAsyncDisposable
{
    const int FlushThreshold = 64 * 1024;

    readonly string finalPath;
    readonly string temporaryPath;
    readonly FileStream stream;
    readonly Utf8JsonWriter json;
    readonly ExportRecord record;
    readonly List<CategoryCount> counts = [];
    bool completed;

    ExportWriter(string finalPath, string temporaryPath)
    {
        this.finalPath = finalPath;
        this.temporaryPath = temporaryPath;
        stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        record = new ExportRecord(json);
    }

    /// <summary>The categories written so far, with their record counts.</summary>
    public IReadOnlyList<CategoryCount> Counts => counts;

    internal static ExportWriter Begin(string exportDrop, string relativePath, string store, string accountId, DateTime exportedAtUtc)
    {
        var finalPath = Path.Combine(exportDrop, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        // Unique per attempt, so concurrent or repeated attempts never write into each other's file.
        var writer = new ExportWriter(finalPath, $"{finalPath}.{Guid.NewGuid():N}.partial");
        writer.json.WriteStartObject();
        writer.json.WriteString("store", store);
        writer.json.WriteString("accountId", accountId);
        writer.json.WriteString("exportedAtUtc", exportedAtUtc);
        writer.json.WriteStartArray("categories");
        return writer;
    }

    /// <summary>
    /// Writes one category: its description, then one record per row, filled in by <paramref name="describe"/>.
    /// Pass a query with <c>AsNoTracking().AsAsyncEnumerable()</c> so rows stream from the database.
    /// </summary>
    public async Task<int> WriteCategoryAsync<T>(
        CategoryDescription category, IAsyncEnumerable<T> rows, Action<T, ExportRecord> describe, CancellationToken cancellationToken)
    {
        WriteDescription(category);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            describe(row, record);
            json.WriteEndObject();
            count++;
            if (json.BytesPending > FlushThreshold) await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        counts.Add(new CategoryCount(category.Name, count));
        return count;
    }

    /// <summary>Writes a category whose records are already in memory (a profile, an account row).</summary>
    public Task<int> WriteCategoryAsync<T>(
        CategoryDescription category, IEnumerable<T> rows, Action<T, ExportRecord> describe, CancellationToken cancellationToken) =>
        WriteCategoryAsync(category, rows.ToAsyncEnumerable(), describe, cancellationToken);

    void WriteDescription(CategoryDescription category)
    {
        json.WriteStartObject();
        json.WriteString("name", category.Name);
        json.WriteString("description", category.Description);
        json.WriteString("purpose", category.Purpose);
        json.WriteString("legalBasis", category.LegalBasis);
        json.WriteStartArray("recipients");
        foreach (var recipient in category.Recipients) json.WriteStringValue(recipient);
        json.WriteEndArray();
        json.WriteString("retention", category.Retention);
        json.WriteString("source", category.Source);
        json.WriteStartArray("records");
    }

    /// <summary>Ends the document and moves it to its final name, replacing a file an earlier attempt completed.</summary>
    internal async Task CompleteAsync(CancellationToken cancellationToken)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await stream.FlushAsync(cancellationToken);
        await json.DisposeAsync();
        await stream.DisposeAsync();
        File.Move(temporaryPath, finalPath, overwrite: true);
        completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (completed) return;
        await json.DisposeAsync();
        await stream.DisposeAsync();
        File.Delete(temporaryPath);
    }
}
