using System.Text.Json;
using DsarPlatform.Contracts;

namespace DsarPlatform.Tests.Packages;

/// <summary>Export files as the stores write them, for the package tests.</summary>
static class ExportFiles
{
    public static readonly DateTime ExportedAtUtc = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);

    public static ExportDocument Billing() => new("billing", "chloe.demo", ExportedAtUtc,
    [
        new ExportCategory("invoices", "Invoices for your purchases.", "Billing you and keeping accounts",
            "Legal obligation (tax law)", ["Tax authority", "External auditor"], "10 years after the end of the financial year",
            "Created by us when you buy",
            [
                Record(("invoiceNumber", "INV-1"), ("amount", "12.50"), ("note", "=HYPERLINK(\"http://x\",\"y\")")),
                Record(("invoiceNumber", "INV-2"), ("amount", "-2"), ("note", "+1"), ("extra", "@SUM(1)")),
            ]),
        new ExportCategory("payment-methods", "Cards you saved.", "Taking payments for your orders",
            "Contract", ["Card payment processor"], "Until the order completes", "Provided by you", []),
    ]);

    public static ExportDocument Contacts() => new("contacts", "chloe.demo", ExportedAtUtc,
    [
        new ExportCategory("address-book", "People you added <script>alert('x')</script>", "Letting you call your contacts",
            "Contract", [], "Until you delete them or your account", "Imported from your phone's address book",
            [
                Record(("name", "Chloé Dupont"), ("note", "He said \"hi\", then left\nnext line"), ("phone", null)),
                Record(("name", "\tTabbed"), ("phone", "+33 1 23 45 67 89")),
            ]),
    ]);

    public static async Task<string> WriteAsync(string folder, ExportDocument document)
    {
        var path = Path.Combine(folder, document.Store + ".json");
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, JsonSerializerOptions.Web);
        return path;
    }

    /// <summary>A large instant-message history, written record by record so the test itself holds none of it.</summary>
    public static async Task<(string Path, long Bytes)> WriteLargeAsync(string folder, int messages)
    {
        var path = Path.Combine(folder, "im-history.json");
        await using (var file = File.Create(path))
        await using (var json = new Utf8JsonWriter(file))
        {
            json.WriteStartObject();
            json.WriteString("store", "im-history");
            json.WriteString("accountId", "chloe.demo");
            json.WriteString("exportedAtUtc", ExportedAtUtc);
            json.WriteStartArray("categories");
            json.WriteStartObject();
            json.WriteString("name", "messages");
            json.WriteString("description", "Instant messages you sent or received.");
            json.WriteString("purpose", "Delivering your messages");
            json.WriteString("legalBasis", "Contract");
            json.WriteStartArray("recipients");
            json.WriteEndArray();
            json.WriteString("retention", "At most 30 days");
            json.WriteString("source", "You and the people you talk to");
            json.WriteStartArray("records");
            for (var i = 0; i < messages; i++)
            {
                json.WriteStartObject();
                json.WriteString("sentAtUtc", ExportedAtUtc.AddSeconds(-i));
                json.WriteString("from", "chloe.demo");
                json.WriteString("to", $"friend{i % 50}.demo");
                json.WriteString("body", $"Message {i}: see you at the station around six, bring the tickets please.");
                json.WriteEndObject();
                if (json.BytesPending > 64 * 1024) await json.FlushAsync();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (path, new FileInfo(path).Length);
    }

    static IReadOnlyDictionary<string, string?> Record(params (string Key, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);
}
