namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>A seeded demo customer (src/DsarPlatform.Stores/DemoData, README) as a person would type their details.</summary>
public sealed record DemoRequester(string AccountId, string Email, string FullName, string Phone, string PostalCode, string Country)
{
    public static readonly DemoRequester Alice = new("alice.demo", "alice@example.com", "Alice Example", "+1 555 555 0101", "94105", "US");

    public static readonly DemoRequester Bob = new("bob.demo", "bob@example.com", "Bob Example", "+15555550102", "10001", "US");

    /// <summary>Chloé, typed without the accent and with a national phone format: matching must cope.</summary>
    public static readonly DemoRequester Chloe = new("chloe.demo", "chloe@example.org", "Chloe Exemple", "01 55 55 01 03", "75001", "FR");
}
