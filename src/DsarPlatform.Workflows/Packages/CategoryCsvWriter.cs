using System.Text.Json;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// One pass over an export file writing one category's records as CSV rows as they are read: only the
/// current row is held, whatever the number of records.
/// </summary>
internal sealed class CategoryCsvWriter : ExportDocumentWalker
{
    readonly int _category;
    readonly CategorySummary _summary;
    readonly Stream _destination;
    readonly CsvRowWriter _csv = new();
    readonly string?[] _row;

    public CategoryCsvWriter(int category, CategorySummary summary, Stream destination)
    {
        _category = category;
        _summary = summary;
        _destination = destination;
        _row = new string?[summary.Columns.Count];
        _csv.WriteRow(summary.Columns);
    }

    public override ValueTask FlushAsync(CancellationToken cancellationToken) => _csv.FlushToAsync(_destination, cancellationToken);

    protected override void OnRecordStart(int category)
    {
        if (category == _category) Array.Clear(_row);
    }

    protected override void OnRecordField(int category, ref Utf8JsonReader value)
    {
        if (category != _category) return;
        if (!_summary.TryGetColumn(FieldKey, out var column))
            throw new InvalidDataException("The export file changed while the package was being built.");
        _row[column] = ScalarText(ref value);
    }

    protected override void OnRecordEnd(int category)
    {
        if (category == _category) _csv.WriteRow(_row);
    }
}
