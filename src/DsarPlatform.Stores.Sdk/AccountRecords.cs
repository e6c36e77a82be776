using System.Text.Json;
using DsarPlatform.Contracts;

namespace DsarPlatform.Stores.Sdk;

/// <summary>Helpers for stores that answer <see cref="IdentifyAccount"/>: the records go back sealed, never in clear.</summary>
public static class AccountRecords
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static StoreTaskOutcome Outcome(PayloadSeal seal, IReadOnlyList<AccountOnRecord> found) =>
        new([new CategoryCount("accounts", found.Count)], [], SealedAccounts: seal.Seal(JsonSerializer.Serialize(found, Json)));

    /// <summary>Adds a data point the store holds; blanks are left out, as they can neither match nor contradict.</summary>
    public static void Add(Dictionary<string, string> points, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) points[name] = value;
    }
}
