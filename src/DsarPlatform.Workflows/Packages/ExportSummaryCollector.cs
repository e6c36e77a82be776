using System.Globalization;
using System.Text.Json;

namespace DsarPlatform.Workflows.Packages;

/// <summary>First pass over an export file: the category descriptions, record counts and CSV columns.</summary>
internal sealed class ExportSummaryCollector(StoreSummary summary) : ExportDocumentWalker
{
    protected override void OnDocumentValue(string property, string? value)
    {
        if (Is(property, "store")) summary.Store = value ?? "";
        else if (Is(property, "exportedAtUtc") && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            summary.ExportedAtUtc = at;
    }

    protected override void OnCategoryStart(int category) => summary.Categories.Add(new CategorySummary());

    protected override void OnCategoryValue(int category, string property, string? value)
    {
        var target = summary.Categories[category];
        value ??= "";
        if (Is(property, "name")) target.Name = value;
        else if (Is(property, "description")) target.Description = value;
        else if (Is(property, "purpose")) target.Purpose = value;
        else if (Is(property, "legalBasis")) target.LegalBasis = value;
        else if (Is(property, "retention")) target.Retention = value;
        else if (Is(property, "source")) target.Source = value;
    }

    protected override void OnRecipient(int category, string? recipient)
    {
        if (!string.IsNullOrWhiteSpace(recipient)) summary.Categories[category].Recipients.Add(recipient);
    }

    protected override void OnRecordStart(int category) => summary.Categories[category].RecordCount++;

    protected override void OnRecordField(int category, ref Utf8JsonReader value)
    {
        EnsureScalar(value.TokenType); // rejects nested values here, before any part of the package is written
        summary.Categories[category].AddColumn(FieldKey);
    }
}
