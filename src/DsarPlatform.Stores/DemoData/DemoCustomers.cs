namespace DsarPlatform.Stores.DemoData;

/// <summary>The demo customers. Example domains and 555 numbers: none of them is a real person.</summary>
public static class DemoCustomers
{
    public static readonly DemoCustomer Alice = new(
        "alice.demo", "alice@example.com", "Alice Example", "Alice", "+15555550101", "US", "94105", "San Francisco",
        "101 Mission Street, Apt 4B", new DateOnly(1988, 4, 12), "Visa", "4242");

    public static readonly DemoCustomer Bob = new(
        "bob.demo", "bob@example.com", "Bob Example", "Bob", "+15555550102", "US", "10001", "New York",
        "250 West 34th Street, Floor 7", new DateOnly(1979, 11, 3), "Mastercard", "4444");

    public static readonly DemoCustomer Chloe = new(
        "chloe.demo", "chloe@example.org", "Chloé Exemple", "Chloé", "+33155550103", "FR", "75001", "Paris",
        "12 rue de Rivoli", new DateOnly(1995, 7, 21), "Visa", "1881");

    public static readonly IReadOnlyList<DemoCustomer> All = [Alice, Bob, Chloe];
}
