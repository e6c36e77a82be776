using System.Globalization;
using System.Text.Json;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// One flat record of an export category, written straight to the file as name → text pairs (so
/// every category also reads as a table). One instance is reused for every record of an export.
/// </summary>
public sealed class ExportRecord
{
    readonly Utf8JsonWriter json;

    internal ExportRecord(Utf8JsonWriter json) => this.json = json;

    public ExportRecord Add(string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
        return this;
    }

    public ExportRecord Add(string name, DateTime? value) =>
        Add(name, value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public ExportRecord Add(string name, DateOnly? value) =>
        Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public ExportRecord Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public ExportRecord Add(string name, bool value) => Add(name, value ? "yes" : "no");

    /// <summary>An amount in minor units shown as a decimal with its currency, e.g. "24.99 EUR".</summary>
    public ExportRecord AddMoney(string name, long cents, string currency) =>
        Add(name, (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture) + " " + currency);
}
